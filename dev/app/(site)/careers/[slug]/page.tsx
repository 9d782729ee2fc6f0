import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { careers, organizationName } from '../client.ts'
import { Header } from '../components/Header.tsx'
import { Posting } from '../components/Posting.tsx'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const truncate = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const posting = await careers.postingBySlug((await params).slug)
  if (!posting) return { title: 'Position not found' }
  return {
    description: truncate(posting.summaryPlain ?? posting.descriptionPlain ?? '', 160),
    title: `${posting.title} · ${organizationName}`,
  }
}

/** JSON inside <script> must not be able to close the tag. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

export default async function PostingPage({ params }: Props) {
  const posting = await careers.postingBySlug((await params).slug)
  if (!posting) notFound()
  return (
    <>
      <Header />
      <main className="page" id="main">
        <p>
          <a href="/careers">← All open positions</a>
        </p>
        <Posting posting={posting} />
        {posting.jobPostingJsonLd ? (
          <script dangerouslySetInnerHTML={{ __html: scriptSafeJson(posting.jobPostingJsonLd) }} type="application/ld+json" />
        ) : null}
      </main>
    </>
  )
}
