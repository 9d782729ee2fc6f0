import type { CollectionConfig, CollectionSlug, Payload } from 'payload'

/** Marks a collection as under HR review, for code that starts from a slug (the admin's server functions). */
const marker = 'jobDescriptionsReviewed'

export const markReviewed = (collection: CollectionConfig): CollectionConfig['custom'] => ({ ...collection.custom, [marker]: true })

export const isReviewed = (payload: Payload, slug: unknown): boolean =>
  typeof slug === 'string' && payload.collections[slug as CollectionSlug]?.config.custom?.[marker] === true
