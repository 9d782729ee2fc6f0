'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Approval } from '../generated/documents.ts'
import { actionKeys, stageKeys } from '../i18n/workflowKeys.ts'
import { usePluginTranslation } from './usePluginTranslation.ts'
import { ReviewDiffSection } from './ReviewDiffSection.tsx'
import type { PinnedItem, ReviewDiff } from '../workflow/reviewDiff.ts'
import type { Action, Stage } from '../workflow/stages.ts'

type Revision = { id: number | string }

/**
 * The review workflow in a document's sidebar: its stage, the moves the signed-in user may make now (each
 * button only for the roles that may use it), HR's comment box, a link to Payload's diff of the revision
 * under review against the published one, and the latest entries of the audit trail.
 *
 * Who reviews is the server's answer, not a role name read here: `hasPublishPermission` is Payload's call
 * of the collection's update access with `_status: 'published'`, i.e. `draftsOrHR`, which asks the role
 * model the host configured (the `access` option). The approvals slug comes from the field's clientProps.
 */
export function WorkflowPanel({ approvalsSlug }: { approvalsSlug: string }) {
  const { collectionSlug, hasPublishedDoc, hasPublishPermission, id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const t = usePluginTranslation()
  const modified = useFormModified()
  const stage = (useFormFields(([fields]) => fields.stage?.value) ?? 'draft') as Stage
  const [latest, setLatest] = useState<Revision | null>(null)
  const [history, setHistory] = useState<Approval[]>([])
  const [comment, setComment] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  // The item revisions shown in the comparison, which approve and request changes name (see transition.ts).
  const [pinned, setPinned] = useState<PinnedItem[] | null>(null)
  const onDiff = useCallback((diff: null | ReviewDiff) => setPinned(diff?.pinned ?? []), [])
  const api = `${config.serverURL}${config.routes.api}/${collectionSlug}`

  const load = useCallback(async () => {
    if (!id) return
    const [versions, entries] = await Promise.all([
      fetch(`${api}/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&depth=0`, { credentials: 'include' }).then((r) => r.json()),
      fetch(
        `${config.serverURL}${config.routes.api}/${approvalsSlug}?where[documentId][equals]=${id}&where[collectionSlug][equals]=${collectionSlug}&sort=-createdAt&limit=5&depth=0`,
        { credentials: 'include' },
      ).then((r) => r.json()),
    ])
    setLatest(versions.docs?.[0] ?? null)
    setHistory(entries.docs ?? [])
  }, [api, approvalsSlug, collectionSlug, config, id])

  useEffect(() => {
    void load()
  }, [load, stage])

  if (!id || !user) return null
  const hr = Boolean(hasPublishPermission)

  const move = async (action: Action) => {
    setBusy(true)
    setError('')
    const response = await fetch(`${api}/${id}/workflow`, {
      body: JSON.stringify({
        action,
        comment: comment || undefined,
        items: action === 'approve' || action === 'request_changes' ? (pinned ?? undefined) : undefined,
        versionId: latest ? String(latest.id) : undefined,
      }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = await response.json().catch(() => ({}))
    if (!response.ok) {
      setBusy(false)
      setError(body.errors?.[0]?.message ?? t('serverAnswered', { status: response.status }))
      return
    }
    // The form, the status pill and the version list all change: load the document afresh.
    window.location.reload()
  }

  const buttons: { action: Action; label: string; show: boolean; style?: 'primary' | 'secondary' }[] = [
    { action: 'submit', label: t('submit'), show: stage === 'draft' || stage === 'changes_requested' },
    { action: 'approve', label: t('approve'), show: hr && stage === 'in_review' },
    { action: 'request_changes', label: t('requestChanges'), show: hr && stage === 'in_review', style: 'secondary' },
    { action: 'publish', label: t('publishApproved'), show: hr && stage === 'approved' },
    { action: 'unpublish', label: t('unpublish'), show: hr && Boolean(hasPublishedDoc), style: 'secondary' },
  ]
  const shown = buttons.filter((button) => button.show)
  // From the latest entries (newest first): who sent this for review, and what HR last said about it.
  const submitted = history.find((entry) => entry.action === 'submit')
  const hrComment = history.find((entry) => entry.comment && (entry.action === 'request_changes' || entry.action === 'approve'))

  return (
    <section aria-label={t('review')} className="field-type" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 24, padding: 16 }}>
      <h4 style={{ marginTop: 0 }}>
        {t('review')}: <span data-stage={stage}>{t(stageKeys[stage])}</span>
      </h4>
      {submitted && (
        <p data-submitted-by style={{ margin: '0 0 8px' }}>
          {t('submittedBy', { when: new Date(submitted.createdAt).toLocaleString(), who: submitted.byEmail ?? t('theSystem') })}
        </p>
      )}
      {hrComment && (
        <blockquote aria-label={t('hrLastComment')} style={{ margin: '0 0 12px' }}>
          {t('hrSays', { comment: hrComment.comment ?? '' })}
        </blockquote>
      )}
      {modified && shown.length > 0 && (
        <p style={{ color: 'var(--theme-warning-500)' }}>{t('saveFirst')}</p>
      )}
      {hr && stage === 'in_review' && (
        <>
          {latest && <ReviewDiffSection api={api} id={id} onLoaded={onDiff} versionId={latest.id} />}
          {latest && (
            <p>
              <a href={`${config.routes.admin}/collections/${collectionSlug}/${id}/versions/${latest.id}`}>
                {t('compareLink')}
              </a>
            </p>
          )}
          <label style={{ display: 'block', marginBottom: 12 }}>
            {t('commentForAuthor')}
            <textarea name="workflow-comment" onChange={(e) => setComment(e.target.value)} rows={3} style={{ display: 'block', width: '100%' }} value={comment} />
          </label>
        </>
      )}
      {shown.map((button) => (
        <Button
          buttonStyle={button.style ?? 'primary'}
          // HR decides on what the comparison showed: not before it has loaded.
          disabled={busy || modified || !latest || ((button.action === 'approve' || button.action === 'request_changes') && !pinned)}
          key={button.action} onClick={() => void move(button.action)} size="medium">
          {button.label}
        </Button>
      ))}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {history.length > 0 && (
        <ol aria-label={t('reviewHistory')} style={{ margin: '12px 0 0', paddingLeft: 18 }}>
          {history.map((entry) => (
            <li key={entry.id}>
              {t('byWhom', { action: t(actionKeys[entry.action]), when: new Date(entry.createdAt).toLocaleString(), who: entry.byEmail ?? t('theSystem') })}
              {entry.comment && <blockquote style={{ margin: '4px 0' }}>{entry.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
