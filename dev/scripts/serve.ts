/**
 * The production server: Next's request handler on a plain `node:http` server (as `next start` does),
 * with PORT and HOSTNAME from the environment. `npm start` runs it; no arguments. Everything is Next's:
 * the careers API answers from its read model inside the app's route (there used to be worker threads
 * here for Payload's public GraphQL; the read model made them unnecessary, see docs/architecture.md).
 */
import { createServer } from 'node:http'

import { parseEnv } from '../env.ts'
import { appDir } from './build.ts'

const env = parseEnv()
const port = env.PORT
const hostname = process.env.HOSTNAME ?? '0.0.0.0'

// As `next start` does; set before Next (and React) load.
;(process.env as Record<string, string>).NODE_ENV ??= 'production'
const { default: next } = await import('next')
const app = next({ dev: false, dir: appDir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error)
    if (!response.headersSent) response.writeHead(500).end()
  })
}).listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`))
