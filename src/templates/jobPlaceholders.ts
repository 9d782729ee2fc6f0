import type { PayloadRequest } from 'payload'

import type { Faq, JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { richTextToPlain } from '../render/richText.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import { findPlaceholders } from './placeholders.ts'
import type { Placeholder } from './placeholders.ts'
import { relatedIds } from '../render/relatedIds.ts'

type Ids = (number | string | { id: number | string })[] | null | undefined

/** The items a job description references, as stored, in its order. */
export const loadItems = async (req: PayloadRequest, slugs: JobDescriptionsSlugs, job: Partial<JobDescription>) => {
  const load = async <T extends { id: number | string }>(collection: JobDescriptionsSlugs[keyof JobDescriptionsSlugs], value: Ids) => {
    const ids = relatedIds(value)
    if (ids.length === 0) return []
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: ids } },
    })
    const byId = new Map(docs.map((doc) => [String(doc.id), doc as unknown as T]))
    return ids.flatMap((id) => byId.get(String(id)) ?? [])
  }
  return {
    faqs: await load<Faq>(slugs.faqs, job.faqs),
    requirements: await load<Requirement>(slugs.requirements, job.requirements),
    responsibilities: await load<Responsibility>(slugs.responsibilities, job.responsibilities),
  }
}

export type Items = Awaited<ReturnType<typeof loadItems>>

/** Where a placeholder sits, as shown to authors: a field name, or the item it is in. */
export const itemWhere = (kind: 'FAQ' | 'requirement' | 'responsibility', text: string) => `${kind} "${text}"`

/** Every placeholder a reader of this job description would see (notes for authors excluded). */
export const jobPlaceholders = (job: Partial<JobDescription>, items: Items): Placeholder[] => [
  ...findPlaceholders(job.title ?? '', 'title'),
  ...findPlaceholders(job.department ?? '', 'department'),
  ...findPlaceholders(job.reportsTo ?? '', 'reportsTo'),
  ...findPlaceholders(richTextToPlain(job.summary), 'summary'),
  ...findPlaceholders(richTextToPlain(job.overview), 'overview'),
  ...(job.locations ?? []).flatMap((location, i) =>
    (['city', 'region', 'streetAddress', 'postalCode'] as const).flatMap((field) =>
      findPlaceholders(location[field] ?? '', `locations.${i}.${field}`),
    ),
  ),
  ...items.responsibilities.flatMap((item) => findPlaceholders(item.text, itemWhere('responsibility', item.text))),
  ...items.requirements.flatMap((item) => findPlaceholders(item.text, itemWhere('requirement', item.text))),
  ...items.faqs.flatMap((item) => [
    ...findPlaceholders(item.question, itemWhere('FAQ', item.question)),
    ...findPlaceholders(richTextToPlain(item.answer), itemWhere('FAQ', item.question)),
  ]),
]
