import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

import { bin, ensureBuilt, root, run } from '../../scripts/build'
import { testSecret } from './payload'

export type TestServer = { stop: () => Promise<void>; url: string }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const waitUntilUp = async (url: string, child: ChildProcess, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${url}/api/users/me`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server at ${url} did not answer within ${timeoutMs} ms`)
}

/**
 * The app as `npm start` serves it: the production build behind scripts/serve.ts, a database migrated and seeded by
 * `seed/run.ts` (demo users included, as in development).
 */
export const startServer = async (
  databaseUri: string,
  { env: extraEnv = {}, seed = true }: { env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestServer> => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, DATABASE_URI: databaseUri, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: testSecret }
  // Without NODE_ENV, as `npm start` runs: the seed makes the demo users and next start sets production.
  Reflect.deleteProperty(env, 'NODE_ENV')
  await ensureBuilt(env)
  if (seed) await run('tsx', ['seed/run.ts'], env)

  const port = await freePort()
  env.PORT = String(port) // the careers pages call the app's GraphQL API on this port
  const url = `http://127.0.0.1:${port}`
  // As `npm start` serves: scripts/serve.ts, Next behind the server that answers cached public queries.
  const child: ChildProcess = spawn(bin('tsx'), ['scripts/serve.ts'], {
    cwd: root,
    env: { ...env, HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitUntilUp(url, child)
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
    url,
  }
}
