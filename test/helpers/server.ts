import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

import { bin, ensureBuilt, root, run } from '../../dev/scripts/build.ts'
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
 * The app as `npm start` serves it: the production build behind dev/scripts/serve.ts, a database migrated and seeded by
 * `dev/scripts/seed.ts`, with the demo users (SEED_DEMO_USERS=true) unless `demoUsers: false` asks for none, as `npm start`
 * makes. SERVER_URL is the server's own origin, as a deployment sets it, unless `env` names another (an empty
 * one leaves it unset, as `npm start` without it: the server's origin is then http://localhost:<port>).
 */
export const startServer = async (
  databaseUri: string,
  { demoUsers = true, env: extraEnv = {}, seed = true }: { demoUsers?: boolean; env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestServer> => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, DATABASE_URI: databaseUri, NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: testSecret }
  // Without NODE_ENV, as `npm start` runs: next start sets production.
  Reflect.deleteProperty(env, 'NODE_ENV')
  const withoutServerUrl = env.SERVER_URL === ''
  if (withoutServerUrl) Reflect.deleteProperty(env, 'SERVER_URL')
  if (demoUsers) env.SEED_DEMO_USERS = 'true'
  else Reflect.deleteProperty(env, 'SEED_DEMO_USERS')
  await ensureBuilt(env)
  if (seed) await run('tsx', ['dev/scripts/seed.ts'], env)

  const port = await freePort()
  env.PORT = String(port) // the careers pages call the app's GraphQL API on this port
  const url = `http://127.0.0.1:${port}`
  // The origin Payload honours the auth cookie from (the admin in a browser) and the careers pages link to.
  if (!withoutServerUrl) env.SERVER_URL ??= url
  // As `npm start` serves: dev/scripts/serve.ts, Next behind the server that answers cached public queries.
  const child: ChildProcess = spawn(bin('tsx'), ['dev/scripts/serve.ts'], {
    cwd: root,
    env: { ...env, HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  child.stdout!.resume() // read to its end, so that the server never blocks on a full pipe
  try {
    await waitUntilUp(url, child)
  } catch (error) {
    // A server that did not come up is stopped, not left running after the test (and holding its port).
    await stop()
    throw error
  }
  return { stop, url }
}
