import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

import { bin, root } from '../dev/scripts/build.ts'

const tsc = (args: string[]) =>
  promisify(execFile)(bin('tsc'), [...args, '--pretty', 'false'], { cwd: root }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  )

// The whole repository against the app's generated types (dev/payload-types.ts): a config change that
// leaves code or tests behind fails here.
it('type-checks with tsc --noEmit', async () => {
  expect(await tsc(['--noEmit'])).toBe('')
}, 180_000)

// The plugin alone, as `npm run build` compiles it: without the app's `declare module 'payload'`, so
// with Payload's own types, which is what a host with other collections and slugs gives it.
it('type-checks the plugin without the app (tsconfig.build.json)', async () => {
  expect(await tsc(['-p', 'tsconfig.build.json', '--noEmit'])).toBe('')
}, 180_000)
