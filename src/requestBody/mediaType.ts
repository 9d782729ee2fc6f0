/** The media type of a Content-Type header, lower-cased and without parameters; '' when there is none. */
export const mediaType = (contentType: null | string | undefined): string =>
  (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase()

/** How a refusal names the Content-Type a caller sent. */
export const describeMediaType = (type: string): string => (type ? `Content-Type "${type}"` : 'A body without a Content-Type')
