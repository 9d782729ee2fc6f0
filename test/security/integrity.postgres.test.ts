import { describe, it } from 'vitest'

import { postgresDatabase } from '../helpers/databases'
import { integritySuite } from '../suites/integrity'

const serverUrl = process.env.TEST_POSTGRES_URL

if (!serverUrl && process.env.CI) throw new Error('CI must run the PostgreSQL suite: set TEST_POSTGRES_URL')
if (serverUrl) integritySuite('PostgreSQL', () => postgresDatabase(serverUrl))
else describe.skip('Review record integrity on PostgreSQL (set TEST_POSTGRES_URL to run)', () => it('runs', () => {}))
