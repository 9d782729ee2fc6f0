import { sqliteDatabase } from './helpers/databases'
import { readModelSuite } from './suites/readModel'

readModelSuite('SQLite', sqliteDatabase)
