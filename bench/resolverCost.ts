/**
 * `tsx bench/resolverCost.ts <seconds>` with DATABASE_URI set: what each bench query costs in Payload's
 * schema and resolvers alone (drizzle, the database, `afterRead` hooks, rendering, GraphQL execution), in
 * this process, with no HTTP, no framework, no parse or validation, and no cache: our executor
 * (answerAnonymousQuery) at 20 queries in flight, as the load runs have 20 connections. Prints
 * `{ "<query>": <ms a request> }`.
 *
 * Every way of serving a query pays at least this. Stock's milliseconds a request over this figure is the
 * most the cold read path could gain over stock on one core: the bench prints it beside the measured ratio.
 */
import { getPayload } from 'payload'

import config from '../dev/payload.config.ts'
import { answerAnonymousQuery } from '../src/publicCache/anonymousQuery'
import { benchQueries } from './queries'

const seconds = Number(process.argv[2] ?? 5)
const inFlight = 20
const payload = await getPayload({ config })
const headers = new Headers()
const cost: Record<string, number> = {}

for (const [name, { text, variables }] of Object.entries(benchQueries)) {
  const once = async () => {
    if ((await answerAnonymousQuery(payload, { query: text, variables }, headers)) === undefined) {
      throw new Error(`${name}: the executor left it to Payload's route (an error, or not preparable)`)
    }
  }
  // Warm the JIT and the prepared query first, as the load runs do before they are measured.
  const warmUntil = performance.now() + 1000
  while (performance.now() < warmUntil) await once()
  let done = 0
  const start = performance.now()
  const until = start + seconds * 1000
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        await once()
        done++
      }
    }),
  )
  cost[name] = (performance.now() - start) / done
}
console.log(JSON.stringify(cost))
process.exit(0)
