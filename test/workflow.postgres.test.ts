import { describe, it } from 'vitest'

import { postgresDatabase } from './helpers/databases'
import { workflowSuite } from './suites/workflow'

const serverUrl = process.env.TEST_POSTGRES_URL

if (!serverUrl && process.env.CI) throw new Error('CI must run the PostgreSQL suite: set TEST_POSTGRES_URL')
if (serverUrl) workflowSuite('PostgreSQL', () => postgresDatabase(serverUrl))
else describe.skip('Review workflow on PostgreSQL (set TEST_POSTGRES_URL to run)', () => it('runs', () => {}))
