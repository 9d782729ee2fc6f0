'use client'
import { useEffect, useState } from 'react'

import { usePluginTranslation } from './usePluginTranslation.ts'

import type { DiffPart, ReviewDiff } from '../workflow/reviewDiff.ts'

/** One word diff: removed words struck through in red, added ones underlined in green. */
const Parts = ({ parts }: { parts: DiffPart[] }) => (
  <>
    {parts.map((part, index) =>
      part.added ? (
        <ins key={index} style={{ background: 'var(--theme-success-100)', textDecoration: 'underline' }}>
          {part.value}
        </ins>
      ) : part.removed ? (
        <del key={index} style={{ background: 'var(--theme-error-100)' }}>
          {part.value}
        </del>
      ) : (
        <span key={index}>{part.value}</span>
      ),
    )}
  </>
)

/**
 * HR's text comparison of the revision under review with the published posting, from the review-diff
 * endpoint: each changed field, and each item added, removed or edited since it was published (shared
 * items included, which Payload's version view of the posting cannot show).
 */
export function ReviewDiffSection({
  api,
  id,
  onLoaded,
  versionId,
}: {
  api: string
  id: number | string
  /**
   * Told the comparison once it is shown (the Review panel approves the item revisions it pins), or null
   * when it could not be loaded (the panel then lets HR go on, and the server names any item it needs).
   */
  onLoaded?: (diff: null | ReviewDiff) => void
  versionId: number | string
}) {
  const t = usePluginTranslation()
  const failed = t('diffFailed')
  const [diff, setDiff] = useState<ReviewDiff | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    let live = true
    void fetch(`${api}/${id}/review-diff?versionId=${encodeURIComponent(String(versionId))}`, { credentials: 'include' }).then(async (response) => {
      const body = await response.json().catch(() => ({}))
      if (!live) return
      if (response.ok) {
        setDiff(body as ReviewDiff)
        onLoaded?.(body as ReviewDiff)
      } else {
        setError(`${failed}: ${body.errors?.[0]?.message ?? response.status}`)
        onLoaded?.(null)
      }
    }, (reason: unknown) => {
      // The network, not the server: say so, and let the panel go on.
      if (!live) return
      setError(`${failed}: ${String(reason)}`)
      onLoaded?.(null)
    })
    return () => {
      live = false
    }
  }, [api, failed, id, onLoaded, versionId])

  if (error) return <p role="alert">{error}</p>
  if (!diff) return <p>{t('diffLoading')}</p>
  const changeLabel = { added: t('diffAdded'), changed: t('diffChanged'), removed: t('diffRemoved') }
  const empty = diff.fields.length === 0 && diff.items.length === 0
  return (
    <section aria-label={t('diffHeading')} style={{ marginBottom: 12 }}>
      <h5 style={{ margin: '0 0 8px' }}>{t('diffHeading')}</h5>
      {!diff.published && <p>{t('diffNotPublished')}</p>}
      {empty && <p>{t('diffNoChanges')}</p>}
      <dl style={{ margin: 0 }}>
        {diff.fields.map((field) => (
          <div data-field={field.name} key={field.name} style={{ marginBottom: 8 }}>
            <dt style={{ fontWeight: 600 }}>{field.label}</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              <Parts parts={field.parts} />
            </dd>
          </div>
        ))}
        {diff.items.map((item) => (
          <div data-change={item.change} data-item={`${item.field}:${item.id}`} key={`${item.field}:${item.id}`} style={{ marginBottom: 8 }}>
            <dt style={{ fontWeight: 600 }}>
              {item.fieldLabel}: {changeLabel[item.change]}
            </dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              <Parts parts={item.parts} />
            </dd>
            {item.stage === 'in_review' && (
              <dd data-with-posting style={{ color: 'var(--theme-elevation-600)', margin: '4px 0 0' }}>
                {t('diffWithPosting')}
              </dd>
            )}
            {item.sharedWith > 0 && (
              <dd data-shared-with={item.sharedWith} style={{ color: 'var(--theme-warning-600)', margin: '4px 0 0' }}>
                {t('diffShared', { count: item.sharedWith })}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  )
}
