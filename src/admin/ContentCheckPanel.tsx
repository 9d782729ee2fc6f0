'use client'
import { useAllFormFields, useConfig, useForm } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { contentCheck } from '../contentCheck/contentCheck.ts'
import { contentNotes } from '../contentCheck/notes.ts'
import type { ContentNote, ContentNoteGroup } from '../contentCheck/notes.ts'
import type { JobDescription, Requirement, Responsibility } from '../generated/documents.ts'
import { label } from '../i18n/translations.ts'
import type { PluginTranslationKey } from '../i18n/translations.ts'
import { richTextToPlain } from '../render/richTextPlain.ts'
import { useLocalizedLabel, usePluginTranslation } from './usePluginTranslation.ts'

/**
 * The tab each linked field is in (the key of its label, collections/JobDescriptions.ts): a field on a tab
 * not shown has no element until its tab is opened.
 */
const tabOf: Record<string, PluginTranslationKey> = {
  applyUrl: 'tabEmployment',
  employmentType: 'tabEmployment',
  faqs: 'tabDescription',
  locations: 'tabEmployment',
  overview: 'tabDescription',
  requirements: 'tabDescription',
  responsibilities: 'tabDescription',
  salary: 'tabEmployment',
  summary: 'tabDescription',
  validThrough: 'tabEmployment',
}

const fieldElement = (path: string) =>
  document.getElementById(`field-${path}`) ?? document.querySelector<HTMLElement>(`[id^="field-${path}"]`)

/** Opens the field's tab if need be (`tabLabel`, as the admin shows it), then scrolls to the field and focuses it. */
const reveal = (path: string, tabLabel: string | undefined) => {
  if (!fieldElement(path) && tabLabel) {
    const tab = [...document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')].find((button) => button.textContent?.trim() === tabLabel)
    tab?.click()
  }
  requestAnimationFrame(() => {
    const element = fieldElement(path)
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    element?.focus({ preventScroll: true })
  })
}

type Id = number | string
type Props = { requirementsSlug: string; responsibilitiesSlug: string }

/**
 * The content check as the author types: the same pure check the server runs on save (which stays the
 * record), run on the form's data after a pause in typing, its findings grouped, in full sentences, each
 * linking to the field it is about.
 */
export function ContentCheckPanel({ requirementsSlug, responsibilitiesSlug }: Props) {
  const { config } = useConfig()
  const t = usePluginTranslation()
  const localized = useLocalizedLabel()
  const { getData } = useForm()
  const [fields] = useAllFormFields()
  const [groups, setGroups] = useState<ContentNoteGroup[] | null>(null)
  const [items, setItems] = useState<Record<string, Requirement | Responsibility>>({})
  const api = `${config.serverURL}${config.routes.api}`
  const idsOf = (value: unknown): Id[] =>
    Array.isArray(value) ? value.map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { id: Id }).id : (entry as Id))) : []
  const responsibilityIds = idsOf(fields.responsibilities?.value)
  const requirementIds = idsOf(fields.requirements?.value)
  const idsKey = `${responsibilityIds.join(',')}|${requirementIds.join(',')}`

  // The items' newest drafts, loaded when the lists change.
  useEffect(() => {
    const load = async (slug: string, ids: Id[]) => {
      const missing = ids.filter((id) => !items[`${slug}:${id}`])
      if (missing.length === 0) return []
      const query = new URLSearchParams({ depth: '0', draft: 'true', limit: String(missing.length) })
      missing.forEach((id, index) => query.set(`where[id][in][${index}]`, String(id)))
      const body = await fetch(`${api}/${slug}?${query}`, { credentials: 'include' }).then((response) => response.json())
      return ((body.docs ?? []) as (Requirement | Responsibility)[]).map((doc) => [`${slug}:${doc.id}`, doc] as const)
    }
    void Promise.all([load(responsibilitiesSlug, responsibilityIds), load(requirementsSlug, requirementIds)])
      .then(([a, b]) => (a.length + b.length > 0 ? setItems((known) => ({ ...known, ...Object.fromEntries([...a, ...b]) })) : undefined))
      .catch(() => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, idsKey, requirementsSlug, responsibilitiesSlug])

  useEffect(() => {
    const timer = setTimeout(() => {
      const job = getData() as Partial<JobDescription>
      const responsibilities = responsibilityIds.flatMap((id) => (items[`${responsibilitiesSlug}:${id}`] as Responsibility | undefined) ?? [])
      const requirements = requirementIds.flatMap((id) => (items[`${requirementsSlug}:${id}`] as Requirement | undefined) ?? [])
      const result = contentCheck(job, { requirements, responsibilities })
      setGroups(
        contentNotes(result, [
          { field: 'title', text: job.title ?? '' },
          { field: 'summary', text: richTextToPlain(job.summary) },
          { field: 'overview', text: richTextToPlain(job.overview) },
          { field: 'responsibilities', text: responsibilities.map((item) => item.text).join('\n') },
          { field: 'requirements', text: requirements.map((item) => item.text).join('\n') },
        ]),
      )
    }, 400)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, items])

  const sentence = (note: ContentNote) =>
    t(note.key, { ...note.values, ...Object.fromEntries(Object.entries(note.translated ?? {}).map(([name, key]) => [name, t(key)])) })
  return (
    <section aria-label={t('checkHeading')} className="field-type" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 4px' }}>{t('checkHeading')}</h4>
      <p style={{ color: 'var(--theme-elevation-500)', margin: '0 0 8px' }}>{t('checkHint')}</p>
      {groups === null ? (
        <p>{t('checkChecking')}</p>
      ) : groups.length === 0 ? (
        <p role="status">{t('checkNothing')}</p>
      ) : (
        groups.map((group) => (
          <div data-check-group={group.id} key={group.id} style={{ marginBottom: 8 }}>
            <p style={{ fontWeight: 600, margin: '0 0 2px' }}>{t(group.title)}</p>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {group.notes.map((note) => {
                const text = sentence(note)
                const tab = tabOf[note.field]
                return (
                  <li key={text}>
                    {text}{' '}
                    <a
                      href={`#field-${note.field}`}
                      onClick={(event) => {
                        event.preventDefault()
                        reveal(note.field, tab && localized(label(tab)))
                      }}
                    >
                      {t('checkGoTo', { field: note.field })}
                    </a>
                  </li>
                )
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}
