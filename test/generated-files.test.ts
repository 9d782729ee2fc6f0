import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

import { bin, root } from '../scripts/build'

/** Runs a Payload generator and tells whether it changed `file`, leaving the file as it was. */
const regenerates = async (command: string, file: string) => {
  const full = path.join(root, file)
  const committed = readFileSync(full, 'utf8')
  try {
    await promisify(execFile)(bin('payload'), [command], { cwd: root })
    return readFileSync(full, 'utf8')
  } finally {
    writeFileSync(full, committed)
  }
}

// A stale import map leaves custom admin fields out without an error; stale types mislead every caller.
it.each([
  ['generate:importmap', 'src/app/(payload)/admin/importMap.js'],
  ['generate:types', 'src/payload-types.ts'],
])('`payload %s` leaves %s unchanged (run `npm run generate` and commit)', async (command, file) => {
  expect(await regenerates(command, file)).toBe(readFileSync(path.join(root, file), 'utf8'))
}, 120_000)
