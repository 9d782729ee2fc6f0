/**
 * `npm start`: builds the Next app if its sources changed since the last build, migrates and seeds an
 * empty database, then serves admin, REST and GraphQL on PORT (default 3000).
 */
import { parseEnv } from '../src/env'
import { ensureBuilt, run } from './build'

const env = parseEnv()
// PORT also tells the careers pages where the app's own GraphQL API is.
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(env.PORT) }

await ensureBuilt(childEnv)
await run('tsx', ['seed/run.ts', '--if-empty'], childEnv)

console.log(`Admin:   http://localhost:${env.PORT}/admin`)
console.log(`GraphQL: http://localhost:${env.PORT}/api/graphql`)
try {
  await run('next', ['start', '--port', String(env.PORT)], childEnv)
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
}
