import type { SanitizedCollectionConfig } from 'payload'

/** "job description", "requirement": how an error message names what it refused to change. */
export const documentName = (collection: SanitizedCollectionConfig): string => {
  const singular = collection.labels?.singular
  return (typeof singular === 'string' ? singular : collection.slug).toLowerCase()
}
