import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { careers, organizationName, postingPageUrl } from '../client.ts'
import { Header } from '../components/Header.tsx'
import { Posting } from '../components/Posting.tsx'
import { labelsOf, scriptSafeJson, truncate } from '../format.ts'
import { pageLocale } from '../listQuery.ts'
import type { SearchParams } from '../listQuery.ts'
import type { Locale } from '../locale.ts'
import { withLocale } from '../locale.ts'
import { words } from '../words.ts'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

/** One read per render for the metadata and the page; the JSON-LD names this site's page of the posting. */
const postingOf = cache((slug: string, locale: Locale) => careers.jobPosting(slug, { locale, siteUrl: postingPageUrl }))

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const posting = await postingOf((await params).slug, pageLocale(await searchParams))
  if (!posting) return { title: 'Position not found' }
  return {
    description: truncate(posting.summary.plain || posting.description.plain, 160),
    title: `${posting.title} · ${organizationName}`,
  }
}

export default async function PostingPage({ params, searchParams }: Props) {
  const { slug } = await params
  const locale = pageLocale(await searchParams)
  const posting = await postingOf(slug, locale)
  if (!posting) notFound()
  // The general FAQs and the posting's own; the menus' labels name its workplace and employment types.
  const [faqs, menus] = await Promise.all([careers.faqs({ first: 100, posting: slug }), careers.facets({ locale })])
  return (
    <>
      <Header hrefFor={(to) => withLocale(`/careers/${slug}`, to)} locale={locale} />
      <main className="page" id="main" lang={locale}>
        <p>
          <a href={withLocale('/careers', locale)}>{words[locale].allPositions}</a>
        </p>
        <Posting faqs={faqs.nodes} labels={labelsOf(menus)} locale={locale} posting={posting} />
        {Object.keys(posting.jsonLd).length > 0 && (
          <script dangerouslySetInnerHTML={{ __html: scriptSafeJson(posting.jsonLd) }} type="application/ld+json" />
        )}
      </main>
    </>
  )
}
