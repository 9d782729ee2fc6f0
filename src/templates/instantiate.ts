import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'
import { z } from 'zod'

import type { Faq, JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import { itemWhere, jobPlaceholders, loadItems } from './jobPlaceholders.ts'
import { fillPlaceholders } from './placeholders.ts'
import type { Placeholder } from './placeholders.ts'
import { refuse } from '../refuse.ts'

export const instantiateInput = z
  .object({
    slug: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1).optional(),
    /** One value per placeholder key (see the template's `placeholders`): text, or a number of years. */
    values: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  })
  .strict()

export type InstantiateInput = z.input<typeof instantiateInput>

/** Every placeholder answered; a number (0 to 50) for each "x years"; nothing unknown. */
const valuesSchema = (placeholders: Placeholder[]) =>
  z
    .object(
      Object.fromEntries(
        placeholders.map((p) => [
          p.key,
          p.kind === 'years'
            ? z.coerce.number({ error: `"${p.key}" needs a number of years` }).int().min(0).max(50)
            : z.coerce.string().trim().min(1, `"${p.key}" needs a value`),
        ]),
      ),
    )
    .strict()

type RichText = JobDescription['summary']

/** The same Lexical value with every text node's placeholders filled in. */
const fillRichText = (value: RichText, where: string, values: Record<string, number | string>): RichText => {
  if (!value) return value
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) =>
          key === 'text' && typeof child === 'string' ? [key, fillPlaceholders(child, where, values)] : [key, walk(child)],
        ),
      )
    }
    return node
  }
  return walk(value) as RichText
}

const withoutMeta = <T extends { createdAt?: string; id?: number | string; updatedAt?: string }>(doc: T) => {
  const { createdAt: _c, id: _i, updatedAt: _u, ...rest } = doc
  return rest
}

/**
 * A new posting draft from a template, every placeholder filled with the given values and the posting
 * linked to its template. An item whose text changes gets its own copy; unchanged items stay shared.
 * Values are checked before anything is written, and the writes share one transaction (rolled back
 * together on MongoDB only with a replica set).
 *
 * Every write is the calling user's own (`overrideAccess: false`), so it passes the review guard like any
 * other: the posting and each item copy are new drafts, public only once HR approves and publishes them.
 */
export const instantiateTemplate = async (
  req: PayloadRequest,
  slugs: JobDescriptionsSlugs,
  templateId: number | string,
  input: InstantiateInput,
): Promise<JobDescription> => {
  const { slug, title, values: given } = instantiateInput.parse(input)
  const template = (await req.payload.findByID({
    id: templateId,
    collection: slugs.jobDescriptions,
    depth: 0,
    draft: true,
    overrideAccess: false,
    req,
  })) as JobDescription
  if (template.kind !== 'template') {
    refuse(`"${template.title}" is a ${template.kind}, not a template.`, 400)
  }

  const items = await loadItems(req, slugs, template)
  const placeholders = jobPlaceholders(template, items)
  const parsed = valuesSchema(placeholders).safeParse(given)
  if (!parsed.success) {
    throw new ValidationError({
      collection: slugs.jobDescriptions,
      errors: parsed.error.issues.map((issue) => ({
        message:
          issue.code === 'unrecognized_keys'
            ? `No placeholder is called ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : issue.path.length && issue.input === undefined
              ? `"${String(issue.path[0])}" has no value`
              : issue.message,
        path: ['values', ...issue.path].join('.'),
      })),
    })
  }
  const values = parsed.data as Record<string, number | string>

  const shouldCommit = await initTransaction(req)
  try {
    /** The item itself, or a new draft copy with its placeholders filled in, made as the calling user. */
    const copyIfChanged = async <T extends Faq | Requirement | Responsibility>(
      collection: JobDescriptionsSlugs[keyof JobDescriptionsSlugs],
      item: T,
      fill: (item: T) => Partial<T>,
    ) => {
      const filled = fill(item)
      if (JSON.stringify({ ...item, ...filled }) === JSON.stringify(item)) return item.id
      const copy = await req.payload.create({
        collection,
        data: { ...withoutMeta(item), ...filled, _status: 'draft' } as never,
        depth: 0,
        draft: true,
        overrideAccess: false,
        req,
      })
      return copy.id
    }
    const yearsIn = (where: string) => placeholders.find((p) => p.kind === 'years' && p.where === where)

    const responsibilities = []
    for (const item of items.responsibilities) {
      const where = itemWhere('responsibility', item.text)
      responsibilities.push(await copyIfChanged(slugs.responsibilities, item, (r) => ({ text: fillPlaceholders(r.text, where, values) })))
    }
    const requirements = []
    for (const item of items.requirements) {
      const where = itemWhere('requirement', item.text)
      const years = yearsIn(where)
      requirements.push(
        await copyIfChanged(slugs.requirements, item, (r) => ({
          text: fillPlaceholders(r.text, where, values),
          ...(years ? { minimumYears: Number(values[years.key]) } : {}),
        })),
      )
    }
    const faqs = []
    for (const item of items.faqs.filter((faq) => faq.audience === 'candidates')) {
      const where = itemWhere('FAQ', item.question)
      faqs.push(
        await copyIfChanged(slugs.faqs, item, (f) => ({
          answer: fillRichText(f.answer, where, values) as Faq['answer'],
          question: fillPlaceholders(f.question, where, values),
        })),
      )
    }

    const fill = (text: null | string | undefined, where: string) => (text ? fillPlaceholders(text, where, values) : text)
    const posting = await req.payload.create({
      collection: slugs.jobDescriptions,
      data: {
        applyUrl: template.applyUrl,
        department: fill(template.department, 'department'),
        directApply: template.directApply,
        employmentType: template.employmentType,
        faqs,
        kind: 'posting',
        locations: template.locations?.map(({ id: _id, ...location }, i) => ({
          ...location,
          city: fill(location.city, `locations.${i}.city`),
          postalCode: fill(location.postalCode, `locations.${i}.postalCode`),
          region: fill(location.region, `locations.${i}.region`),
          streetAddress: fill(location.streetAddress, `locations.${i}.streetAddress`),
        })),
        overview: fillRichText(template.overview, 'overview', values),
        reportsTo: fill(template.reportsTo, 'reportsTo'),
        requirements,
        responsibilities,
        salary: template.salary,
        slug,
        summary: fillRichText(template.summary, 'summary', values),
        template: template.id,
        title: title ?? fill(template.title, 'title')!,
        workplaceType: template.workplaceType,
      } as never,
      depth: 0,
      draft: true,
      overrideAccess: false,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return posting as JobDescription
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
