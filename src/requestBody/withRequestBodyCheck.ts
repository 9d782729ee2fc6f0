import { dataProblem } from './dataProblem.ts'
import { describeMediaType, mediaType } from './mediaType.ts'

type Problem = { message: string; status: number }

const withBody = new Set(['PATCH', 'POST', 'PUT'])

const jsonProblem = (text: string, what: string): Problem | undefined => {
  if (text.trim() === '') return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { message: `${what} is not valid JSON (${(error as Error).message}).`, status: 400 }
  }
  const problem = dataProblem(data)
  return problem ? { message: problem, status: 400 } : undefined
}

/** What is wrong with a request's body before Payload reads it; undefined to hand the request on. */
const bodyProblem = async (request: Request): Promise<Problem | undefined> => {
  if (!withBody.has(request.method.toUpperCase())) return undefined
  const type = mediaType(request.headers.get('content-type'))
  switch (type) {
    case 'application/json':
      return jsonProblem(await request.clone().text(), 'The request body')
    case 'multipart/form-data': {
      // The admin's forms: the document travels as JSON in the `_payload` field. (Read whole: this app has
      // no upload collections, whose files would be buffered here too.)
      let form: FormData
      try {
        form = await request.clone().formData()
      } catch (error) {
        return { message: `The multipart request body cannot be read (${(error as Error).message}).`, status: 400 }
      }
      const payloadField = form.get('_payload')
      return typeof payloadField === 'string' ? jsonProblem(payloadField, 'The _payload field') : undefined
    }
    case 'application/x-www-form-urlencoded':
      // Payload reads this type only as the query of a POST that stands for a GET (its relationship fields).
      if (/^get$/i.test(request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override') ?? '')) {
        return undefined
      }
      break
    default:
      if (!type && (await request.clone().text()) === '') return undefined // logout, refresh-token, ...
  }
  return { message: `${describeMediaType(type)} is not accepted: send the request body as application/json.`, status: 415 }
}

/**
 * Wraps a handler of Payload's REST route (`REST_POST(config)`, …) so that the body is checked before
 * Payload parses it. Payload's own parsing answers bad JSON with a 400 that production builds render as
 * "An unknown error occurred.", and lets a `text/plain` body through as no data at all (a 500 further on,
 * and the classic cross-site form POST). Here the caller gets a 400 naming what is wrong with the JSON
 * (syntax, not an object, nested too deep, with the field), or a 415 naming the content type; anything
 * else goes to Payload untouched, its body unread.
 */
export const withRequestBodyCheck =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    const problem = await bodyProblem(request)
    if (problem) return Response.json({ errors: [{ message: problem.message }] }, { status: problem.status })
    return handler(request, ...rest)
  }
