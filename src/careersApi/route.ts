import { getPayload } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { bodyTooLarge, readBoundedText } from '../publicCache/boundedBody.ts'
import { careersAnswer, cors, hotCareersAnswer } from './answer.ts'
import type { CareersAnswer, CareersIncoming } from './answer.ts'

type Handler = (request: Request) => Promise<Response>

const responseOf = ({ body, headers, status }: CareersAnswer) => new Response(body, { headers, status })

/** A URL's query string, without its `?`: the GET's parameters, as the client wrote them. */
export const searchOf = (url: string): string => {
  const start = url.indexOf('?')
  if (start < 0) return ''
  const end = url.indexOf('#', start)
  return url.slice(start + 1, end < 0 ? undefined : end)
}

/** The careers API for one Payload, for fetch-style servers: GET (parameters) and POST (a JSON body). */
export const careersApiHandler = (payloadOf: () => Promise<Payload>): { GET: Handler; OPTIONS: Handler; POST: Handler } => {
  const serve = async (incoming: CareersIncoming) => {
    const payload = await payloadOf()
    return responseOf(hotCareersAnswer(payload, incoming) ?? (await careersAnswer(payload, incoming)))
  }
  return {
    GET: (request) => serve({ ifNoneMatch: request.headers.get('if-none-match'), method: 'GET', search: searchOf(request.url) }),
    OPTIONS: async () => new Response(null, { headers: cors, status: 204 }),
    POST: async (request) => {
      const body = await readBoundedText(request)
      if (body === null) return bodyTooLarge()
      return serve({ body, ifNoneMatch: request.headers.get('if-none-match'), method: 'POST' })
    },
  }
}

/**
 * `/api/careers/graphql` for a host's Next app (`app/(payload)/api/careers/graphql/route.ts`):
 * `export const { GET, OPTIONS, POST } = careersApiRoute(config)`.
 */
export const careersApiRoute = (config: Promise<SanitizedConfig> | SanitizedConfig) => careersApiHandler(() => getPayload({ config }))
