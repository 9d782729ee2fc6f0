import { AsyncLocalStorage } from 'node:async_hooks'
import { APIError } from 'payload'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

/** The adapter methods that write outside a transaction when their request has none. */
const writes = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** How long a write waits for another to finish before it fails (a transaction that never ends, say). */
const maxWaitMs = 15_000

class WriteLockTimeout extends APIError {
  constructor() {
    super(`The database is busy: waited ${maxWaitMs / 1000} s for another write to finish. Try again.`, 503, null, true)
    this.name = 'WriteLockTimeout'
  }
}

type Adapter = BaseDatabaseAdapter & {
  client?: { execute: (sql: string) => Promise<unknown> }
  sessions?: Record<string, unknown>
}
type Method = (this: Adapter, args: { req?: Partial<PayloadRequest> }) => Promise<unknown>

/** One writer at a time, in the order they asked. */
const createLock = () => {
  let tail: Promise<void> = Promise.resolve()
  return async (): Promise<() => void> => {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = tail
    tail = tail.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WriteLockTimeout()), maxWaitMs)
    })
    try {
      await Promise.race([before, timedOut])
    } catch (error) {
      void before.then(release) // let the writers queued behind this one through once its turn comes
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }
}

/**
 * Payload's SQLite adapter with its transactions on. SQLite has one writer at a time, and its client
 * (@libsql/client) runs each transaction on a connection of its own, synchronously: while one request's
 * transaction holds the write lock across its awaits, another request's write on another connection would
 * fail at once with SQLITE_BUSY, or, with a busy timeout, block the only thread that could finish the first.
 * So in this process the writes take turns: a transaction from its begin to its commit or rollback, a write
 * outside any transaction for its own length. Reads never wait: in WAL mode they see the last commit.
 *
 * Work that a transaction's own operation starts while it is open joins it instead of waiting for it (it
 * would wait forever): Payload writes some things outside the operation's transaction on purpose (the
 * forgot-password reservation, on a request copy without its transaction), and a hook may start another
 * operation without passing its request. The transaction is found by the operation's async context, marked
 * when it begins (AsyncLocalStorage, set in the synchronous part of the call, so the awaiting operation
 * carries it). A write inside another write is let through, as is one made within a transaction.
 *
 * The client also opens a new connection after each transaction, without the busy timeout Payload set on
 * the first; it is set again on each, for the writers of other processes (a seed run beside the server).
 *
 * Payload has no hook for this; the adapter's own methods are wrapped, once, when it is created. The tests
 * in test/suites/integrity.ts (concurrent saves, forgot-password) fail if the adapter stops working this way.
 */
export const withSqliteWriteLock = (adapterObj: DatabaseAdapterObj, { busyTimeoutMs }: { busyTimeoutMs: number }): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as Adapter
    const lock = createLock()
    const holding = new AsyncLocalStorage<true>()
    /** The transaction the current operation began, once it has an id. */
    const begun = new AsyncLocalStorage<{ id?: number | string }>()
    const openTransactionOfThisOperation = () => {
      const id = begun.getStore()?.id
      return id !== undefined && adapter.sessions?.[String(id)] ? id : undefined
    }
    const releases = new Map<number | string, () => void>()
    const inTransaction = async (req: Partial<PayloadRequest> | undefined) => {
      const id = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
      return id !== undefined && id !== null && Boolean(adapter.sessions?.[String(id)])
    }
    const record = adapter as unknown as Record<string, Method>
    for (const name of writes) {
      const write = record[name]
      if (typeof write !== 'function') continue
      record[name] = async function (this: Adapter, writeArgs) {
        if (holding.getStore() || (await inTransaction(writeArgs?.req))) return write.call(this, writeArgs)
        const own = openTransactionOfThisOperation()
        if (own !== undefined) return write.call(this, { ...writeArgs, req: { ...writeArgs?.req, transactionID: own } })
        const release = await lock()
        try {
          return await holding.run(true, () => write.call(this, writeArgs))
        } finally {
          release()
        }
      }
    }
    const begin = adapter.beginTransaction
    adapter.beginTransaction = function (this: Adapter, options) {
      // Synchronous, before the first await: the operation awaiting this call carries the mark.
      if (openTransactionOfThisOperation() !== undefined) return Promise.resolve(null) // joins it: no second transaction
      const mark: { id?: number | string } = {}
      begun.enterWith(mark)
      return beginLocked.call(this, options, mark)
    }
    const beginLocked = async function (this: Adapter, options: Parameters<typeof begin>[0], mark: { id?: number | string }) {
      const release = await lock()
      try {
        const id = await begin.call(this, options)
        if (id !== null) mark.id = id
        if (id === null) release()
        else releases.set(id, release)
        // The connection the client opens next, for what runs outside this transaction (best effort: without
        // it, a write from another process fails at once instead of waiting).
        await adapter.client?.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`).catch(() => undefined)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const end = (finish: typeof adapter.commitTransaction) =>
      async function (this: Adapter, incoming: number | Promise<number | string> | string) {
        const id = incoming instanceof Promise ? await incoming : incoming
        try {
          await finish.call(this, id)
        } finally {
          releases.get(id)?.()
          releases.delete(id)
        }
      }
    adapter.commitTransaction = end(adapter.commitTransaction)
    adapter.rollbackTransaction = end(adapter.rollbackTransaction)
    return adapter
  },
})
