import type { PayloadRequest } from 'payload'

import { refuse } from '../refuse.ts'
import { dataProblem } from './dataProblem.ts'
import { describeMediaType, mediaType } from './mediaType.ts'

/**
 * The JSON object a custom endpoint was sent; `{}` for no body at all. Only `application/json` is read:
 * a `text/plain` form POST is how another site sends a request a browser makes without asking (CSRF), so
 * any other type is a 415 that names it. Bad JSON, another shape than an object, or data nested too deep
 * is a 400 that says so; `example` shows the caller what to send.
 */
export const readJsonBody = async (req: PayloadRequest, example: string): Promise<Record<string, unknown>> => {
  const type = mediaType(req.headers.get('content-type'))
  const text = (await req.text?.()) ?? ''
  if (type !== 'application/json') {
    if (!type && text === '') return {}
    refuse(`${describeMediaType(type)} is not accepted: send ${example} as application/json.`, 415)
  }
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    refuse(`The request body is not valid JSON (${(error as Error).message}): send ${example}.`, 400)
  }
  const problem = dataProblem(body)
  if (problem) refuse(`${problem} Send ${example}.`, 400)
  return body as Record<string, unknown>
}
