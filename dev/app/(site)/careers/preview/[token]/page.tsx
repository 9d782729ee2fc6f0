import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { CareersClientError } from 'payload-plugin-job-descriptions/careers'
import { careers, postingPageUrl } from '../../client.ts'
import { Header } from '../../components/Header.tsx'
import { Posting } from '../../components/Posting.tsx'
import { labelsOf } from '../../format.ts'
import { pageLocale } from '../../listQuery.ts'
import type { SearchParams } from '../../listQuery.ts'
import { withLocale } from '../../locale.ts'
import { words } from '../../words.ts'
import { RefreshOnSave } from './RefreshOnSave.tsx'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { follow: false, index: false }, title: 'Preview' }

type Props = { params: Promise<{ token: string }>; searchParams: Promise<SearchParams> }

/** A draft as its careers page will look, for whoever holds a valid preview link from the admin. */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { token } = await params
  const locale = pageLocale(await searchParams)
  const text = words[locale]
  const [posting, menus] = await Promise.all([
    careers.preview(decodeURIComponent(token), { locale, siteUrl: postingPageUrl }).catch((error: unknown) => {
      // FORBIDDEN: a forged or expired token. Anything else is a real failure, and the error page's.
      if (error instanceof CareersClientError && error.codes.includes('FORBIDDEN')) return error
      throw error
    }),
    careers.facets({ locale }),
  ])
  // The admin that frames this page in its live preview is this app: its origin is the request's.
  const requestHeaders = await headers()
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host')}`
  return (
    <>
      <RefreshOnSave serverURL={origin} />
      <Header hrefFor={(to) => withLocale(`/careers/preview/${token}`, to)} locale={locale} />
      <main className="page" id="main" lang={locale}>
        {posting instanceof CareersClientError || !posting ? (
          <p className="notice error" role="alert">
            {posting instanceof CareersClientError ? text.previewInvalid : text.nothingToPreview}
          </p>
        ) : (
          <>
            <p className="notice" role="status">
              {text.previewNotice}
            </p>
            {/* A draft is not open, so careersFaqs does not know it: its own FAQs, as the draft has them. */}
            <Posting faqs={posting.faqs} labels={labelsOf(menus)} locale={locale} posting={posting} />
          </>
        )}
      </main>
    </>
  )
}
