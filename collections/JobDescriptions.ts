import type { CollectionConfig } from 'payload'

import { publishedOrSignedIn } from '../src/access/publishedOrSignedIn'
import { isSignedIn, isSignedInField } from '../src/access/isSignedIn'
import { applyUrlField } from '../src/fields/applyUrl'
import { locationsField } from '../src/fields/locations'
import { salaryField } from '../src/fields/salary'
import { slugField } from '../src/fields/slug'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous'
import { setDatePosted } from '../src/hooks/setDatePosted'
import type { CollectionContext } from '../src/types'

/** schema.org JobPosting.employmentType values, as Google reads them. */
export const employmentTypes = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const

export const JobDescriptions = ({ editor, maxVersionsPerDoc, slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.jobDescriptions,
  labels: { plural: 'Job descriptions', singular: 'Job description' },
  admin: {
    defaultColumns: ['title', 'kind', 'department', '_status', 'updatedAt'],
    group: 'Job descriptions',
    listSearchableFields: ['title', 'slug', 'department'],
    useAsTitle: 'title',
  },
  access: {
    create: isSignedIn,
    delete: isSignedIn,
    read: publishedOrSignedIn,
    readVersions: isSignedIn,
    update: isSignedIn,
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'title', type: 'text', index: true, required: true },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      admin: {
        description: 'Templates are starting points for authors; postings are the jobs candidates apply to.',
        position: 'sidebar',
      },
      defaultValue: 'posting',
      index: true,
      options: [
        { label: 'Template', value: 'template' },
        { label: 'Posting', value: 'posting' },
      ],
      required: true,
    },
    { name: 'department', type: 'text', admin: { position: 'sidebar' }, index: true },
    { name: 'reportsTo', type: 'text', admin: { position: 'sidebar' } },
    {
      name: 'datePosted',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly' },
        description: 'Set when the job description is first published.',
        position: 'sidebar',
        readOnly: true,
      },
      index: true,
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Description',
          fields: [
            { name: 'summary', type: 'richText', editor },
            { name: 'overview', type: 'richText', editor },
            {
              name: 'responsibilities',
              type: 'relationship',
              admin: { isSortable: true },
              hasMany: true,
              relationTo: slugs.responsibilities,
            },
            {
              name: 'requirements',
              type: 'relationship',
              admin: { isSortable: true },
              hasMany: true,
              relationTo: slugs.requirements,
            },
            {
              name: 'faqs',
              type: 'relationship',
              admin: { isSortable: true },
              hasMany: true,
              label: 'FAQs',
              relationTo: slugs.faqs,
            },
          ],
        },
        {
          label: 'Employment',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'employmentType',
                  type: 'select',
                  hasMany: true,
                  options: employmentTypes.map((value) => ({
                    label: value.replace('_', '-').toLowerCase(),
                    value,
                  })),
                },
                {
                  name: 'workplaceType',
                  type: 'select',
                  options: [
                    { label: 'On-site', value: 'on_site' },
                    { label: 'Hybrid', value: 'hybrid' },
                    { label: 'Remote', value: 'remote' },
                  ],
                },
              ],
            },
            locationsField,
            salaryField,
            applyUrlField,
            {
              name: 'validThrough',
              type: 'date',
              admin: { description: 'The last day candidates can apply.' },
            },
          ],
        },
        {
          label: 'Notes for authors',
          fields: [
            {
              name: 'notesForAuthors',
              type: 'richText',
              access: { read: isSignedInField },
              admin: { description: 'Writing guidance for whoever edits this. Never shown to candidates.' },
              editor,
            },
          ],
        },
      ],
    },
  ],
  hooks: {
    beforeChange: [setDatePosted],
    beforeOperation: [publishedOnlyForAnonymous],
  },
  versions: { drafts: true, maxPerDoc: maxVersionsPerDoc },
})
