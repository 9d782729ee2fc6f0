import { defineConfig } from 'vitest/config'

// `npm run test:host`: the host-app test alone. It builds and serves its own host (test/host-app), so it needs
// neither this app's Next build (test/globalSetup.ts) nor the app's aliases. `npm test` runs it too.
export default defineConfig({
  test: {
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'test' },
    hookTimeout: 900_000,
    include: ['test/host-app.test.ts'],
    testTimeout: 900_000,
  },
})
