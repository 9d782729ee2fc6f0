'use client'
import { TextareaField, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { usePluginTranslation } from './usePluginTranslation.ts'

type Match = { id: number | string; score: number; text: string }

/**
 * The item's sentence, with the existing items that say the same or nearly the same thing listed under
 * it as the author types, so the library gains a reference instead of a copy.
 */
export const ItemTextField: TextareaFieldClientComponent = (props) => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const t = usePluginTranslation()
  const { value } = useField<string>({ path: props.path })
  const [matches, setMatches] = useState<Match[]>([])

  useEffect(() => {
    const text = (value ?? '').trim()
    if (text.length < 8) return setMatches([])
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ text, ...(id ? { exclude: String(id) } : {}) })
      try {
        const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/similar?${query}`, {
          credentials: 'include',
          signal: controller.signal,
        })
        if (response.ok) setMatches((await response.json()).matches)
      } catch {
        // typing on; the next request will tell
      }
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [collectionSlug, config.routes.api, config.serverURL, id, value])

  return (
    <div>
      <TextareaField {...props} />
      {matches.length > 0 && (
        <div aria-live="polite" role="status" style={{ marginTop: -8, marginBottom: 24 }}>
          <p style={{ fontWeight: 600, margin: '0 0 4px' }}>{t('similarHeading')}</p>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {matches.map((match) => (
              <li key={match.id}>
                <a href={`${config.routes.admin}/collections/${collectionSlug}/${match.id}`}>{match.text}</a>{' '}
                <span style={{ color: 'var(--theme-elevation-500)' }}>{t('percentAlike', { percent: Math.round(match.score * 100) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
