/**
 * `npm run bench` (`BENCH_QUICK=1` for a short look): per data set, seeds a fresh SQLite database, starts
 * the app (dev/scripts/serve.ts, as `npm start` does) four times on it, and loads each query of
 * bench/queries.ts with autocannon (its own process, 20 connections) against:
 *   limit: a bare node:http server returning the exact bytes of the answer (bench/limitServer.ts);
 *   stock: Payload's own GraphQL route, POST /api/graphql on an app with GRAPHQL_ROUTE=payload;
 *   cold:  our public read path, GET /api/graphql (by persisted hash for our operations), cache off
 *          (PUBLIC_CACHE=off), misses answered on the read threads (PUBLIC_READ_THREADS, one per core);
 *   warm:  the same GET with the cache on.
 * Cold and warm are answered by dev/scripts/serve.ts without Next. Every variant's answer is checked against
 * stock's before it is loaded. Beside them, not a variant of latest.json: cold on the app's own thread
 * (PUBLIC_READ_THREADS=0), what one core does. Then each query's cost in Payload's resolvers alone
 * (bench/resolverCost.ts), which bounds what a read path can gain over stock on one core; and, on the
 * first data set, correctness under load (see correctnessUnderLoad).
 * Writes bench/results/latest.json, seeding.json, correctness.json, ceiling.json and latest.svg.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import { bin, root } from '../dev/scripts/build.ts'
import { parseEnv } from '../dev/env.ts'
import { sqliteDatabase } from '../test/helpers/databases'
import { startServer } from '../test/helpers/server'
import { chart } from './chart'
import { benchQueries } from './queries'

const quick = process.env.BENCH_QUICK === '1'
const sizes = quick ? [100] : [100, 10_000]
const seconds = quick ? 3 : 15
/**
 * Every variant is loaded this long, unrecorded, before it is measured: the JIT compiles the hot paths of
 * each query on each thread that serves it (stock's one, the read threads of cold) in the first seconds,
 * which would otherwise count against whoever has more threads to warm.
 */
const warmUpSeconds = quick ? 1 : 3
const connections = 20
const resultsDir = path.join(root, 'bench/results')

export type Row = { p50_ms: number; p99_ms: number; postings: number; query: string; rps: number; variant: 'cold' | 'limit' | 'stock' | 'warm' }

const autocannon = (url: string, body?: string, duration = seconds) =>
  new Promise<{ latency: { p50: number; p99: number }; requests: { average: number }; non2xx: number }>((resolve, reject) => {
    const post = body === undefined ? [] : ['-m', 'POST', '-H', 'content-type=application/json', '-b', body]
    const args = ['-c', String(connections), '-d', String(duration), ...post, '--json', url]
    const child = spawn(bin('autocannon'), args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exited with ${code}`))))
  })

const startLimit = (file: string, port: number) =>
  new Promise<() => void>((resolve) => {
    const child = spawn(bin('tsx'), [path.join(root, 'bench/limitServer.ts'), String(port), file], { stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.once('data', () => resolve(() => child.kill()))
  })

/** Runs a bench script with tsx on the data set's database, and returns the JSON its last line prints. */
const runScript = async <T>(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<T> => {
  const child = spawn(bin('tsx'), [script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const code = await new Promise<null | number>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`${script} exited with ${code}`)
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

/** bench/seedPostings.ts: the seed plus N postings; how long the postings took. */
const seedPostings = (postings: number, env: NodeJS.ProcessEnv) =>
  runScript<{ postings: number; seconds: number }>('bench/seedPostings.ts', [String(postings)], env)

/**
 * bench/resolverCost.ts: each query's milliseconds a request in Payload's resolvers alone. In production
 * mode, as the apps run (dev/scripts/serve.ts sets it): without it the detail cost about twice as much.
 */
const resolverCost = (env: NodeJS.ProcessEnv) =>
  runScript<Record<string, number>>('bench/resolverCost.ts', [String(quick ? 2 : 5)], { ...env, NODE_ENV: 'production' })

const round2 = (value: number) => Math.round(value * 100) / 100

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Correctness under load: while autocannon loads the warm detail query, an editor saves a draft of that
 * posting, then HR publishes it. A poller reads the same URL every 20 ms: it must never see the draft
 * before the publish, and must see it within 1 s after, every time.
 */
const correctnessUnderLoad = async (server: { url: string }, durationSeconds: number) => {
  const url = server.url + benchQueries.detail.path
  const titleOf = async () => ((await (await fetch(url)).json()) as { data: { JobDescriptions: { docs: { title: string }[] } } }).data.JobDescriptions.docs[0]!.title
  const login = async (role: string) =>
    ((await (await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: `${role}@example.com`, password: `demo-${role}-password` }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })).json()) as { token: string }).token
  const [editor, hr] = [await login('editor'), await login('hr')]
  const api = async (path: string, token: string, body?: unknown, method = 'POST') =>
    (await fetch(`${server.url}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: body === undefined ? 'GET' : method,
    })).json()
  const { id } = (await api(`/job-descriptions?where[slug][equals]=${benchQueries.detail.variables.slug as string}&depth=0`, editor)).docs[0]
  const draftTitle = `Rewritten under load ${Date.now()}`

  const seen: { at: number; title: string }[] = []
  let polling = true
  // A connection the server had already closed (keep-alive) can fail a poll; that is no answer, and is
  // counted apart.
  let failedPolls = 0
  const poller = (async () => {
    while (polling) {
      const at = performance.now()
      await titleOf().then(
        (title) => seen.push({ at, title }),
        () => failedPolls++,
      )
      await sleep(20)
    }
  })()
  const load = autocannon(url, undefined, durationSeconds)
  await sleep((durationSeconds * 1000) / 4)
  await api(`/job-descriptions/${id}?draft=true`, editor, { title: draftTitle }, 'PATCH')
  await sleep((durationSeconds * 1000) / 4)
  const move = async (action: string, token: string) => {
    const versions = await api(`/job-descriptions/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1`, hr)
    if (!versions.docs) throw new Error(`${action}: reading the versions failed: ${JSON.stringify(versions)}`)
    const version = versions.docs[0].id
    const answer = await api(`/job-descriptions/${id}/workflow`, token, { action, versionId: String(version) })
    if (answer.errors) throw new Error(`${action}: ${answer.errors[0].message}`)
  }
  await move('submit', editor)
  await move('approve', hr)
  const publishing = performance.now()
  await move('publish', hr)
  const published = performance.now()
  const result = await load
  polling = false
  await poller

  const firstNew = seen.find((answer) => answer.at >= published && answer.title === draftTitle)
  return {
    answersPolled: seen.length,
    failedPolls,
    draftSeenBeforePublish: seen.filter((answer) => answer.at < publishing && answer.title === draftTitle).length,
    loadRps: Math.round(result.requests.average),
    msToNewContent: firstNew ? Math.round(firstNew.at - published) : null,
    staleAnswersLaterThan1s: seen.filter((answer) => answer.at > published + 1000 && answer.title !== draftTitle).length,
  }
}

const rows: Row[] = []
const seeding: { postings: number; seconds: number }[] = []
let correctness: Awaited<ReturnType<typeof correctnessUnderLoad>> | undefined
/**
 * Per query and data set: the cold ratio, on the read threads and on the app's own thread alone, against
 * how far one core could take it (bench/resolverCost.ts).
 */
const ceilings: {
  coldAppThreadOverStock: number
  coldOverStock: number
  postings: number
  query: string
  readThreads: number
  resolverMs: number
  stockMs: number
  stockOverResolvers: number
}[] = []
const readThreads = 0 // the read threads are gone (docs/architecture.md)
/** Requests/s of the cold GET answered on the app's own thread (PUBLIC_READ_THREADS=0), by query@postings. */
const coldOnAppThread = new Map<string, number>()
mkdirSync(resultsDir, { recursive: true })

for (const postings of sizes) {
  const database = sqliteDatabase()
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: database.uri, PAYLOAD_SECRET: 'bench-secret-that-is-long-enough-0123456789' }
  Reflect.deleteProperty(env, 'NODE_ENV')
  console.log(`Seeding ${postings} postings...`)
  seeding.push(await seedPostings(postings, env))
  console.log(`  ${seeding.at(-1)!.seconds.toFixed(1)} s`)

  // Four apps on the same database: Payload's own route (stock), ours with the cache off (cold) and on
  // (warm), and ours with the cache off and no read threads, so that what one core does is seen beside
  // what the threads add. One public URL for all, so their JSON-LD links (and answers) are the same bytes.
  const app = (env: Record<string, string>) => startServer(database.uri, { env: { ...env, SERVER_URL: 'https://jobs.example.com' }, seed: false })
  const stock = await app({ GRAPHQL_ROUTE: 'payload', PUBLIC_CACHE: 'off' })
  const uncached = await app({ PUBLIC_CACHE: 'off' })
  const cached = await app({})
  const appThread = await app({ PUBLIC_CACHE: 'off', PUBLIC_READ_THREADS: '0' })
  try {
    for (const [name, query] of Object.entries(benchQueries)) {
      const payload = JSON.stringify({ query: query.text, variables: query.variables })
      const answer = await (await fetch(`${stock.url}/api/graphql`, { body: payload, headers: { 'content-type': 'application/json' }, method: 'POST' })).text()
      if (answer.includes('"errors"')) throw new Error(`${name} failed: ${answer.slice(0, 300)}`)
      const file = path.join(os.tmpdir(), `bench-${name}-${postings}.json`)
      writeFileSync(file, answer)
      const port = 40_000 + Math.floor(Math.random() * 10_000)
      const stopLimit = await startLimit(file, port)
      const variants = [
        ['limit', `http://127.0.0.1:${port}/`, payload],
        ['stock', `${stock.url}/api/graphql`, payload],
        ['cold', uncached.url + query.path, undefined],
        ['warm', cached.url + query.path, undefined],
      ] as const
      for (const [variant, url, body] of variants) {
        if (variant === 'cold' || variant === 'warm') {
          const same = await (await fetch(url)).text() // also fills the cache for "warm"
          if (!isDeepStrictEqual(JSON.parse(same), JSON.parse(answer))) throw new Error(`${variant} ${name}: a different answer`)
        }
        await autocannon(url, body, warmUpSeconds)
        const result = await autocannon(url, body)
        if (result.non2xx > 0) throw new Error(`${variant} ${name}: ${result.non2xx} non-2xx answers`)
        rows.push({ p50_ms: result.latency.p50, p99_ms: result.latency.p99, postings, query: name, rps: Math.round(result.requests.average), variant })
        console.log(`  ${name.padEnd(6)} ${variant.padEnd(5)} ${String(rows.at(-1)!.rps).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms`)
      }
      stopLimit()
      const answeredAlone = await (await fetch(appThread.url + query.path)).text()
      if (!isDeepStrictEqual(JSON.parse(answeredAlone), JSON.parse(answer))) throw new Error(`cold on the app's thread, ${name}: a different answer`)
      await autocannon(appThread.url + query.path, undefined, warmUpSeconds)
      const alone = await autocannon(appThread.url + query.path)
      coldOnAppThread.set(`${name}@${postings}`, Math.round(alone.requests.average))
      console.log(`  ${name.padEnd(6)} cold on the app's thread alone ${String(Math.round(alone.requests.average)).padStart(6)} req/s  p99 ${alone.latency.p99} ms`)
    }
    // The apps are idle now: each query's cost in Payload's resolvers alone, in a process of its own.
    const resolverMs = await resolverCost(env)
    for (const [query, ms] of Object.entries(resolverMs)) {
      const rps = (variant: Row['variant']) => rows.find((row) => row.query === query && row.postings === postings && row.variant === variant)!.rps
      ceilings.push({
        coldAppThreadOverStock: round2(coldOnAppThread.get(`${query}@${postings}`)! / rps('stock')),
        coldOverStock: round2(rps('cold') / rps('stock')),
        postings,
        query,
        readThreads,
        resolverMs: round2(ms),
        stockMs: round2(1000 / rps('stock')),
        stockOverResolvers: round2(1000 / rps('stock') / ms),
      })
      console.log(`  ${query.padEnd(6)} resolvers alone ${ms.toFixed(2)} ms a request; stock ${ceilings.at(-1)!.stockMs} ms`)
    }
    if (postings === sizes[0]) {
      // The one app left writing: apps sharing a SQLite file trip over each other's write locks (their
      // jobs runners included), which is what PostgreSQL is for when several instances serve.
      await Promise.all([stock.stop(), uncached.stop(), appThread.stop()])
      console.log(`Correctness under load (${quick ? 10 : 30} s, HR publishes a change midway)...`)
      correctness = await correctnessUnderLoad(cached, quick ? 10 : 30)
      console.log(`  ${JSON.stringify(correctness)}`)
    }
  } finally {
    await Promise.all([stock.stop(), uncached.stop(), cached.stop(), appThread.stop()])
    await database.drop()
  }
}

for (const row of rows.filter((r) => r.variant !== 'limit')) {
  const limit = rows.find((r) => r.variant === 'limit' && r.query === row.query && r.postings === row.postings)!
  console.log(`${row.query} @${row.postings}: ${row.variant} = ${(row.rps / limit.rps).toFixed(3)} x limit`)
}
for (const { coldAppThreadOverStock, coldOverStock, postings, query, stockOverResolvers } of ceilings) {
  console.log(
    `${query} @${postings}: cold = ${coldOverStock} x stock (target 3) on ${readThreads} read threads; on the app's thread alone ${coldAppThreadOverStock} x, where one core's bound (stock's time over the resolvers' alone) is ${stockOverResolvers}`,
  )
}
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'seeding.json'), `${JSON.stringify(seeding, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'correctness.json'), `${JSON.stringify(correctness, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'ceiling.json'), `${JSON.stringify(ceilings, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'latest.svg'), chart(rows))
console.log('Wrote bench/results/latest.json, seeding.json, correctness.json, ceiling.json and latest.svg')
process.exit(0)
