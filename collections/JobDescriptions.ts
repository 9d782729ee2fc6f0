import type { CollectionConfig } from 'payload'
import { label } from '../src/i18n/translations.ts'
import type { PluginTranslationKey } from '../src/i18n/translations.ts'

import { draftsOrHR } from '../src/access/draftsOrHR.ts'
import { unpublishedUnlessHR } from '../src/access/unpublishedUnlessHR.ts'
import { publishedOrSignedIn } from '../src/access/publishedOrSignedIn.ts'
import { isEditor } from '../src/access/isEditor.ts'
import { isSignedIn, isSignedInField } from '../src/access/isSignedIn.ts'
import { adminLivePreview, adminPreview } from '../src/careers/adminPreview.ts'
import { employmentTypes, workplaceTypes } from '../src/careers/vocabulary.ts'
import { applyUrlField } from '../src/fields/applyUrl.ts'
import { contentCheckField, contentCheckPanelField } from '../src/fields/contentCheck.ts'
import { locationsField } from '../src/fields/locations.ts'
import { salaryField } from '../src/fields/salary.ts'
import { renderedField, richTextHtml, richTextRenderings } from '../src/fields/renderings.ts'
import { slugField } from '../src/fields/slug.ts'
import { descriptionPlain } from '../src/render/description.ts'
import { jobParts } from '../src/render/jobParts.ts'
import { jobPostingJsonLd } from '../src/render/jobPostingJsonLd.ts'
import { richTextToPlain } from '../src/render/richText.ts'
import { analyseContent } from '../src/hooks/analyseContent.ts'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous.ts'
import { skipSignedInOnlyFields } from '../src/hooks/skipSignedInOnlyFields.ts'
import { instantiateEndpoint } from '../src/templates/instantiateEndpoint.ts'
import { setDatePosted } from '../src/hooks/setDatePosted.ts'
import { reviewDiffEndpoint } from '../src/workflow/reviewDiffEndpoint.ts'
import type { JobDescription } from '../src/generated/documents.ts'
import type { CollectionContext, JobDescriptionsSlugs } from '../src/types.ts'
import type { ItemListClientProps } from '../src/admin/ItemListField.tsx'
import { requirementCategories, requirementLevels } from './Requirements.ts'

/** Each option's label in the translation table (the careers API names them through src/careersApi/facetLabels.ts). */
const employmentTypeKeys: Record<(typeof employmentTypes)[number], PluginTranslationKey> = {
  CONTRACTOR: 'employmentTypeContractor',
  FULL_TIME: 'employmentTypeFullTime',
  INTERN: 'employmentTypeIntern',
  OTHER: 'employmentTypeOther',
  PART_TIME: 'employmentTypePartTime',
  PER_DIEM: 'employmentTypePerDiem',
  TEMPORARY: 'employmentTypeTemporary',
  VOLUNTEER: 'employmentTypeVolunteer',
}

const workplaceTypeKeys: Record<(typeof workplaceTypes)[number]['value'], PluginTranslationKey> = {
  hybrid: 'workplaceTypeHybrid',
  on_site: 'workplaceTypeOnSite',
  remote: 'workplaceTypeRemote',
}

/** The item-list field (full sentences, drag to reorder, edit in place); slugs reach it as clientProps. */
const itemList = (
  slugs: JobDescriptionsSlugs,
  itemSlug: string,
  props: Omit<ItemListClientProps, 'itemSlug' | 'jobDescriptionsSlug'>,
) => ({
  clientProps: { ...props, itemSlug, jobDescriptionsSlug: slugs.jobDescriptions } satisfies ItemListClientProps,
  path: 'payload-plugin-job-descriptions/admin#ItemListField',
})

export const JobDescriptions = ({
  editor,
  hiringOrganization,
  maxVersionsPerDoc,
  postingUrl,
  previewSecret,
  slugs,
}: CollectionContext): CollectionConfig => ({
  slug: slugs.jobDescriptions,
  // Pinned: the public GraphQL contract (graphql/operations) names these, whatever the slug is.
  graphQL: { pluralName: 'JobDescriptions', singularName: 'JobDescription' },
  labels: { plural: label('collectionJobDescriptionsPlural'), singular: label('collectionJobDescriptionsSingular') },
  admin: {
    defaultColumns: ['title', 'kind', 'department', '_status', 'updatedAt'],
    group: label('group'),
    listSearchableFields: ['title', 'slug', 'department'],
    livePreview: adminLivePreview(previewSecret),
    preview: adminPreview(previewSecret),
    useAsTitle: 'title',
  },
  access: {
    create: isEditor,
    delete: unpublishedUnlessHR,
    read: publishedOrSignedIn,
    readVersions: isSignedIn,
    update: draftsOrHR,
  },
  defaultSort: '-updatedAt',
  endpoints: [instantiateEndpoint(slugs), reviewDiffEndpoint(slugs)],
  fields: [
    { name: 'title', type: 'text', index: true, label: label('fieldTitle'), required: true },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      admin: {
        description: label('descKind'),
        position: 'sidebar',
      },
      defaultValue: 'posting',
      index: true,
      label: label('fieldKind'),
      options: [
        { label: label('kindTemplate'), value: 'template' },
        { label: label('kindPosting'), value: 'posting' },
      ],
      required: true,
    },
    { name: 'department', type: 'text', admin: { position: 'sidebar' }, index: true, label: label('fieldDepartment') },
    { name: 'reportsTo', type: 'text', admin: { position: 'sidebar' }, label: label('fieldReportsTo') },
    {
      name: 'template',
      type: 'relationship',
      admin: {
        condition: (data) => data?.kind === 'posting',
        description: label('descTemplate'),
        position: 'sidebar',
        readOnly: true,
      },
      filterOptions: { kind: { equals: 'template' } },
      label: label('fieldTemplate'),
      // Never populated: a template's renderings, computed inside a posting's read, would wait on the
      // same dataloader batch as the posting itself.
      maxDepth: 0,
      relationTo: slugs.jobDescriptions,
    },
    {
      name: 'placeholders',
      type: 'array',
      // Made from the items as stored, unpublished ones included: for the admin, never public.
      access: { read: isSignedInField },
      admin: {
        description: label('descPlaceholders'),
        position: 'sidebar',
        readOnly: true,
      },
      fields: [
        { name: 'token', type: 'text', label: label('fieldToken') },
        { name: 'where', type: 'text', label: label('fieldWhere') },
        {
          name: 'kind',
          type: 'select',
          label: label('fieldKind'),
          options: [
            { label: label('placeholderKindBracket'), value: 'bracket' },
            { label: label('placeholderKindMustache'), value: 'mustache' },
            { label: label('placeholderKindYears'), value: 'years' },
          ],
        },
        { name: 'key', type: 'text', admin: { hidden: true } },
      ],
      label: label('fieldPlaceholders'),
      labels: { plural: label('fieldPlaceholders'), singular: label('fieldPlaceholder') },
    },
    contentCheckPanelField(slugs),
    contentCheckField,
    {
      name: 'createPosting',
      type: 'ui',
      admin: {
        components: { Field: 'payload-plugin-job-descriptions/admin#CreatePostingFromTemplate' },
        condition: (data) => data?.kind === 'template' && Boolean(data?.id),
        position: 'sidebar',
      },
    },
    {
      name: 'datePosted',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly' },
        description: label('descDatePosted'),
        position: 'sidebar',
        readOnly: true,
      },
      index: true,
      label: label('fieldDatePosted'),
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('tabDescription'),
          fields: [
            { name: 'summary', type: 'richText', editor, label: label('fieldSummary') },
            { name: 'overview', type: 'richText', editor, label: label('fieldOverview') },
            {
              name: 'responsibilities',
              type: 'relationship',
              admin: { components: { Field: itemList(slugs, slugs.responsibilities, { kind: 'responsibility', textField: 'text' }) }, isSortable: true },
              hasMany: true,
              label: label('collectionResponsibilitiesPlural'),
              relationTo: slugs.responsibilities,
            },
            {
              name: 'requirements',
              type: 'relationship',
              admin: {
                components: {
                  Field: itemList(slugs, slugs.requirements, { categories: requirementCategories, kind: 'requirement', levels: requirementLevels, textField: 'text' }),
                },
                isSortable: true,
              },
              hasMany: true,
              label: label('collectionRequirementsPlural'),
              relationTo: slugs.requirements,
            },
            {
              name: 'faqs',
              type: 'relationship',
              admin: { components: { Field: itemList(slugs, slugs.faqs, { kind: 'faq', textField: 'question' }) }, isSortable: true },
              hasMany: true,
              label: label('collectionFaqsPlural'),
              relationTo: slugs.faqs,
            },
          ],
        },
        {
          label: label('tabEmployment'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'employmentType',
                  type: 'select',
                  hasMany: true,
                  label: label('fieldEmploymentType'),
                  options: employmentTypes.map((value) => ({ label: label(employmentTypeKeys[value]), value })),
                },
                {
                  name: 'workplaceType',
                  type: 'select',
                  label: label('fieldWorkplaceType'),
                  options: workplaceTypes.map(({ value }) => ({ label: label(workplaceTypeKeys[value]), value })),
                },
              ],
            },
            locationsField,
            salaryField,
            applyUrlField,
            {
              name: 'validThrough',
              type: 'date',
              admin: { description: label('descValidThrough') },
              label: label('fieldValidThrough'),
            },
            {
              name: 'directApply',
              type: 'checkbox',
              admin: { description: label('descDirectApply') },
              defaultValue: false,
              label: label('fieldDirectApply'),
            },
          ],
        },
        {
          label: label('tabNotes'),
          fields: [
            {
              name: 'notesForAuthors',
              type: 'richText',
              access: { read: isSignedInField },
              admin: { description: label('descNotesForAuthors') },
              editor,
              label: label('fieldNotesForAuthors'),
            },
          ],
        },
      ],
    },
    // Stored, so that careers sites can search it; the other renderings are computed when read.
    {
      name: 'summaryPlain',
      type: 'text',
      admin: { hidden: true },
      hooks: { beforeChange: [({ siblingData }) => richTextToPlain(siblingData.summary)] },
      index: true,
    },
    richTextHtml('summary'),
    ...richTextRenderings('overview'),
    ...richTextRenderings('notesForAuthors', isSignedInField),
    renderedField('descriptionHtml', async ({ data, req }) => (await jobParts(req, slugs, data!)).descriptionHtml),
    renderedField('descriptionPlain', async ({ data, req }) =>
      descriptionPlain({ job: data!, ...(await jobParts(req, slugs, data!)) }),
    ),
    {
      name: 'jobPostingJsonLd',
      type: 'json',
      admin: { hidden: true },
      hooks: {
        afterRead: [
          async ({ data, req }) =>
            hiringOrganization && data
              ? jobPostingJsonLd({
                  hiringOrganization,
                  job: data as JobDescription,
                  url: postingUrl?.(data.slug),
                  ...(await jobParts(req, slugs, data)),
                })
              : null,
        ],
      },
      virtual: true,
    },
  ],
  // The careers list: open postings, of one department or of all, newest first (Payload breaks ties by
  // createdAt, so the index carries it too, and the page is read in index order), a page at a time; and
  // their count, from an index alone (it holds every column the filter reads).
  indexes: [
    { fields: ['department', 'kind', '_status', 'datePosted', 'createdAt'] },
    { fields: ['department', 'kind', '_status', 'validThrough'] },
    { fields: ['kind', '_status', 'datePosted', 'createdAt'] },
    { fields: ['kind', '_status', 'validThrough'] },
  ],
  hooks: {
    beforeChange: [analyseContent(slugs), setDatePosted],
    beforeOperation: [publishedOnlyForAnonymous, skipSignedInOnlyFields],
  },
  versions: { drafts: true, maxPerDoc: maxVersionsPerDoc },
})
