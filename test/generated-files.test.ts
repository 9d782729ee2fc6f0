import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

import { bin, root } from '../dev/scripts/build.ts'

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
  ['generate:importmap', 'dev/app/(payload)/admin/importMap.js'],
  ['generate:types', 'dev/payload-types.ts'],
])('`payload %s` leaves %s unchanged (run `npm run generate` and commit)', async (command, file) => {
  expect(await regenerates(command, file)).toBe(readFileSync(path.join(root, file), 'utf8'))
}, 120_000)

// The plugin's own document types: the app's, without the `declare module 'payload'` a host must not get.
it('dev/scripts/plugin-types.ts --check: src/generated/documents.ts is current and declares nothing', async () => {
  const result = await promisify(execFile)(bin('tsx'), ['dev/scripts/plugin-types.ts', '--check'], { cwd: root }).then(
    () => '',
    (error: { stderr?: string }) => error.stderr ?? String(error),
  )
  expect(result).toBe('')
  expect(readFileSync(path.join(root, 'src/generated/documents.ts'), 'utf8')).not.toMatch(/declare module/)
}, 120_000)
