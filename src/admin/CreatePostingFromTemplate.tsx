'use client'
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { usePluginTranslation } from './usePluginTranslation.ts'

type Placeholder = { key: string; kind: 'bracket' | 'mustache' | 'years'; token: string; where: string }
type FieldError = { message: string; path: string }

/**
 * "Create posting from template", in a template's sidebar: one input per placeholder, then a new posting
 * draft through the instantiate endpoint, opened in the editor. Errors are shown beside their inputs.
 */
export function CreatePostingFromTemplate() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const t = usePluginTranslation()
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const rows = useFormFields(([fields]) => Number(fields.placeholders?.rows?.length ?? fields.placeholders?.value ?? 0))
  const placeholders = useFormFields(([fields]) =>
    Array.from({ length: rows }, (_, i) => ({
      key: fields[`placeholders.${i}.key`]?.value,
      kind: fields[`placeholders.${i}.kind`]?.value,
      token: fields[`placeholders.${i}.token`]?.value,
      where: fields[`placeholders.${i}.where`]?.value,
    })) as Placeholder[],
  )
  const unique = placeholders.filter((p, i) => p.key && placeholders.findIndex((q) => q.key === p.key) === i)
  const [values, setValues] = useState<Record<string, string>>({})
  const [title, setTitle] = useState('')
  const [errors, setErrors] = useState<FieldError[]>([])
  const [busy, setBusy] = useState(false)

  if (kind !== 'template' || !id) return null

  const create = async () => {
    setBusy(true)
    setErrors([])
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/instantiate`, {
      body: JSON.stringify({
        title: title || undefined,
        values: Object.fromEntries(unique.map((p) => [p.key, p.kind === 'years' ? Number(values[p.key]) || values[p.key] : values[p.key]])),
      }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = await response.json().catch(() => ({}))
    setBusy(false)
    if (response.status === 201) {
      router.push(`${config.routes.admin}/collections/${collectionSlug}/${body.doc.id}`)
      return
    }
    const details: FieldError[] = body.errors?.[0]?.data?.errors ?? [{ message: body.errors?.[0]?.message ?? t('createFailed'), path: '' }]
    setErrors(details)
  }

  const errorFor = (key: string) => errors.find((e) => e.path === `values.${key}`)?.message
  const general = errors.filter((e) => !unique.some((p) => e.path === `values.${p.key}`))

  return (
    <section aria-labelledby="create-posting" className="field-type" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }}>
      <h4 id="create-posting" style={{ marginTop: 0 }}>{t('createHeading')}</h4>
      <p style={{ color: 'var(--theme-elevation-500)' }}>
        {t('createHint')}
      </p>
      <label style={{ display: 'block', marginBottom: 12 }}>
        {t('createTitle')}
        <input className="field-type__input" onChange={(e) => setTitle(e.target.value)} style={{ display: 'block', width: '100%' }} value={title} />
      </label>
      {unique.map((p) => (
        <label key={p.key} style={{ display: 'block', marginBottom: 12 }}>
          {p.kind === 'years' ? t('createYearsFor', { where: p.where }) : `${p.token} (${p.where})`}
          <input
            aria-invalid={Boolean(errorFor(p.key))}
            inputMode={p.kind === 'years' ? 'numeric' : undefined}
            name={p.key}
            onChange={(e) => setValues({ ...values, [p.key]: e.target.value })}
            style={{ display: 'block', width: '100%' }}
            type={p.kind === 'years' ? 'number' : 'text'}
            value={values[p.key] ?? ''}
          />
          {errorFor(p.key) && <span role="alert" style={{ color: 'var(--theme-error-500)' }}>{errorFor(p.key)}</span>}
        </label>
      ))}
      {general.map((e) => (
        <p key={e.path + e.message} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {e.message}
        </p>
      ))}
      <Button buttonStyle="primary" disabled={busy} onClick={create}>
        {busy ? t('creating') : t('createHeading')}
      </Button>
    </section>
  )
}
