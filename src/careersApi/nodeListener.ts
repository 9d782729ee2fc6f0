import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { bodyTooLargeErrors, readBoundedNodeText } from '../publicCache/boundedBody.ts'
import { careersAnswer, cors, hotCareersAnswer } from './answer.ts'
import type { CareersAnswer, CareersIncoming } from './answer.ts'
import { searchOf } from './route.ts'

const send = (outgoing: ServerResponse, { body, headers, status }: CareersAnswer) => {
  const bytes = body === null ? undefined : typeof body === 'string' ? Buffer.from(body) : body
  // With its length, as bytes: one write, not chunks.
  outgoing.writeHead(status, bytes ? { ...headers, 'content-length': String(bytes.length) } : headers)
  outgoing.end(bytes)
}

const incomingOf = async (incoming: IncomingMessage, search: string): Promise<CareersIncoming | null> => {
  const ifNoneMatch = incoming.headers['if-none-match']
  if (incoming.method !== 'POST') return { ifNoneMatch, method: 'GET', search }
  const body = await readBoundedNodeText(incoming)
  return body === null ? null : { body, ifNoneMatch, method: 'POST' }
}

/**
 * The careers API as a node:http listener, for a process that serves it without Next (a careers server
 * beside the app, on the same database): `createServer(careersApiListener(() => getPayload({ config })))`,
 * or mounted at a path by Express or Connect. It answers every request it is given, as careersApiHandler
 * does, and adds nothing in between: a kept answer (see hotAnswers.ts) is written before anything is
 * parsed or awaited, and no fetch Request or Response is made, which in Node cost more than the rest of a
 * hit.
 */
export const careersApiListener = (payloadOf: () => Promise<Payload>): ((incoming: IncomingMessage, outgoing: ServerResponse) => void) => {
  let payload: Payload | undefined
  return (incoming, outgoing) => {
    const method = incoming.method
    if (method === 'OPTIONS') return send(outgoing, { body: null, headers: cors, status: 204 })
    if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') {
      return send(outgoing, { body: JSON.stringify({ errors: [{ message: `${method} is not served: use GET or POST` }] }), headers: { ...cors, allow: 'GET, POST, OPTIONS', 'content-type': 'application/json' }, status: 405 })
    }
    const search = searchOf(incoming.url ?? '')
    if (payload && method !== 'POST') {
      const hot = hotCareersAnswer(payload, { ifNoneMatch: incoming.headers['if-none-match'], method: 'GET', search })
      if (hot) return send(outgoing, hot)
    }
    void (async () => {
      payload ??= await payloadOf()
      const request = await incomingOf(incoming, search)
      send(outgoing, request ? await careersAnswer(payload, request) : { body: JSON.stringify(bodyTooLargeErrors()), headers: { ...cors, 'content-type': 'application/json' }, status: 413 })
    })().catch((error: unknown) => {
      payload?.logger.error({ err: error, msg: 'Careers API request failed' })
      if (!outgoing.headersSent) outgoing.writeHead(500, { ...cors, 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' }, message: 'Internal server error' }] }))
    })
  }
}
