import type { PayloadRequest } from 'payload'

type WithSessions = { sessions?: Record<string, unknown> }

/**
 * Settles once the request's transaction, if it has one, has ended (committed or rolled back), or after
 * `maxWaitMs`. Payload has no after-commit hook; its SQL and MongoDB adapters keep each open transaction in
 * `sessions` until it ends, which is what this watches.
 */
export const transactionEnded = async (req: PayloadRequest, maxWaitMs = 30_000): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (id === undefined || id === null) return
  const sessions = (req.payload.db as unknown as WithSessions).sessions
  const deadline = Date.now() + maxWaitMs
  while (sessions?.[String(id)] && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
}
