import { Worker, parentPort } from 'node:worker_threads'
import { getPayload } from 'payload'
import type { SanitizedConfig } from 'payload'

import type { GraphQLRequest } from './answerKey.ts'
import { answerAnonymousQuery } from './anonymousQuery.ts'
import { payloadGraphQL } from './preparedQuery.ts'
import type { FreshAnswer } from './publicRead.ts'

type Question = { headers: [string, string][]; id: number; request: GraphQLRequest }
type Reply = { body?: string; error?: string; id: number } | { ready: true }

type Log = { error: (message: string) => void; info: (message: string) => void }

type Thread = {
  /** Asks this thread; one function per thread. */
  ask: FreshAnswer
  exited: boolean
  inFlight: number
  pending: Map<number, { reject: (error: Error) => void; resolve: (body: string | undefined) => void }>
  ready: boolean
  worker: Worker
}

export type ReadThreads = {
  /** The least busy thread's way of answering, or undefined while none has started (answer in-process). */
  fresh: () => FreshAnswer | undefined
  /** Questions asked and not yet settled, on all threads. */
  inFlight: () => number
  stop: () => Promise<void>
}

/** How long a question waits for its thread by default: a cold list query takes well under a second. */
export const defaultReadTimeoutMs = 10_000

/**
 * Worker threads that answer anonymous queries the public cache does not hold, each with a Payload of its
 * own on the app's database: the thread that runs Next (admin, REST, everything signed in) stays free, the
 * read path gets every core, and it runs without Next's AsyncLocalStorage, which taxes every promise of
 * the thread that loaded Next (on Node 20, one thread without it answered a sixth more detail queries). `entry` is a JavaScript
 * module that calls `serveReadThread` with the app's config (scripts/readThread.mjs). A thread that dies
 * is replaced; its requests fail, and the caller leaves them to Payload's route. So does a question the
 * thread has not answered within `timeoutMs`, or one that cannot be sent to it: each question settles,
 * and leaves nothing behind in `pending`.
 */
export const startReadThreads = ({
  count,
  entry,
  log,
  timeoutMs = defaultReadTimeoutMs,
}: {
  count: number
  entry: URL
  log: Log
  timeoutMs?: number
}): ReadThreads => {
  const threads: Thread[] = []
  let nextId = 0
  let stopping = false
  // A thread that dies before it is ready (a broken config, say) is retried less and less often.
  let restartDelayMs = 1000
  const ask = (thread: Thread, request: GraphQLRequest, headers: Headers) =>
    new Promise<string | undefined>((resolve, reject) => {
      if (thread.exited) return reject(new Error('The public read thread exited'))
      const id = nextId++
      const settle = () => {
        clearTimeout(timer)
        thread.pending.delete(id)
        thread.inFlight--
      }
      const timer = setTimeout(() => {
        settle()
        reject(new Error(`The public read thread did not answer within ${timeoutMs} ms`))
      }, timeoutMs)
      timer.unref()
      const waiting = {
        reject: (error: Error) => (settle(), reject(error)),
        resolve: (body: string | undefined) => (settle(), resolve(body)),
      }
      thread.pending.set(id, waiting)
      thread.inFlight++
      try {
        thread.worker.postMessage({ headers: [...headers], id, request } satisfies Question)
      } catch (error) {
        // A request that cannot be copied to the thread (DataCloneError).
        waiting.reject(error instanceof Error ? error : new Error(String(error)))
      }
    })

  const spawn = () => {
    const thread: Thread = {
      ask: (request, headers) => ask(thread, request, headers),
      exited: false,
      inFlight: 0,
      pending: new Map(),
      ready: false,
      worker: new Worker(entry),
    }
    threads.push(thread)
    thread.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        thread.ready = true
        restartDelayMs = 1000
        return log.info(`Public read threads ready: ${threads.filter(({ ready }) => ready).length} of ${count}`)
      }
      const waiting = thread.pending.get(reply.id)
      if (!waiting) return // answered after its time ran out
      if (reply.error !== undefined) waiting.reject(new Error(reply.error))
      else waiting.resolve(reply.body)
    })
    thread.worker.on('error', (error) => log.error(`A public read thread failed: ${error.stack ?? error.message}`))
    thread.worker.on('exit', (code) => {
      if (!thread.ready && !stopping) log.error(`A public read thread exited before it was ready (code ${code}); starting another in ${restartDelayMs} ms`)
      thread.exited = true
      threads.splice(threads.indexOf(thread), 1)
      for (const { reject } of thread.pending.values()) reject(new Error(`The public read thread exited (${code})`))
      if (stopping) return
      setTimeout(spawn, restartDelayMs).unref()
      if (!thread.ready) restartDelayMs = Math.min(restartDelayMs * 2, 60_000)
    })
  }
  for (let index = 0; index < count; index++) spawn()

  return {
    fresh: () => {
      let least: Thread | undefined
      for (const thread of threads) if (thread.ready && (!least || thread.inFlight < least.inFlight)) least = thread
      return least?.ask
    },
    inFlight: () => threads.reduce((sum, thread) => sum + thread.pending.size, 0),
    stop: async () => {
      stopping = true
      await Promise.all(threads.map((thread) => thread.worker.terminate()))
    },
  }
}

/**
 * A read thread's side (see startReadThreads): starts Payload on `config` (no `onInit`, no jobs runner:
 * the app's own Payload runs those), builds the GraphQL schema, says it is ready, then answers each
 * question with answerAnonymousQuery.
 */
export const serveReadThread = async (config: Promise<SanitizedConfig> | SanitizedConfig): Promise<void> => {
  if (!parentPort) throw new Error('serveReadThread runs in a worker thread started by startReadThreads')
  const port = parentPort
  const payload = await getPayload({ config, disableOnInit: true })
  await payloadGraphQL(payload.config)
  port.on('message', ({ headers, id, request }: Question) => {
    answerAnonymousQuery(payload, request, new Headers(headers)).then(
      (body) => port.postMessage({ body, id } satisfies Reply),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error), id } satisfies Reply),
    )
  })
  port.postMessage({ ready: true } satisfies Reply)
}
