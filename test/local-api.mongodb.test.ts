import { describe, it } from 'vitest'

import { mongoDatabase } from './helpers/databases'
import { localApiSuite } from './suites/localApi'

// No MongoDB server can be installed on our machines; with one at hand: TEST_MONGODB_URI=mongodb://host:27017 npm test
const serverUri = process.env.TEST_MONGODB_URI

if (serverUri) localApiSuite('MongoDB', () => mongoDatabase(serverUri))
else describe.skip('Local API on MongoDB (set TEST_MONGODB_URI to run)', () => it('runs', () => {}))
