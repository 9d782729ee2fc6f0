/** One GraphQL error as the careers API sends it: `extensions.code` names what went wrong. */
export type CareersGraphQLError = {
  extensions?: Record<string, unknown>
  message: string
  path?: (number | string)[]
}

/** Each distinct `extensions.code` of the errors, in order. */
export const errorCodes = (errors: readonly CareersGraphQLError[]): string[] => [
  ...new Set(errors.flatMap((error) => (typeof error.extensions?.code === 'string' ? [error.extensions.code] : []))),
]

/**
 * What the careers client throws: the server's GraphQL errors, their codes (BAD_USER_INPUT, NOT_FOUND,
 * FORBIDDEN, …) and the HTTP status, or no status when the server could not be reached. A site branches on
 * `codes`, never on the message, which is written for people.
 */
export class CareersClientError extends Error {
  /** Each distinct `extensions.code` of `errors`, in order; empty for an HTTP or network failure. */
  readonly codes: string[]
  readonly errors: CareersGraphQLError[]
  readonly status: number | undefined

  constructor(message: string, { cause, errors = [], status }: { cause?: unknown; errors?: CareersGraphQLError[]; status?: number } = {}) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'CareersClientError'
    this.errors = errors
    this.status = status
    this.codes = errorCodes(errors)
  }
}
