import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    // One copy of graphql for Payload and the tests, or GraphQL rejects "a schema from another realm".
    alias: [
      { find: /^graphql$/, replacement: path.resolve(dirname, 'node_modules/graphql/index.js') },
      { find: '@payload-config', replacement: path.resolve(dirname, 'dev/payload.config.ts') },
      // The app and the tests import the plugin by its package name, as a host does; here, from source.
      ...['careers', 'admin', 'server', 'sqlite', 'postgres'].map((entry) => ({
        find: `payload-plugin-job-descriptions/${entry}`,
        replacement: path.resolve(dirname, entry === 'careers' || entry === 'admin' ? `src/${entry}/index.ts` : `src/${entry}.ts`),
      })),
      { find: /^payload-plugin-job-descriptions$/, replacement: path.resolve(dirname, 'src/index.ts') },
    ],
  },
  test: {
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'test' },
    hookTimeout: 300_000,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
