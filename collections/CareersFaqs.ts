import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin.ts'
import { nobody } from '../src/access/nobody.ts'
import type { CollectionContext } from '../src/types.ts'

/**
 * The careers API's published candidate FAQs, each rendered once (HTML and plain text) when it is
 * published; see CareersPostings. The general FAQs are the ones no open posting uses.
 */
export const CareersFaqs = ({ slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.careersFaqs,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: { group: 'Careers read model', hidden: true, useAsTitle: 'question' },
  graphQL: false,
  fields: [
    { name: 'faq', type: 'text', index: true, required: true, unique: true },
    { name: 'question', type: 'text', required: true },
    { name: 'node', type: 'json', required: true },
  ],
})
