import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

import { bin, root } from '../dev/scripts/build.ts'

// The committed schema and generated types must be what the config and operations produce now.
it('graphql/schema.graphql, graphql/careers.graphql and graphql/generated/ are up to date (npm run graphql:check)', async () => {
  const result = await promisify(execFile)(bin('tsx'), ['dev/scripts/graphql.ts', '--check'], { cwd: root }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stderr: string; stdout: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  )
  expect(result.output).toContain('up to date')
  expect(result.code).toBe(0)
}, 120_000)
