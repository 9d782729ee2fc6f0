import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de as payloadDe } from '@payloadcms/translations/languages/de'
import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { jobDescriptionsPlugin } from '../src'
import { de, en } from '../src/i18n/translations'
import { testSecret } from './helpers/payload'

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

const hostTranslations = {
  de: { app: { greeting: 'Hallo' }, jobDescriptions: { approve: 'Genehmigen' } },
  en: { app: { greeting: 'Hello' } },
}

const hostConfig = (): Config => ({
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  editor: lexicalEditor(),
  i18n: { supportedLanguages: { de: payloadDe, en: payloadEn }, translations: hostTranslations },
  secret: testSecret,
  telemetry: false,
})

type Strings = Record<string, Record<string, Record<string, string>>>

describe('the plugin’s admin strings', () => {
  it('ships English and German for every key, none empty', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
    for (const table of [en, de]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('')
    expect(de.approve).toBe('Freigeben')
  })

  it('merges them into the host’s i18n, keeping the host’s own strings and wording, without touching the host config', async () => {
    const host = deepFreeze(hostConfig())
    const before = JSON.stringify(host.i18n)
    const config = jobDescriptionsPlugin()(host)
    expect(JSON.stringify(host.i18n)).toBe(before)

    const merged = config.i18n!.translations as Strings
    expect(merged.en!.app!.greeting).toBe('Hello')
    expect(merged.de!.app!.greeting).toBe('Hallo')
    expect(merged.en!.jobDescriptions!.approve).toBe('Approve')
    expect(merged.de!.jobDescriptions!.approve).toBe('Genehmigen') // the host's rewording wins
    expect(merged.de!.jobDescriptions!.review).toBe('Prüfung')
    expect(config.i18n!.supportedLanguages).toBe(host.i18n!.supportedLanguages)

    // And so after Payload sanitizes the config, which is what the admin reads.
    const sanitized = await buildConfig(config)
    const translations = sanitized.i18n.translations as Strings
    expect(translations.de!.app!.greeting).toBe('Hallo')
    expect(translations.de!.jobDescriptions!.diffHeading).toBe('Änderungen gegenüber der veröffentlichten Version')
  })

  it('labels the collections in both languages', () => {
    const config = jobDescriptionsPlugin()(hostConfig())
    const jobs = config.collections!.find((collection) => collection.slug === 'job-descriptions')!
    expect(jobs.labels).toEqual({
      plural: { de: 'Stellenbeschreibungen', en: 'Job descriptions' },
      singular: { de: 'Stellenbeschreibung', en: 'Job description' },
    })
  })
})
