import type { GraphQLFieldResolver } from 'graphql'
import { defaultFieldResolver } from 'graphql'
import type { Payload } from 'payload'

import { verifyPreviewToken } from '../careers/previewToken.ts'
import type { FaqNode, PostingNode } from '../readModel/renderPosting.ts'
import { renderPosting } from '../readModel/renderPosting.ts'
import { draftSource } from '../readModel/draftSource.ts'
import { country, locale as localeOf, paging, postingPageUrl, search as searchOf } from './arguments.ts'
import { careersError } from './errors.ts'
import { facetLabel } from './facetLabels.ts'
import type { Menu, PostingFilter, PostingIndex } from './postingIndex.ts'
import { currentIndex, faqNodes, postingNodes } from './readModelIndex.ts'
import type { CareersApiSettings } from './settings.ts'

export type CareersContext = { now: number; payload: Payload; settings: CareersApiSettings }

type Args = Record<string, unknown>

const filterOf = (value: unknown): PostingFilter => {
  const filter = (value ?? {}) as PostingFilter
  if (filter.location) country('filter.location.country', filter.location.country)
  if (filter.remoteFrom) country('filter.remoteFrom', filter.remoteFrom)
  return filter
}

const page = <T>(nodes: T[], totalCount: number, { first, page }: { first: number; page: number }) => ({
  hasNextPage: page * first < totalCount,
  nodes,
  page,
  totalCount,
})

const byCount = <T extends { count: number; label: string }>(entries: T[]) =>
  entries.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))

const openPosting = async (context: CareersContext, slug: string, locale: string): Promise<null | PostingNode> => {
  const index = await currentIndex(context.payload, context.settings)
  const position = index.bySlug.get(slug)
  if (position === undefined || !index.isOpen(position, context.now)) return null
  const [node] = await postingNodes(context.payload, context.settings, index, [index.postings[position]!.posting], locale)
  return node ?? null
}

const query: Record<string, GraphQLFieldResolver<unknown, CareersContext, Args>> = {
  careersFaqs: async (_, args, context) => {
    const paged = paging(args.first as number, args.page as number)
    const index = await currentIndex(context.payload, context.settings)
    const used = new Set(index.postings.flatMap((posting, position) => (index.isOpen(position, context.now) ? posting.faqIds : [])))
    const general = index.faqs.filter((faq) => !used.has(faq.id)).sort((a, b) => a.question.localeCompare(b.question))
    let own: FaqNode[] = []
    if (typeof args.posting === 'string') {
      const posting = await openPosting(context, args.posting, context.settings.locales[0]!)
      if (!posting) throw careersError('NOT_FOUND', `posting: no open posting has the slug "${args.posting}"`, { argument: 'posting' })
      own = posting.faqs
    }
    const total = general.length + own.length
    const window = { end: paged.offset + paged.first, start: paged.offset }
    const generalIds = general.slice(window.start, window.end).map((faq) => faq.id)
    const ownSlice = own.slice(Math.max(0, window.start - general.length), Math.max(0, window.end - general.length))
    return page([...(await faqNodes(context.payload, context.settings, index, generalIds)), ...ownSlice], total, paged)
  },

  jobPosting: async (_, args, context) => openPosting(context, args.slug as string, localeOf(args.locale as null | string | undefined, context.settings.locales)),

  jobPostingFacets: async (_, args, context) => {
    const locale = localeOf(args.locale as null | string | undefined, context.settings.locales)
    const filter = filterOf(args.filter)
    const index = await currentIndex(context.payload, context.settings)
    const counts = index.menuCounts(filter, index.scores(searchOf(args.search as null | string)), context.now)
    const menu = (name: Menu, label: (value: never) => string) =>
      byCount([...counts[name].values()].map(({ count, value }) => ({ count, label: label(value as never), value })))
    return {
      departments: menu('department', (value: string) => value),
      employmentTypes: menu('employmentType', (value: string) => facetLabel('employmentType', value, locale)),
      locations: menu('location', (value: { city: null | string; country: string }) => facetLabel('location', value, locale)),
      workplaceTypes: menu('workplaceType', (value: string) => facetLabel('workplaceType', value, locale)),
    }
  },

  jobPostingPreview: async (_, args, context) => {
    const locale = localeOf(args.locale as null | string | undefined, context.settings.locales)
    const claims = verifyPreviewToken(args.token as string, context.settings.previewSecret ?? context.payload.secret)
    if (!claims) throw careersError('FORBIDDEN', 'token: this preview link is invalid or has expired; open a new one from the admin', { argument: 'token' })
    const source = await draftSource(context.payload, context.settings.slugs, claims.id)
    return source ? renderPosting(source, locale, context.settings).node : null
  },

  jobPostings: async (_, args, context) => {
    const locale = localeOf(args.locale as null | string | undefined, context.settings.locales)
    const paged = paging(args.first as number, args.page as number)
    const filter = filterOf(args.filter)
    const index = await currentIndex(context.payload, context.settings)
    const scores = index.scores(searchOf(args.search as null | string))
    const matching = index.select(filter, scores, context.now)
    const postings = index.window(matching, args.sort as string, scores, locale, paged.offset, paged.first).map((position) => index.postings[position]!.posting)
    return page(await postingNodes(context.payload, context.settings, index, postings, locale), matching.length, paged)
  },
}

const jobPosting: Record<string, GraphQLFieldResolver<PostingNode, CareersContext, Args>> = {
  jsonLd: (posting, args) => {
    const jsonLd = posting.jsonLd as Record<string, unknown>
    if (typeof args.siteUrl !== 'string' || Object.keys(jsonLd).length === 0) return jsonLd
    return { ...jsonLd, url: postingPageUrl(args.siteUrl, posting.slug) }
  },
}

const resolvers: Record<string, Record<string, GraphQLFieldResolver<never, CareersContext, Args>>> = { JobPosting: jobPosting, Query: query }

/** Our resolvers where a type has one for the field; the stored node's own property everywhere else. */
export const careersFieldResolver: GraphQLFieldResolver<unknown, CareersContext, Args> = (source, args, context, info) => {
  const resolve = resolvers[info.parentType.name]?.[info.fieldName] as GraphQLFieldResolver<unknown, CareersContext, Args> | undefined
  return (resolve ?? defaultFieldResolver)(source, args, context, info)
}
