import { APIError } from 'payload'

/**
 * An error whose message is for the caller. Payload formats an error by its `name`, and a production build
 * of Next minifies class names away, which turned these into "An unknown error occurred." over REST.
 */
class Refusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'Refusal'
  }
}

/**
 * Says no with a sentence (REST `errors[].message`, GraphQL `errors[].message`, also in production), 403
 * unless told otherwise, before anything is written.
 */
export function refuse(message: string, status = 403): never {
  throw new Refusal(message, status)
}
