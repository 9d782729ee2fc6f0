import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin.ts'
import { nobody } from '../src/access/nobody.ts'
import type { CollectionContext } from '../src/types.ts'

/**
 * The careers API's read model: each open posting rendered once per locale when it is published (or
 * anything it shows changes), so that the API reads finished answers and never renders while a careers
 * site waits. Written only by the plugin's sync (src/readModel), with overridden access; nobody edits it,
 * admins may look. Not in Payload's GraphQL: the careers API is its own schema (src/careersApi).
 */
export const CareersPostings = ({ slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.careersPostings,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: { group: 'Careers read model', hidden: true, useAsTitle: 'title' },
  graphQL: false,
  fields: [
    { name: 'posting', type: 'text', admin: { description: 'The job description this renders.' }, index: true, required: true },
    { name: 'locale', type: 'text', index: true, required: true },
    { name: 'slug', type: 'text', index: true, required: true },
    { name: 'title', type: 'text', required: true },
    // The filter columns, as the careers schema's enums name their values.
    { name: 'department', type: 'text', index: true },
    { name: 'workplaceType', type: 'text', index: true, required: true },
    { name: 'employmentTypes', type: 'json', required: true },
    { name: 'places', type: 'json', admin: { description: '[{ country, city }] of on-site and hybrid postings.' }, required: true },
    { name: 'remoteCountries', type: 'json', required: true },
    { name: 'datePosted', type: 'date', index: true, required: true },
    { name: 'validThrough', type: 'date', index: true },
    // Normalised search words (src/careersApi/searchWords.ts), space-separated: the title's, and the rest's.
    { name: 'titleWords', type: 'textarea' },
    { name: 'bodyWords', type: 'textarea' },
    { name: 'faqIds', type: 'json', required: true },
    // " responsibilities:1 requirements:2 faqs:3 ": every item the posting references, published or not,
    // so that an item's publish finds the postings that now show it.
    { name: 'itemKeys', type: 'textarea', index: true },
    { name: 'node', type: 'json', admin: { description: 'The JobPosting as the careers API answers it.' }, required: true },
  ],
  indexes: [{ fields: ['posting', 'locale'], unique: true }, { fields: ['slug', 'locale'], unique: true }],
})
