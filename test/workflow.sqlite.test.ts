import { sqliteDatabase } from './helpers/databases'
import { workflowSuite } from './suites/workflow'

workflowSuite('SQLite', sqliteDatabase)
