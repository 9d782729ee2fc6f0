/**
 * The production server: Next's request handler behind a plain `node:http` server that answers cached
 * public GraphQL queries (GET /api/graphql?id=… or ?query=…, anonymous) itself, from the same cache the app
 * fills (src/publicCache), without going through the framework. Everything else, cache misses included, is
 * Next's. `npm start` runs it; `node scripts/serve.ts` arguments: none; PORT and HOSTNAME from the environment.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { cachedResponse, isAnonymous, lookupKey } from '../src/publicCache/publicGraphQL'
import { readGraphQLRequest } from '../src/publicCache/graphQLRequest'
import { runningCache } from '../src/publicCache/publicCache'
import { root } from './build'

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME ?? '0.0.0.0'

const headersOf = (request: IncomingMessage) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value)
  return headers
}

/** True when the answer came from the cache; false hands the request to Next. */
const fromCache = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
  if (request.method !== 'GET' || !request.url?.startsWith('/api/graphql?')) return false
  const cache = runningCache()
  const headers = headersOf(request)
  if (!cache || !isAnonymous(headers)) return false
  let key: string | undefined
  try {
    key = await lookupKey(cache, headers, readGraphQLRequest(new URL(request.url, 'http://localhost')))
  } catch {
    return false // Next answers the bad request (naming the parameter), or without the cache if it is down
  }
  const hit = key && (await cache.store().get(key).catch(() => undefined))
  if (!hit) return false
  const answer = cachedResponse({ headers }, cache, hit, 'HIT')
  response.writeHead(answer.status, Object.fromEntries(answer.headers))
  response.end(answer.status === 304 ? undefined : hit.body)
  return true
}

// As `next start` does; set before Next (and React) load.
;(process.env as Record<string, string>).NODE_ENV ??= 'production'
const { default: next } = await import('next')
const app = next({ dev: false, dir: root, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

createServer((request, response) => {
  fromCache(request, response)
    .then(async (served) => {
      if (!served) await handle(request, response)
    })
    .catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500).end()
    })
}).listen(port, hostname, () => console.log(`Serving on http://${hostname}:${port}`))
