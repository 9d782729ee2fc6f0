import { ValidationError } from 'payload'

const statuses = ['draft', 'published'] as const

/**
 * `_status` is "draft" or "published" and nothing else, from every caller, trusted code included: Payload
 * stores whatever it is given there (a bulk update with `_status: null` took every published posting down),
 * and a value it does not expect (`["published"]`, `{ "equals": … }`) failed deep inside an adapter with a 500.
 */
export const checkStatusValue = (collection: string, data: unknown): void => {
  if (!data || typeof data !== 'object' || !('_status' in data)) return
  const value = (data as { _status: unknown })._status
  if (value === undefined || statuses.includes(value as (typeof statuses)[number])) return
  throw new ValidationError({
    collection,
    errors: [{ message: `must be "draft" or "published", not ${JSON.stringify(value) ?? String(value)}`, path: '_status' }],
  })
}
