/**
 * `tsx bench/seedPostings.ts <N>` with DATABASE_URI set: the seed (templates, examples, demo users) plus N
 * generated, published postings that share the seeded items, across 12 departments and 30 cities, then the
 * careers read model rebuilt. Prints the seconds the N postings took and the seconds the rebuild took.
 *
 * The bulk path: the first posting goes through the Local API with every hook (so the stored fields the
 * hooks derive are the real ones); the rest are that posting with their own slug, title, department,
 * salary, workplace, place and posting date. On SQLite (the bench's database) they are copied at the SQL
 * level, table by table, in a few INSERT … SELECT statements: 10,000 in about 2.5 s. Elsewhere they go
 * through the database adapter (`payload.db.create` and `createVersion`), 500 to a transaction, skipping
 * per-document hooks, validation and access: 10,000 took 41 to 72 s on SQLite, as the machine's speed
 * varied, and 471 s through the Local API. Both ways give Payload the same postings: their GraphQL answers
 * and versions differ only in timestamps and array row ids, and a copied posting can be reviewed and
 * published like any other (the bench's correctness run does it).
 *
 * The copies skip Payload's hooks, and so the careers read model, which the hooks fill on every publish:
 * it then holds the seed's postings and the first generated one only, so it is rebuilt from what is
 * published (rebuildCareersReadModel, as `npm run careers:rebuild` does), and that is timed apart. The
 * rows it renders carry SERVER_URL (posting links, JSON-LD): the bench sets the one its servers use.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { getPayload } from 'payload'
import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import type { JobDescription } from '../dev/payload-types.ts'

// The config before the seeder: with the seeder (and so the Lexical package) imported first, about one run
// in two ended at once with exit code 13, a top-level await left pending while modules were loading.
import { locationLabel } from '../src/careers/locationLabel'
import { rebuildCareersReadModel } from 'payload-plugin-job-descriptions'
import { migrateDatabase } from '../dev/db.ts'
import config from '../dev/payload.config.ts'
import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'

const count = Number(process.argv[2] ?? 100)
const departments = ['Engineering', 'Data', 'Design', 'Product', 'Sales', 'Marketing', 'Finance', 'People', 'Legal', 'Support', 'Operations', 'Security']
const cities: [string, string][] = [
  ['Berlin', 'DE'], ['Hamburg', 'DE'], ['Munich', 'DE'], ['Amsterdam', 'NL'], ['Rotterdam', 'NL'], ['Paris', 'FR'],
  ['Lyon', 'FR'], ['Madrid', 'ES'], ['Barcelona', 'ES'], ['Lisbon', 'PT'], ['Porto', 'PT'], ['Warsaw', 'PL'],
  ['Krakow', 'PL'], ['Prague', 'CZ'], ['Vienna', 'AT'], ['Zurich', 'CH'], ['Milan', 'IT'], ['Rome', 'IT'],
  ['Dublin', 'IE'], ['London', 'GB'], ['Manchester', 'GB'], ['Edinburgh', 'GB'], ['Stockholm', 'SE'], ['Oslo', 'NO'],
  ['Copenhagen', 'DK'], ['Helsinki', 'FI'], ['Tallinn', 'EE'], ['Riga', 'LV'], ['Vilnius', 'LT'], ['Brussels', 'BE'],
]
const workplaces = ['on_site', 'hybrid', 'remote'] as const

const payload = await getPayload({ config })
await migrateDatabase(payload)
await runSeed(payload, seed, { development: true })
const template = (await payload.find({ collection: 'job-descriptions', where: { slug: { equals: 'backend-developer-berlin' } } })).docs[0]!
const ids = (items: unknown) => (items as { id: number }[]).map((item) => item.id)

/**
 * The first 40 alternate between the two departments the bench's list and search ask for (Engineering,
 * Legal), the rest go round the twelve: so both fill their page of 20 at 100 postings as at 10,000, and the
 * scale target compares the same answer at two sizes, not a page of 8 with a page of 20.
 */
const departmentOf = (i: number) => (i < 40 ? (i % 2 === 0 ? 'Engineering' : 'Legal') : departments[i % departments.length]!)

const posting = (i: number): RequiredDataFromCollectionSlug<'job-descriptions'> & { locations: { city: string; country: string }[] } => {
  const [city, country] = cities[i % cities.length]!
  return {
      _status: 'published' as const,
      applyUrl: `https://example.com/careers/posting-${i}/apply`,
      department: departmentOf(i),
      employmentType: ['FULL_TIME'],
      faqs: ids(template.faqs),
      kind: 'posting',
      locations: [{ city, country }],
      requirements: ids(template.requirements),
      responsibilities: ids(template.responsibilities),
      salary: { currency: 'EUR', interval: 'YEAR', max: 60_000 + (i % 40) * 1000, min: 45_000 + (i % 40) * 1000 },
      slug: `posting-${i}`,
      summary: template.summary,
      title: `${departmentOf(i)} specialist ${i}`,
      workplaceType: workplaces[i % workplaces.length],
  }
}

type Drizzle = { transaction: (run: (tx: unknown) => Promise<void>) => Promise<void> }
const adapter = payload.db as unknown as {
  drizzle: Drizzle
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  sessions: Record<string, { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }>
}

// A data set for measuring, not data to keep: on SQLite, let writes skip the disk sync and share a journal.
// (The SQLite adapter runs without transactions here, so each insert would otherwise be its own fsync.)
const sqlite = payload.db.name === 'sqlite'
if (sqlite) {
  await adapter.execute({ drizzle: adapter.drizzle, raw: 'PRAGMA journal_mode = WAL' })
  await adapter.execute({ drizzle: adapter.drizzle, raw: 'PRAGMA synchronous = OFF' })
}

/**
 * Runs `write` in one database transaction, handed to the adapter's calls as Payload hands its own: a
 * session under `req.transactionID` (what the adapter's `beginTransaction` sets up, which the SQLite
 * adapter leaves off by default). A few hundred postings to a transaction halve the seeding time.
 */
const inTransaction = (write: (req: { transactionID: string }) => Promise<void>) =>
  adapter.drizzle.transaction(async (tx) => {
    const transactionID = randomUUID()
    const settled = () => Promise.resolve()
    adapter.sessions[transactionID] = { db: tx, reject: settled, resolve: settled }
    try {
      await write({ transactionID })
    } finally {
      delete adapter.sessions[transactionID]
    }
  })

type Client = { execute: (statement: { args?: unknown[]; sql: string }) => Promise<{ rows: Record<string, unknown>[] }> }

/** One posted every 13 minutes before the first, as a real history would have them. */
const datePostedOf = (first: { datePosted?: null | string }, i: number) =>
  new Date(Date.parse(first.datePosted!) - i * 13 * 60_000).toISOString()

/**
 * Elsewhere than SQLite: each posting through the adapter (`payload.db.create` and `createVersion`, its
 * main row and its published version), 500 to a transaction.
 */
const throughAdapter = async (first: JobDescription) => {
  // What the hooks stored on the first posting, which every generated posting shares.
  const derived = { contentCheck: first.contentCheck, placeholders: [], stage: 'published', summaryPlain: first.summaryPlain }
  const batch = 500
  for (let from = 1; from < count; from += batch) {
    await inTransaction(async (transaction) => {
      const req = transaction as PayloadRequest
      for (let i = from; i < Math.min(from + batch, count); i++) {
        // Array rows need their ids, and places their label, which Payload's hooks would otherwise make.
        const locations = posting(i).locations.map((row) => ({ ...row, id: randomBytes(12).toString('hex'), label: locationLabel(row) }))
        const data = { ...posting(i), ...derived, datePosted: datePostedOf(first, i), locations }
        const { id } = await payload.db.create({ collection: 'job-descriptions', data, req, select: { id: true } })
        const now = new Date().toISOString()
        await payload.db.createVersion({
          autosave: false,
          collectionSlug: 'job-descriptions',
          createdAt: now,
          parent: id,
          req,
          returning: false,
          updatedAt: now,
          versionData: { ...data, createdAt: now, updatedAt: now },
        })
      }
    })
  }
}

/**
 * On SQLite: copies of the first posting's rows, its own values set per posting, table by table in one
 * INSERT … SELECT each: the main row and every table hanging off it (arrays, relationships, many-valued
 * fields, each holding the posting's id), then its published version and the tables hanging off that.
 * Every table Payload made for the collection takes part, so nothing the adapter would write is missed.
 */
const copyOnSqlite = async (first: JobDescription) => {
  const client = (payload.db as unknown as { client: Client }).client
  const exec = (sql: string, args: unknown[] = []) => client.execute({ args, sql })
  const values = Array.from({ length: count - 1 }, (_, index) => {
    const i = index + 1
    const { applyUrl, department, locations, salary, slug, title, workplaceType } = posting(i)
    return [i, slug, title, department, applyUrl, salary!.min, salary!.max, workplaceType, datePostedOf(first, i), locations[0]!.city, locations[0]!.country, locationLabel(locations[0]!)]
  })
  await exec('CREATE TEMP TABLE generated (i INTEGER PRIMARY KEY, slug, title, department, apply_url, salary_min, salary_max, workplace_type, date_posted, city, country, label)')
  for (let from = 0; from < values.length; from += 500) {
    const rows = values.slice(from, from + 500)
    await exec(`INSERT INTO generated VALUES ${rows.map(() => `(${Array(12).fill('?').join(',')})`).join(',')}`, rows.flat())
  }
  const own = ['slug', 'title', 'department', 'apply_url', 'salary_min', 'salary_max', 'workplace_type', 'date_posted']
  const tables = (await exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'job\\_descriptions\\_%' ESCAPE '\\' OR name LIKE '\\_job\\_descriptions\\_v\\_%' ESCAPE '\\')`)).rows.map((row) => row.name as string)
  const copy = async (table: string, { from, id, parentColumn, set }: { from: number; id?: string; parentColumn: string; set: Record<string, string> }) => {
    const columns = (await exec(`PRAGMA table_info("${table}")`)).rows.map((row) => ({ name: row.name as string, type: row.type as string }))
    // An array row's id is text, and its version keeps it as `_uuid` (Payload restores and publishes
    // array rows by it): both are the template row's, made the posting's own the same way on each side.
    const own = (column: string) => `substr(t."${column}", 1, 16) || printf('%08x', g.i)`
    const select = columns.flatMap(({ name, type }): [string, string][] => {
      if (name === 'id') return id ? [[name, id]] : type === 'TEXT' ? [[name, own('id')]] : [] // numbered by SQLite
      if (name === '_uuid') return [[name, own('_uuid')]]
      return [[name, set[name] ?? `t."${name}"`]]
    })
    const source = parentColumn === 'id' ? 't.id' : `t."${parentColumn}"`
    await exec(
      `INSERT INTO "${table}" (${select.map(([name]) => `"${name}"`).join(', ')}) SELECT ${select.map(([, value]) => value).join(', ')} FROM "${table}" t, generated g WHERE ${source} = ?`,
      [from],
    )
  }
  const parentColumnOf = async (table: string) =>
    (await exec(`PRAGMA table_info("${table}")`)).rows.map((row) => row.name as string).find((name) => name === 'parent_id' || name === '_parent_id')!
  const postingId = `${first.id} + g.i`
  const place = { city: 'g.city', country: 'g.country', label: 'g.label' }

  await copy('job_descriptions', { from: first.id, id: postingId, parentColumn: 'id', set: Object.fromEntries(own.map((column) => [column, `g.${column}`])) })
  for (const table of tables.filter((name) => name.startsWith('job_descriptions_'))) {
    const parentColumn = await parentColumnOf(table)
    await copy(table, { from: first.id, parentColumn, set: { [parentColumn]: postingId, ...(table.endsWith('_locations') ? place : {}) } })
  }
  const version = (await exec('SELECT id FROM _job_descriptions_v WHERE parent_id = ? AND latest = 1', [first.id])).rows[0]!.id as number
  const versionBase = (await exec('SELECT max(id) AS id FROM _job_descriptions_v')).rows[0]!.id as number
  const versionId = `${versionBase} + g.i`
  await copy('_job_descriptions_v', {
    from: version,
    id: versionId,
    parentColumn: 'id',
    set: { parent_id: postingId, ...Object.fromEntries(own.map((column) => [`version_${column}`, `g.${column}`])) },
  })
  for (const table of tables.filter((name) => name.startsWith('_job_descriptions_v_'))) {
    const parentColumn = await parentColumnOf(table)
    await copy(table, { from: version, parentColumn, set: { [parentColumn]: versionId, ...(table.endsWith('_locations') ? place : {}) } })
  }
  await exec('DROP TABLE generated')
}

const started = performance.now()
const first = await payload.create({ collection: 'job-descriptions', data: posting(0), depth: 0 })
await (sqlite ? copyOnSqlite(first) : throughAdapter(first))
const seconds = (performance.now() - started) / 1000
const rebuilding = performance.now()
await rebuildCareersReadModel(payload)
const readModelSeconds = (performance.now() - rebuilding) / 1000
// Exit once the line is written: process.exit can cut off output still queued for a pipe.
process.stdout.write(`${JSON.stringify({ postings: count, readModelSeconds, seconds })}\n`, () => process.exit(0))
