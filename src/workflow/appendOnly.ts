import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { refuse } from '../refuse.ts'

/** Holds for trusted code too: an audit trail that can be rewritten is not one. */
export const appendOnly: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') refuse('Approval records are append-only: they cannot be edited.')
  return data
}

export const neverDelete: CollectionBeforeDeleteHook = () => {
  refuse('Approval records are append-only: they cannot be deleted.')
}
