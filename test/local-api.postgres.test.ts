import { describe, it } from 'vitest'

import { postgresDatabase } from './helpers/databases'
import { localApiSuite } from './suites/localApi'

// .ci/run always sets TEST_POSTGRES_URL; locally: TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test npm test
const serverUrl = process.env.TEST_POSTGRES_URL

if (!serverUrl && process.env.CI) throw new Error('CI must run the PostgreSQL suite: set TEST_POSTGRES_URL')
if (serverUrl) localApiSuite('PostgreSQL', () => postgresDatabase(serverUrl))
else describe.skip('Local API on PostgreSQL (set TEST_POSTGRES_URL to run)', () => it('runs', () => {}))
