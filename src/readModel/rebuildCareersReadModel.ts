import type { Payload } from 'payload'

import { careersApiOf } from '../careersApi/settings.ts'
import { rebuildIfEmpty } from './rebuildIfEmpty.ts'
import { rebuildReadModel } from './sync.ts'

/** `npm run careers:rebuild`, for any host: the careers read model made anew from what is published. */
export const rebuildCareersReadModel = async (payload: Payload): Promise<{ faqs: number; postings: number }> => {
  const settings = careersApiOf(payload.config)
  if (!settings) throw new Error('rebuildCareersReadModel: this Payload config was not made by jobDescriptionsPlugin (or the plugin is disabled)')
  return rebuildReadModel(payload, settings)
}

/** After migrating: builds the read model when it is empty and something is published (see rebuildIfEmpty). */
export const buildCareersReadModelIfEmpty = async (payload: Payload): Promise<void> => {
  const settings = careersApiOf(payload.config)
  if (settings) await rebuildIfEmpty(payload, settings)
}
