import type { Metadata } from 'next'

import { CareersClientError } from 'payload-plugin-job-descriptions/careers'
import { careers } from '../../client.ts'
import { Header } from '../../components/Header.tsx'
import { Posting } from '../../components/Posting.tsx'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { follow: false, index: false }, title: 'Preview' }

type Props = { params: Promise<{ token: string }> }

/** A draft as its careers page will look, for whoever holds a valid preview link from the admin. */
export default async function PreviewPage({ params }: Props) {
  const { token } = await params
  const posting = await careers.preview(decodeURIComponent(token)).catch((error: unknown) => {
    if (error instanceof CareersClientError) return error
    throw error
  })
  return (
    <>
      <Header />
      <main className="page" id="main">
        {posting instanceof CareersClientError || !posting ? (
          <p className="notice error" role="alert">
            {posting instanceof CareersClientError ? posting.message : 'Nothing to preview.'}
          </p>
        ) : (
          <>
            <p className="notice" role="status">
              Preview of the latest revision, which may not be published. Candidates do not see this page.
            </p>
            <Posting posting={posting} />
          </>
        )}
      </main>
    </>
  )
}
