/**
 * `tsx bench/seedPostings.ts <N>` with DATABASE_URI set: the seed (templates, examples, demo users) plus N
 * generated, published postings that share the seeded items, across 12 departments and 30 cities.
 * Prints the seconds the N postings took.
 */
import { getPayload } from 'payload'

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

const started = performance.now()
for (let i = 0; i < count; i++) {
  const [city, country] = cities[i % cities.length]!
  await payload.create({
    collection: 'job-descriptions',
    data: {
      _status: 'published',
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
    },
    depth: 0,
    select: { slug: true },
  })
}
const seconds = (performance.now() - started) / 1000
// Exit once the line is written: process.exit can cut off output still queued for a pipe.
process.stdout.write(`${JSON.stringify({ postings: count, seconds })}\n`, () => process.exit(0))
