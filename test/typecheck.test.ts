import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

import { bin, root } from '../scripts/build'

// The whole repository against the generated types (payload-types.ts): a config change that leaves
// code or tests behind fails here.
it('type-checks with tsc --noEmit', async () => {
  const result = await promisify(execFile)(bin('tsc'), ['--noEmit', '--pretty', 'false'], { cwd: root }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  )
  expect(result).toBe('')
}, 180_000)
