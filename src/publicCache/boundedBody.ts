/** The most a GraphQL request may POST: the careers operations take 2 KB; a body above this is refused. */
export const maxGraphQLBodyBytes = 100 * 1024

/**
 * A request's body as text, or null when it is larger than `maxBytes`: read no further than that (a
 * declared `Content-Length` above it is refused before reading), so an anonymous caller cannot make the
 * server hold more.
 */
export const readBoundedText = async (request: Request, maxBytes = maxGraphQLBodyBytes): Promise<null | string> => {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** readBoundedText for a node:http request (the careers API's Node listener). */
export const readBoundedNodeText = async (incoming: AsyncIterable<Buffer | string> & { headers: Record<string, unknown> }, maxBytes = maxGraphQLBodyBytes): Promise<null | string> => {
  if (Number(incoming.headers['content-length'] ?? 0) > maxBytes) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of incoming) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += bytes.byteLength
    if (size > maxBytes) return null
    chunks.push(bytes)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** What a body above the limit is answered with (413), saying what the limit is, as a GraphQL error. */
export const bodyTooLargeErrors = (maxBytes = maxGraphQLBodyBytes) => ({
  errors: [{ message: `The request body is too large: a GraphQL request may send at most ${Math.round(maxBytes / 1024)} KB.` }],
})

/** The answer to a body above the limit: 413, saying what the limit is, as a GraphQL error. */
export const bodyTooLarge = (maxBytes = maxGraphQLBodyBytes): Response => Response.json(bodyTooLargeErrors(maxBytes), { status: 413 })
