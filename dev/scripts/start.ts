/**
 * `npm start`: builds the Next app if its sources changed since the last build, migrates and seeds an
 * empty database (templates and example postings, no accounts unless SEED_DEMO_USERS=true: the first user
 * registers at /admin and becomes the admin), then serves admin, REST and GraphQL on PORT (default 3000)
 * with scripts/serve.ts.
 */
import { parseEnv } from '../env.ts'
import { ensureBuilt, run } from './build'

const env = parseEnv()
// PORT also tells the careers pages where the app's own GraphQL API is.
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(env.PORT) }

await ensureBuilt(childEnv)
await run('tsx', ['dev/scripts/seed.ts', '--if-empty'], childEnv)

console.log(`Admin:   http://localhost:${env.PORT}/admin`)
console.log(`GraphQL: http://localhost:${env.PORT}/api/graphql`)
/**
 * Payload starts its jobs runner (scheduled publishing, the expiry of postings) with the first request it
 * handles; make that request now rather than waiting for a visitor. (Starting it from Next's
 * instrumentation hook would load a second copy of Payload, whose errors the API no longer recognises.)
 */
const startJobsRunner = async () => {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${env.PORT}/api/users/me`)).ok) return console.log('Jobs runner started.')
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

try {
  await Promise.all([run('tsx', ['dev/scripts/serve.ts'], childEnv), startJobsRunner()])
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
}
