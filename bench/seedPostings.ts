/**
 * `tsx bench/seedPostings.ts <N>` with DATABASE_URI set: the seed (templates, examples, demo users) plus N
 * generated, published postings that share the seeded items, across 12 departments and 30 cities.
 * Prints the seconds the N postings took.
 *
 * The bulk path: the first posting goes through the Local API with every hook (so the stored fields the
 * hooks derive are the real ones); the rest are that document with their own values, written through the
 * database adapter (`payload.db.create` and `createVersion`: the main row and its published version), which
 * skips per-document hooks, validation and access, 500 postings to a transaction. Through the Local API
 * alone, 10,000 postings took 471 s; one by one through the adapter, 63 to 95 s; so, about 41 s.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { getPayload } from 'payload'
import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

// The config before the seeder: with the seeder (and so the Lexical package) imported first, about one run
// in two ended at once with exit code 13, a top-level await left pending while modules were loading.
import { migrateDatabase } from '../src/db'
import config from '../src/payload.config'
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

const posting = (i: number): RequiredDataFromCollectionSlug<'job-descriptions'> & { locations: { city: string; country: string }[] } => {
  const [city, country] = cities[i % cities.length]!
  return {
      _status: 'published' as const,
      applyUrl: `https://example.com/careers/posting-${i}/apply`,
      department: departments[i % departments.length],
      employmentType: ['FULL_TIME'],
      faqs: ids(template.faqs),
      kind: 'posting',
      locations: [{ city, country }],
      requirements: ids(template.requirements),
      responsibilities: ids(template.responsibilities),
      salary: { currency: 'EUR', interval: 'YEAR', max: 60_000 + (i % 40) * 1000, min: 45_000 + (i % 40) * 1000 },
      slug: `posting-${i}`,
      summary: template.summary,
      title: `${departments[i % departments.length]} specialist ${i}`,
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

const started = performance.now()
const first = await payload.create({ collection: 'job-descriptions', data: posting(0), depth: 0 })
// What the hooks stored on the first posting, which every generated posting shares.
const derived = { contentCheck: first.contentCheck, datePosted: first.datePosted, placeholders: [], stage: 'published', summaryPlain: first.summaryPlain }
const batch = 500
for (let from = 1; from < count; from += batch) {
  await inTransaction(async (transaction) => {
    const req = transaction as PayloadRequest
    for (let i = from; i < Math.min(from + batch, count); i++) {
      // Array rows need their ids, which Payload's hooks would otherwise generate.
      // One posted every 13 minutes before the first, as a real history would have them.
      const datePosted = new Date(Date.parse(first.datePosted!) - i * 13 * 60_000).toISOString()
      const data = { ...posting(i), ...derived, datePosted, locations: posting(i).locations.map((row) => ({ ...row, id: randomBytes(12).toString('hex') })) }
      // On SQLite, the next row id is given rather than read back (it numbers on from the largest id
      // anyway); elsewhere a given id would leave the database's sequence behind.
      let id = first.id + i
      if (sqlite) await payload.db.create({ collection: 'job-descriptions', customID: id, data, req, returning: false })
      else id = (await payload.db.create({ collection: 'job-descriptions', data, req, select: { id: true } })).id as number
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
const seconds = (performance.now() - started) / 1000
// Exit once the line is written: process.exit can cut off output still queued for a pipe.
process.stdout.write(`${JSON.stringify({ postings: count, seconds })}\n`, () => process.exit(0))
