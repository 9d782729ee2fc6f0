import type { SanitizedCollectionConfig } from 'payload'

/** "job description", "requirement": how an error message names what it refused to change. */
export const documentName = (collection: SanitizedCollectionConfig): string => {
  const singular = collection.labels?.singular
  // Labels are { en, de, … } since the admin is translated; the server's messages are in English.
  const label = typeof singular === 'string' ? singular : typeof singular === 'object' && singular ? (singular.en ?? Object.values(singular)[0]) : undefined
  return (typeof label === 'string' ? label : collection.slug).toLowerCase()
}
