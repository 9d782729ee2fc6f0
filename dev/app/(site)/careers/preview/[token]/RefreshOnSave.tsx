'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview, the page renders again whenever the admin saves the document. The page is
 * rendered on the server, so a refresh of its route shows what was saved.
 *
 * Payload's live-preview protocol, written here because `@payloadcms/live-preview-react` has no release
 * for this Payload version and Payload refuses to start beside a mismatched `@payloadcms/*` package: the
 * frame tells its parent it is ready (`{ type: 'payload-live-preview', ready: true }`), and the admin then
 * posts `{ type: 'payload-document-event' }` after every save. Only messages from `serverURL`, the admin's
 * origin, are heard. test/careers.test.ts ("live preview") fails if Payload changes either message.
 */
export function RefreshOnSave({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === serverURL && (event.data as { type?: unknown } | null)?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage({ ready: true, type: 'payload-live-preview' }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}
