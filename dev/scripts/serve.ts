/**
 * The production server: Next's request handler behind a plain `node:http` server that answers anonymous
 * public GraphQL queries over GET (/api/graphql?id=… or ?query=…) itself, through the running app's public
 * read path (src/publicCache: the cache, or a fresh answer on Payload's schema), without going through the
 * framework. What the cache does not hold is worked out on PUBLIC_READ_THREADS worker threads (one per
 * core by default; started once the app's Payload is up), or on this thread while none is ready.
 * Everything else is Next's, and so is any such request the read path leaves to Payload's route (errors
 * among them). `npm start` runs it; no arguments; PORT and HOSTNAME from the environment.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { parseEnv } from '../env.ts'
import { isAnonymous, isMutation, publicReadStarted, readGraphQLRequest, runningPublicRead, startReadThreads } from 'payload-plugin-job-descriptions/server'
import type { ReadThreads } from 'payload-plugin-job-descriptions/server'
import { appDir } from './build.ts'

const env = parseEnv()
const port = env.PORT
const hostname = process.env.HOSTNAME ?? '0.0.0.0'
let threads: ReadThreads | undefined

const headersOf = (request: IncomingMessage) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value)
  return headers
}

/** True when the request was answered here; false hands it to Next. */
const answeredHere = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
  if (env.GRAPHQL_ROUTE === 'payload' || request.method !== 'GET' || !request.url?.startsWith('/api/graphql?')) return false
  // Filled once the app has started Payload (on its first request), in this same process.
  const read = runningPublicRead()
  const headers = headersOf(request)
  if (!read || !isAnonymous(headers)) return false
  let answer
  try {
    const graphQLRequest = readGraphQLRequest(request.url.slice('/api/graphql'.length))
    if (isMutation(graphQLRequest.query)) return false
    answer = await read(graphQLRequest, headers, threads?.fresh())
  } catch {
    return false // Next answers: a bad parameter (naming it), or whatever went wrong, as the app does
  }
  if (!answer) return false
  // With its length, as bytes: one write, not chunks.
  const body = answer.body === null ? undefined : Buffer.from(answer.body)
  response.writeHead(answer.status, body ? { ...answer.headers, 'content-length': String(body.length) } : answer.headers)
  response.end(body)
  return true
}

// As `next start` does; set before Next (and React) load.
;(process.env as Record<string, string>).NODE_ENV ??= 'production'
const { default: next } = await import('next')
const app = next({ dev: false, dir: appDir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

if (env.GRAPHQL_ROUTE === 'public' && env.PUBLIC_READ_THREADS > 0) {
  // After the app's Payload has started, and so migrated the database the threads will read.
  void publicReadStarted().then(() => {
    threads = startReadThreads({ count: env.PUBLIC_READ_THREADS, entry: new URL('./readThread.mjs', import.meta.url), log: console })
  })
}

createServer((request, response) => {
  answeredHere(request, response)
    .then(async (served) => {
      if (!served) await handle(request, response)
    })
    .catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500).end()
    })
}).listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`))
