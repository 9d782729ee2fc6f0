import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../../dev/scripts/build.ts'

export const seedDocumentsDir = path.resolve(root, '../shared/seed-documents')

/**
 * Lines of the source pages that became field labels rather than content: the template sample's
 * "Job Title:", "Department:" ... headings name our fields.
 */
const fieldLabels = new Set(['Job Title:', 'Department:', 'Reports to:', 'Summary:', 'Responsibilities:', 'Requirements:'])

/** Repairs made while seeding, each written down here so the check stays exact everywhere else. */
const repairs: [string, string][] = [['thew future', 'the future']]

/** Every sentence of both seed documents, as they should be found in the database. */
export const sourceSentences = (): { file: string; sentence: string }[] =>
  readdirSync(seedDocumentsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) =>
      readFileSync(path.join(seedDocumentsDir, file), 'utf8')
        .split('\n')
        .map((line) => line.replace(/^\s*•\s*/, '').trim())
        .filter((line) => line !== '' && !fieldLabels.has(line))
        .map((line) => repairs.reduce((text, [from, to]) => text.replace(from, to), line))
        .flatMap((line) => line.split(/(?<=[.?!])\s+(?=[A-Z[])/))
        .map((sentence) => ({ file, sentence })),
    )

/** Compared without white space: the source's "Purpose:Clearly" and stray non-breaking spaces don't count. */
export const squash = (text: string): string => text.replace(/\s+/gu, '')
