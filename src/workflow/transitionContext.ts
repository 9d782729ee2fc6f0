import type { PayloadRequest } from 'payload'

import type { RecordedAction, Stage } from './stages.ts'

/** A workflow move decided before a save, applied to the saved revision and recorded after it. */
export type Transition = {
  action: RecordedAction
  /** The revision whose content is approved (approve) or made public (publish). */
  approvedVersion?: null | string
  comment?: string
  to: Stage
  /** The revision the move concerns, when it is not the one the save creates (approve, request changes). */
  versionId?: string
  /** Moved with a posting's review (its title): recorded, and announced with the posting, not on its own. */
  withPosting?: string
}

const contextKey = 'jobDescriptionsWorkflow'
type Pending = Record<string, Transition>

const pending = (req: PayloadRequest): Pending => {
  req.context[contextKey] ??= {}
  return req.context[contextKey] as Pending
}
const keyOf = (collection: string, id: number | string | undefined) => `${collection}:${String(id)}`

const withPostingKey = 'jobDescriptionsWithPosting'

/** Runs the moves `move` makes as part of the review of the posting titled `title` (see Transition.withPosting). */
export const withPosting = async <T>(req: PayloadRequest, title: string, move: () => Promise<T>): Promise<T> => {
  const outer = req.context[withPostingKey]
  req.context[withPostingKey] = title
  try {
    return await move()
  } finally {
    req.context[withPostingKey] = outer
  }
}

export const setTransition = (req: PayloadRequest, collection: string, id: number | string, transition: Transition) => {
  const title = req.context[withPostingKey]
  pending(req)[keyOf(collection, id)] = typeof title === 'string' && !transition.withPosting ? { ...transition, withPosting: title } : transition
}

export const peekTransition = (req: PayloadRequest, collection: string, id: number | string | undefined) =>
  id === undefined ? undefined : pending(req)[keyOf(collection, id)]

/** Read once: a later save of the same document in the same request is a new move. */
export const takeTransition = (req: PayloadRequest, collection: string, id: number | string) => {
  const transition = pending(req)[keyOf(collection, id)]
  delete pending(req)[keyOf(collection, id)]
  return transition
}
