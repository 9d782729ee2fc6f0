'use client'
import { Button, FieldLabel, useConfig, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import { useCallback, useEffect, useState } from 'react'

import type { PluginTranslationKey } from '../i18n/translations.ts'
import { stageKeys } from '../i18n/workflowKeys.ts'
import type { Stage } from '../workflow/stages.ts'
import { useLocalizedLabel, usePluginTranslation } from './usePluginTranslation.ts'
import type { LocalizedLabel } from './usePluginTranslation.ts'

/** A select option as the collection config has it: its label a string or one per language (`label('key')`). */
type Option = { label: LocalizedLabel; value: string }
type T = ReturnType<typeof usePluginTranslation>

/** What the plugin passes in `clientProps`: the configured slugs and what kind of item the list holds. */
export type ItemListClientProps = {
  /** Requirement categories, when the items are requirements (their level and category are edited here). */
  categories?: Option[]
  itemSlug: string
  jobDescriptionsSlug: string
  /** What the list holds: picks the sentences that name it ("New responsibility", "Add this FAQ"). */
  kind: ItemKind
  levels?: Option[]
  /** The item's own sentence: `text` for responsibilities and requirements, `question` for FAQs. */
  textField: 'question' | 'text'
}

type ItemKind = 'faq' | 'requirement' | 'responsibility'
type Id = number | string
type Item = { _status?: string; answerPlain?: string; category?: string; id: Id; level?: string; stage?: Stage } & Record<string, unknown>
type Match = { id: Id; score: number; text: string }

const idOf = (value: unknown): Id => (typeof value === 'object' && value !== null ? (value as { id: Id }).id : (value as Id))

/** A rich-text answer from a plain sentence, so an FAQ can be added inline (its answer is required). */
const plainToLexical = (text: string) => ({
  root: {
    children: [
      {
        children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

const errorOf = async (response: Response, t: T) => {
  const body = await response.json().catch(() => ({}))
  return (body.errors?.[0]?.message as string | undefined) ?? t('serverAnswered', { status: response.status })
}

/** The add form's sentences for each kind of item. */
const addKeys: Record<ItemKind, { add: PluginTranslationKey; new: PluginTranslationKey }> = {
  faq: { add: 'addFaq', new: 'newQuestion' },
  requirement: { add: 'addRequirement', new: 'newRequirement' },
  responsibility: { add: 'addResponsibility', new: 'newResponsibility' },
}

/** An item's review stage, or (for one saved before the workflow) Payload's `_status`. */
const stageKey = (item: Item): PluginTranslationKey | undefined =>
  item.stage ? stageKeys[item.stage] : item._status === 'draft' || item._status === 'published' ? stageKeys[item._status] : undefined

/** A select's options, each label in the admin's language. */
const Options = ({ options }: { options: Option[] }) => {
  const localized = useLocalizedLabel()
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {localized(option.label)}
        </option>
      ))}
    </>
  )
}

/**
 * A job description's responsibilities, requirements or FAQs as the sentences themselves, in order: drag
 * (or move) to reorder, edit a sentence in place, add one inline, remove one. The field's value stays the
 * relationship (item ids, in order), saved with the job description; a sentence's edit is the shared item's
 * own draft, saved through the REST API with the user's session, so the item's review guard applies, and an
 * author sees how many job descriptions share it and may fork a copy for this one instead.
 */
export function ItemListField(props: ItemListClientProps & RelationshipFieldClientProps) {
  const { categories, field, itemSlug, jobDescriptionsSlug, kind, levels, path: fieldPath, readOnly, textField } = props
  const path = fieldPath ?? field.name
  const { config } = useConfig()
  const t = usePluginTranslation()
  const localized = useLocalizedLabel()
  const api = `${config.serverURL}${config.routes.api}`
  const { setValue, value } = useField<unknown[] | null>({ path })
  const ids = (value ?? []).map(idOf)
  const [items, setItems] = useState<Record<string, Item>>({})
  const [dragged, setDragged] = useState<number | null>(null)
  const [error, setError] = useState('')
  const key = ids.join(',')

  // The items' newest drafts: what the author is working on, not only what candidates see.
  useEffect(() => {
    const missing = ids.filter((id) => !items[String(id)])
    if (missing.length === 0) return
    const query = new URLSearchParams({ depth: '0', draft: 'true', limit: String(missing.length) })
    missing.forEach((id, index) => query.set(`where[id][in][${index}]`, String(id)))
    void fetch(`${api}/${itemSlug}?${query}`, { credentials: 'include' })
      .then((response) => response.json())
      .then((body: { docs?: Item[] }) =>
        setItems((known) => ({ ...known, ...Object.fromEntries((body.docs ?? []).map((doc) => [String(doc.id), doc])) })),
      )
      .catch(() => setError(t('itemsLoadFailed')))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, itemSlug, key])

  const setIds = (next: Id[]) => setValue(next)
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return
    const next = [...ids]
    const [moved] = next.splice(from, 1)
    next.splice(to, 0, moved!)
    setIds(next)
  }
  const remember = (doc: Item) => setItems((known) => ({ ...known, [String(doc.id)]: doc }))

  const label = field.label ? localized(field.label as LocalizedLabel) : `${field.name[0]!.toUpperCase()}${field.name.slice(1)}`
  return (
    <div className="field-type" data-item-list={field.name} style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label ?? label} path={path} />
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <ol aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {ids.map((id, index) => (
          <li
            data-item-id={String(id)}
            draggable={!readOnly}
            key={String(id)}
            onDragOver={(event) => event.preventDefault()}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move'
              event.dataTransfer.setData('text/plain', String(index))
              setDragged(index)
            }}
            onDrop={(event) => {
              event.preventDefault()
              const from = dragged ?? Number(event.dataTransfer.getData('text/plain'))
              setDragged(null)
              move(from, index)
            }}
            style={{
              background: 'var(--theme-elevation-0)',
              border: '1px solid var(--theme-elevation-150)',
              borderRadius: 4,
              cursor: readOnly ? 'default' : 'grab',
              marginBottom: 8,
              opacity: dragged === index ? 0.5 : 1,
              padding: '8px 12px',
            }}
          >
            <ItemRow
              adminRoute={config.routes.admin}
              api={api}
              categories={categories}
              count={ids.length}
              field={field.name}
              index={index}
              item={items[String(id)]}
              itemSlug={itemSlug}
              jobDescriptionsSlug={jobDescriptionsSlug}
              levels={levels}
              onFork={(copy) => {
                remember(copy)
                setIds(ids.map((other) => (other === id ? copy.id : other)))
              }}
              onMove={(to) => move(index, to)}
              onRemove={() => setIds(ids.filter((other) => other !== id))}
              onSaved={remember}
              readOnly={Boolean(readOnly)}
              textField={textField}
            />
          </li>
        ))}
      </ol>
      {!readOnly && (
        <AddItem
          api={api}
          categories={categories}
          ids={ids}
          itemSlug={itemSlug}
          kind={kind}
          levels={levels}
          onAdd={(doc) => {
            if (typeof doc === 'object') remember(doc)
            const id = typeof doc === 'object' ? doc.id : doc
            if (!ids.includes(id)) setIds([...ids, id])
          }}
          textField={textField}
        />
      )}
    </div>
  )
}

type RowProps = {
  adminRoute: string
  api: string
  categories?: Option[]
  count: number
  field: string
  index: number
  item: Item | undefined
  itemSlug: string
  jobDescriptionsSlug: string
  levels?: Option[]
  onFork: (copy: Item) => void
  onMove: (to: number) => void
  onRemove: () => void
  onSaved: (doc: Item) => void
  readOnly: boolean
  textField: 'question' | 'text'
}

function ItemRow({ adminRoute, api, categories, count, field, index, item, itemSlug, jobDescriptionsSlug, levels, onFork, onMove, onRemove, onSaved, readOnly, textField }: RowProps) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  const [usedBy, setUsedBy] = useState<null | number>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const t = usePluginTranslation()
  const text = item ? String(item[textField] ?? '') : ''

  const startEditing = useCallback(async () => {
    if (!item) return
    setDraft(text)
    setEditing(true)
    const query = new URLSearchParams({ depth: '0', draft: 'true', limit: '1', [`where[${field}][in][0]`]: String(item.id) })
    const body = await fetch(`${api}/${jobDescriptionsSlug}?${query}`, { credentials: 'include' }).then((response) => response.json())
    setUsedBy(typeof body.totalDocs === 'number' ? body.totalDocs : null)
  }, [api, field, item, jobDescriptionsSlug, text])

  /** The shared item's draft, changed for every job description that uses it. */
  const patch = async (data: Record<string, unknown>) => {
    if (!item) return false
    setBusy(true)
    setError('')
    const response = await fetch(`${api}/${itemSlug}/${item.id}?draft=true&depth=0`, {
      body: JSON.stringify(data),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'PATCH',
    })
    setBusy(false)
    if (!response.ok) {
      setError(await errorOf(response, t))
      return false
    }
    onSaved((await response.json()).doc)
    return true
  }

  /** A new item with the edited sentence, for this job description alone. */
  const fork = async () => {
    if (!item) return
    setBusy(true)
    setError('')
    // The item's own fields only: renderings and workflow fields are the server's to set.
    const copied = ['answer', 'audience', 'category', 'level', 'minimumYears', 'tags'].filter((name) => item[name] != null)
    const rest = Object.fromEntries(copied.map((name) => [name, item[name]]))
    const response = await fetch(`${api}/${itemSlug}?draft=true&depth=0`, {
      body: JSON.stringify({ ...rest, [textField]: draft }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!response.ok) return setError(await errorOf(response, t))
    onFork((await response.json()).doc)
    setEditing(false)
  }

  if (!item) return <p style={{ margin: 0 }}>{t('loading')}</p>
  const position = `${index + 1}`
  const stage = stageKey(item)
  return (
    <div>
      <div style={{ alignItems: 'flex-start', display: 'flex', gap: 8 }}>
        <span aria-hidden style={{ color: 'var(--theme-elevation-400)', userSelect: 'none' }}>
          ⠿ {position}.
        </span>
        <div style={{ flex: 1 }}>
          {editing ? (
            <textarea
              aria-label={t('itemText', { position })}
              onChange={(event) => setDraft(event.target.value)}
              rows={3}
              style={{ display: 'block', width: '100%' }}
              value={draft}
            />
          ) : (
            <p className="item-text" style={{ fontWeight: textField === 'question' ? 600 : undefined, margin: 0 }}>
              {text}
            </p>
          )}
          {typeof item.answerPlain === 'string' && !editing && <p style={{ margin: '4px 0 0' }}>{item.answerPlain}</p>}
        </div>
      </div>
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
        {levels && (
          <select aria-label={t('itemLevel', { position })} disabled={readOnly || busy} onChange={(event) => void patch({ level: event.target.value })} value={item.level ?? ''}>
            <Options options={levels} />
          </select>
        )}
        {categories && (
          <select aria-label={t('itemCategory', { position })} disabled={readOnly || busy} onChange={(event) => void patch({ category: event.target.value })} value={item.category ?? ''}>
            <Options options={categories} />
          </select>
        )}
        <span style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>
          {stage ? t(stage) : item._status}
        </span>
        {!readOnly && !editing && (
          <>
            <Button buttonStyle="subtle" margin={false} onClick={() => void startEditing()} size="small">
              {t('editText')}
            </Button>
            <Button aria-label={t('moveItemUp', { position })} buttonStyle="subtle" disabled={index === 0} margin={false} onClick={() => onMove(index - 1)} size="small">
              ↑
            </Button>
            <Button aria-label={t('moveItemDown', { position })} buttonStyle="subtle" disabled={index === count - 1} margin={false} onClick={() => onMove(index + 1)} size="small">
              ↓
            </Button>
            <Button buttonStyle="subtle" margin={false} onClick={onRemove} size="small">
              {t('remove')}
            </Button>
          </>
        )}
        <a href={`${adminRoute}/collections/${itemSlug}/${item.id}`} style={{ fontSize: 12 }}>
          {t('open')}
        </a>
      </div>
      {editing && (
        <div style={{ marginTop: 8 }}>
          <p role="status" style={{ margin: '0 0 6px' }}>
            {usedBy === null ? t('countingUses') : t(usedBy === 1 ? 'usedByOne' : 'usedByMany', { count: usedBy })}
          </p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <Button
              disabled={busy || draft.trim() === ''}
              margin={false}
              onClick={async () => {
                if (await patch({ [textField]: draft })) setEditing(false)
              }}
              size="small"
            >
              {t('saveText')}
            </Button>
            <Button buttonStyle="secondary" disabled={busy || draft.trim() === ''} margin={false} onClick={() => void fork()} size="small">
              {t('forkCopy')}
            </Button>
            <Button buttonStyle="subtle" disabled={busy} margin={false} onClick={() => setEditing(false)} size="small">
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '6px 0 0' }}>
          {error}
        </p>
      )}
    </div>
  )
}

type AddProps = {
  api: string
  categories?: Option[]
  ids: Id[]
  itemSlug: string
  kind: ItemKind
  levels?: Option[]
  onAdd: (doc: Id | Item) => void
  textField: 'question' | 'text'
}

/** A new sentence typed in place, with the library's near-copies offered first (as ItemTextField does). */
function AddItem({ api, categories, ids, itemSlug, kind, levels, onAdd, textField }: AddProps) {
  const t = usePluginTranslation()
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState('')
  const [level, setLevel] = useState(levels?.[0]?.value ?? '')
  const [category, setCategory] = useState(categories?.find((option) => option.value === 'other')?.value ?? categories?.[0]?.value ?? '')
  const [matches, setMatches] = useState<Match[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const faq = textField === 'question'

  useEffect(() => {
    const typed = text.trim()
    // FAQs have no similarity endpoint: questions are few and phrased per audience.
    if (faq || typed.length < 8) return setMatches([])
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${api}/${itemSlug}/similar?${new URLSearchParams({ text: typed })}`, { credentials: 'include', signal: controller.signal })
        if (response.ok) setMatches((await response.json()).matches)
      } catch {
        // typing on; the next request will tell
      }
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, faq, itemSlug, text])

  const add = async () => {
    setBusy(true)
    setError('')
    const data: Record<string, unknown> = { [textField]: text.trim() }
    if (faq) data.answer = plainToLexical(answer.trim())
    if (levels) data.level = level
    if (categories) data.category = category
    const response = await fetch(`${api}/${itemSlug}?draft=true&depth=0`, {
      body: JSON.stringify(data),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    setBusy(false)
    if (!response.ok) return setError(await errorOf(response, t))
    onAdd((await response.json()).doc)
    setText('')
    setAnswer('')
  }

  return (
    <div style={{ borderTop: '1px dashed var(--theme-elevation-150)', paddingTop: 8 }}>
      <label style={{ display: 'block' }}>
        {t(addKeys[kind].new)}
        <textarea onChange={(event) => setText(event.target.value)} rows={2} style={{ display: 'block', width: '100%' }} value={text} />
      </label>
      {faq && (
        <label style={{ display: 'block', marginTop: 6 }}>
          {t('itsAnswer')}
          <textarea onChange={(event) => setAnswer(event.target.value)} rows={2} style={{ display: 'block', width: '100%' }} value={answer} />
        </label>
      )}
      {matches.length > 0 && (
        <div aria-live="polite" role="status" style={{ marginTop: 6 }}>
          <p style={{ fontWeight: 600, margin: '0 0 4px' }}>{t('similarHeading')}</p>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {matches.map((match) => (
              <li key={match.id}>
                {match.text} <span style={{ color: 'var(--theme-elevation-500)' }}>{t('percentAlike', { percent: Math.round(match.score * 100) })}</span>{' '}
                <Button buttonStyle="subtle" disabled={ids.includes(match.id)} margin={false} onClick={() => onAdd(match.id)} size="small">
                  {ids.includes(match.id) ? t('alreadyListed') : t('useThisOne')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
        {levels && (
          <select aria-label={t('newItemLevel')} onChange={(event) => setLevel(event.target.value)} value={level}>
            <Options options={levels} />
          </select>
        )}
        {categories && (
          <select aria-label={t('newItemCategory')} onChange={(event) => setCategory(event.target.value)} value={category}>
            <Options options={categories} />
          </select>
        )}
        <Button disabled={busy || text.trim() === '' || (faq && answer.trim() === '')} margin={false} onClick={() => void add()} size="small">
          {t(addKeys[kind].add)}
        </Button>
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '6px 0 0' }}>
          {error}
        </p>
      )}
    </div>
  )
}
