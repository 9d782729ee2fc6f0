import Database from 'libsql'

type Connection = Database.Database
type Statement = Database.Statement

/** Statements kept per connection; Payload's reads come in a few dozen texts, `IN (?, ?, …)` lists aside. */
const maxPerConnection = 500

const cached = new WeakMap<Connection, Map<string, Statement>>()
const counts = { prepared: 0, reused: 0 }
const installed = Symbol.for('payload-plugin-job-descriptions.sqliteStatementCache')

/**
 * Payload's SQLite adapter goes through @libsql/client, whose local client prepares every statement anew
 * (`db.prepare(sql)` on each `execute`), while Payload sends the same statement texts over and over: on a
 * posting's read, preparing was a sixth of the time spent below GraphQL, and a careers detail query went
 * from 2.4 to 2.0 ms with its statements kept. This keeps each connection's prepared statements by text
 * (the 500 most recently used), which is what better-sqlite3's users and most drivers do. It is safe here
 * because a statement is run to completion synchronously (`all` / `run`) before anything else uses it,
 * and SQLite itself prepares a kept statement again when the schema it was built on changes (a migration).
 *
 * The client offers no way in (the connection is a private field, opened again after a transaction), so
 * this wraps `prepare` on libsql's Database class, once per thread (a worker thread loads its own copy),
 * for every connection it opens.
 */
export const cacheSqliteStatements = (): void => {
  const prototype = Database.prototype as Connection & { [installed]?: true }
  if (prototype[installed]) return
  const prepare = prototype.prepare
  // The typings' generic signature only restates the bind parameters of the statement it returns.
  prototype.prepare = function (this: Connection, sql: string) {
    let statements = cached.get(this)
    if (!statements) cached.set(this, (statements = new Map()))
    const known = statements.get(sql)
    if (known) {
      counts.reused++
      // Most recently used last, so the oldest is the first to go.
      statements.delete(sql)
      statements.set(sql, known)
      return known
    }
    counts.prepared++
    const statement = prepare.call(this, sql)
    if (statements.size >= maxPerConnection) statements.delete(statements.keys().next().value!)
    statements.set(sql, statement)
    return statement
  } as Connection['prepare']
  prototype[installed] = true
}

/** How many statements were prepared and how many were taken from the cache, in this process. */
export const sqliteStatementCounts = (): Readonly<typeof counts> => ({ ...counts })
