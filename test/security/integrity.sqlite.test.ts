import { sqliteDatabase } from '../helpers/databases'
import { integritySuite } from '../suites/integrity'

integritySuite('SQLite', sqliteDatabase)
