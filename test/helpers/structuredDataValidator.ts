import Validator from '@adobe/structured-data-validator'
import WebAutoExtractor from '@marbec/web-auto-extractor'
import { z } from 'zod'

/** One finding of Adobe's validator; only ERRORs stop Google from showing the posting as a job. */
const issue = z.object({
  fieldNames: z.array(z.string()).optional(),
  issueMessage: z.string(),
  rootType: z.string(),
  severity: z.enum(['ERROR', 'WARNING']),
})
export type StructuredDataIssue = z.infer<typeof issue>

// As dev/app/(site)/careers/[slug]/page.tsx writes it into the page: "<" escaped, so no "</script>" ends it early.
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * Google's rich-result rules for one JSON-LD object, as the validator meets it on a page: written into a
 * script tag as the careers page does, extracted by the extractor the validator is made for. Offline: the
 * validator gets no schema.org vocabulary, so it applies Google's per-type rules and fetches nothing.
 */
export const validateJsonLd = async (jsonLd: unknown): Promise<StructuredDataIssue[]> => {
  const html = `<!doctype html><html><head><script type="application/ld+json">${scriptSafeJson(jsonLd)}</script></head><body></body></html>`
  const extracted = new WebAutoExtractor({ addLocation: true }).parse(html)
  return z.array(issue).parse(await new Validator().validate(extracted))
}

/** One line each: "ERROR JobPosting jobLocation: Required attribute \"jobLocation\" is missing". */
export const describeIssues = (issues: StructuredDataIssue[]) =>
  issues.map((found) => `${found.severity} ${found.rootType} ${found.fieldNames?.join(',') ?? ''}: ${found.issueMessage}`)
