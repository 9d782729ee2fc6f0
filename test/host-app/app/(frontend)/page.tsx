import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** The host's own page, reading its own collection through the Local API beside the plugin. */
export default async function Home() {
  const payload = await getPayload({ config })
  const pages = await payload.find({ collection: 'pages', depth: 0, sort: 'title' })
  return (
    <main>
      <h1>Host app</h1>
      <ul id="pages">
        {pages.docs.map((page) => (
          <li key={page.id}>{page.title}</li>
        ))}
      </ul>
    </main>
  )
}
