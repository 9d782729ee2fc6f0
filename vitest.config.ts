import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    // One copy of graphql for Payload and the tests, or GraphQL rejects "a schema from another realm".
    alias: [
      { find: /^graphql$/, replacement: path.resolve(dirname, 'node_modules/graphql/index.js') },
      { find: '@payload-config', replacement: path.resolve(dirname, 'src/payload.config.ts') },
    ],
  },
  test: {
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'test' },
    globalSetup: ['test/globalSetup.ts'],
    hookTimeout: 300_000,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
