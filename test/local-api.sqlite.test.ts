import { sqliteDatabase } from './helpers/databases'
import { localApiSuite } from './suites/localApi'

localApiSuite('SQLite', sqliteDatabase)
