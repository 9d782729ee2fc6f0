import { describe, it } from 'vitest'

import { postgresDatabase } from './helpers/databases'
import { readModelSuite } from './suites/readModel'

const serverUrl = process.env.TEST_POSTGRES_URL

if (!serverUrl && process.env.CI) throw new Error('CI must run the PostgreSQL suite: set TEST_POSTGRES_URL')
if (serverUrl) readModelSuite('PostgreSQL', () => postgresDatabase(serverUrl))
else describe.skip('Careers read model on PostgreSQL (set TEST_POSTGRES_URL to run)', () => it('runs', () => {}))
