/**
 * `npm run bench` (`BENCH_QUICK=1` for a short look: 100 postings, 3 s a variant): per data set (100 and
 * 10,000 postings), seeds a fresh SQLite database (bench/seedPostings.ts, which then rebuilds the careers
 * read model) and loads each query of bench/queries.ts (detail, a list page of 20 in one department,
 * facets, search) with autocannon (its own process, 20 connections) against:
 *   limit:     a bare node:http server returning the careers answer's exact bytes (bench/limitServer.ts);
 *   stock:     Payload's own GraphQL route, POST /api/graphql, answering today's equivalent operation of
 *              graphql/operations/, in the app with GRAPHQL_ROUTE=payload;
 *   cold:      the careers API, GET /api/careers/graphql?documentId=…, with the response cache off, in a
 *              process of its own without Next (bench/careersServer.ts): one core;
 *   warm:      the same with the cache on;
 *   host:      the careers API through the app's Next route (careersApiRoute, as `npm start` serves it),
 *              cache on;
 *   next-bare: a Next route handler of the same app returning the same bytes (dev/app/(bench)/api/bench/bare).
 * One app (dev/scripts/serve.ts, as `npm start` runs it) serves stock, host and next-bare: Payload's route
 * ignores the public cache, so one process serves all three. Before a variant is loaded its answer is checked:
 * every careers variant's JSON equals cold's, and stock's answer names what cold's does (the same postings,
 * the same menu values; see `agreed` in bench/queries.ts). Each variant is then loaded 3 s (1 s quick),
 * unrecorded, so that the JIT has compiled its hot paths, before it is measured. On the first data set,
 * correctness under load (bench/correctnessUnderLoad.ts), on the app's careers detail with the cache on.
 * Prints each variant over the limit and the targets (bench/targets.ts), each PASS or FAIL, and writes
 * bench/results/latest.json, targets.json, seeding.json, correctness.json and latest.svg.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import { bin, root, unsettledTopLevelAwait } from '../dev/scripts/build.ts'
import { sqliteDatabase } from '../test/helpers/databases.ts'
import { startServer } from '../test/helpers/server.ts'
import { autocannon } from './autocannon.ts'
import { chart } from './chart.ts'
import { correctnessUnderLoad } from './correctnessUnderLoad.ts'
import type { Correctness } from './correctnessUnderLoad.ts'
import { benchQueries } from './queries.ts'
import type { Row, Variant } from './row.ts'
import { targetLine, targets } from './targets.ts'

const quick = process.env.BENCH_QUICK === '1'
const sizes = quick ? [100] : [100, 10_000]
const seconds = quick ? 3 : 15
/**
 * Every variant is loaded this long, unrecorded, before it is measured: the JIT compiles the hot paths of
 * each query in the first seconds, which would otherwise count against whoever is loaded first.
 */
const warmUpSeconds = quick ? 1 : 3
const resultsDir = path.join(root, 'bench/results')
/** One public URL for the seed and every server, so that the answers' posting links are the same bytes. */
const serverUrl = 'https://jobs.example.com'

type Started = { stop: () => Promise<void>; url: string }

/** Starts a bench server script with tsx; settles with its URL once it prints `ready <url>`. */
const startScriptOnce = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<Started>((resolve, reject) => {
    const child = spawn(bin('tsx'), [path.join(root, script), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      })
    let out = ''
    let started = false
    // Read to the end whatever it prints (Payload logs to stdout), or it would block on a full pipe.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (started) return
      out += chunk
      const ready = /^ready (\S+)$/m.exec(out)
      if (ready) {
        started = true
        resolve({ stop, url: ready[1]! })
      }
    })
    child.once('exit', (code) => reject(Object.assign(new Error(`${script} exited with ${code} before it was ready`), { code })))
  })

/**
 * startScriptOnce, and once more when the first stopped while loading (exit 13, a top-level await never
 * settled: see dev/scripts/build.ts); seen here when the careers servers started beside the app.
 */
const startScript = async (script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Started> => {
  try {
    return await startScriptOnce(script, args, env)
  } catch (error) {
    if ((error as { code?: unknown }).code !== unsettledTopLevelAwait) throw error
    console.warn(`${script} stopped while loading (exit ${unsettledTopLevelAwait}): starting it once more`)
    return startScriptOnce(script, args, env)
  }
}

/** Started one after the other (module graphs loading at once are what trips exit 13), or none left running. */
const startedAll = async (starting: (() => Promise<Started>)[]): Promise<Started[]> => {
  const started: Started[] = []
  try {
    for (const start of starting) started.push(await start())
    return started
  } catch (error) {
    await Promise.all(started.map((server) => server.stop()))
    throw error
  }
}

/** Runs a bench script with tsx on the data set's database, and returns the JSON its last line prints. */
const runScript = async <T>(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<T> => {
  const child = spawn(bin('tsx'), [script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const code = await new Promise<null | number>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`${script} exited with ${code}`)
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

type Seeding = { postings: number; readModelSeconds: number; seconds: number }

/** bench/seedPostings.ts: the seed plus N postings, then the read model; how long each took. */
const seedPostings = (postings: number, env: NodeJS.ProcessEnv) => runScript<Seeding>('bench/seedPostings.ts', [String(postings)], env)

/** An answer's text, refused unless it is a 200 without errors. */
const answerOf = async (what: string, response: Promise<Response>) => {
  const answer = await response
  const text = await answer.text()
  if (answer.status !== 200 || text.includes('"errors"')) throw new Error(`${what}: ${answer.status} ${text.slice(0, 300)}`)
  return text
}

const rows: Row[] = []
const seeding: Seeding[] = []
let correctness: Correctness | undefined
mkdirSync(resultsDir, { recursive: true })

for (const postings of sizes) {
  const database = sqliteDatabase()
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: database.uri, PAYLOAD_SECRET: 'bench-secret-that-is-long-enough-0123456789', SERVER_URL: serverUrl }
  Reflect.deleteProperty(env, 'NODE_ENV')
  console.log(`Seeding ${postings} postings...`)
  seeding.push(await seedPostings(postings, env))
  console.log(`  postings ${seeding.at(-1)!.seconds.toFixed(1)} s, careers read model ${seeding.at(-1)!.readModelSeconds.toFixed(1)} s`)

  // The fixed answers of next-bare (and the limit's), one file a query, written below before either is asked.
  const answers = mkdtempSync(path.join(os.tmpdir(), 'bench-answers-'))
  // In production mode, as the app runs (serve.ts sets it): Payload and React are slower without it.
  const careersEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production' }
  const [app, cold, warm] = await startedAll([
    () => startServer(database.uri, { env: { BENCH_BARE_ROUTE: answers, GRAPHQL_ROUTE: 'payload', SERVER_URL: serverUrl }, seed: false }),
    () => startScript('bench/careersServer.ts', ['off'], careersEnv),
    () => startScript('bench/careersServer.ts', ['on'], careersEnv),
  ])
  try {
    for (const [name, query] of Object.entries(benchQueries)) {
      const answer = await answerOf(`cold ${name}`, fetch(cold.url + query.careersPath))
      const stockAnswer = await answerOf(
        `stock ${name}`,
        fetch(`${app.url}/api/graphql`, { body: query.stockBody, headers: { 'content-type': 'application/json' }, method: 'POST' }),
      )
      const [careersAgreed, stockAgreed] = [query.agreed.careers(JSON.parse(answer).data), query.agreed.stock(JSON.parse(stockAnswer).data)]
      if (!isDeepStrictEqual(careersAgreed, stockAgreed)) {
        throw new Error(`stock ${name}: answers otherwise than the careers API: ${JSON.stringify(stockAgreed)} against ${JSON.stringify(careersAgreed)}`)
      }
      const file = path.join(answers, `${name}.json`)
      writeFileSync(file, answer)
      const limit = await startScript('bench/limitServer.ts', [file], env)
      const variants: [Variant, string, string | undefined][] = [
        ['limit', `${limit.url}/`, undefined],
        ['stock', `${app.url}/api/graphql`, query.stockBody],
        ['cold', cold.url + query.careersPath, undefined],
        ['warm', warm.url + query.careersPath, undefined],
        ['host', app.url + query.careersPath, undefined],
        ['next-bare', `${app.url}/api/bench/bare?name=${name}`, undefined],
      ]
      try {
        for (const [variant, url, body] of variants) {
          if (variant !== 'stock') {
            const same = await answerOf(`${variant} ${name}`, fetch(url)) // also fills the cache of warm and host
            if (!isDeepStrictEqual(JSON.parse(same), JSON.parse(answer))) throw new Error(`${variant} ${name}: a different answer from cold's`)
          }
          await autocannon(url, warmUpSeconds, body)
          const result = await autocannon(url, seconds, body)
          if (result.non2xx > 0) throw new Error(`${variant} ${name}: ${result.non2xx} non-2xx answers`)
          rows.push({ p50_ms: result.latency.p50, p99_ms: result.latency.p99, postings, query: name, rps: Math.round(result.requests.average), variant })
          console.log(`  ${name.padEnd(6)} ${variant.padEnd(9)} ${String(rows.at(-1)!.rps).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms`)
        }
      } finally {
        await limit.stop()
      }
    }
    if (postings === sizes[0]) {
      // The careers servers are idle from here; the app is the one that takes the writes (and whose cache
      // and index hear of the publish).
      await Promise.all([cold.stop(), warm.stop()])
      console.log(`Correctness under load (${quick ? 10 : 30} s, HR publishes a change midway)...`)
      correctness = await correctnessUnderLoad(app, quick ? 10 : 30)
      console.log(`  ${JSON.stringify(correctness)}`)
    }
  } finally {
    await Promise.all([app.stop(), cold.stop(), warm.stop()])
    await database.drop()
    rmSync(answers, { force: true, recursive: true })
  }
}

for (const row of rows.filter((r) => r.variant !== 'limit')) {
  const limit = rows.find((r) => r.variant === 'limit' && r.query === row.query && r.postings === row.postings)!
  console.log(`${row.query} @${row.postings}: ${row.variant} = ${(row.rps / limit.rps).toFixed(3)} x limit`)
}
const checked = targets(rows, correctness, Object.keys(benchQueries))
console.log('Targets:')
for (const target of checked) console.log(`  ${targetLine(target)}`)
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'targets.json'), `${JSON.stringify(checked, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'seeding.json'), `${JSON.stringify(seeding, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'correctness.json'), `${JSON.stringify(correctness, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'latest.svg'), chart(rows))
console.log('Wrote bench/results/latest.json, targets.json, seeding.json, correctness.json and latest.svg')
process.exit(0)
