/**
 * `npm run seed`: seeds the database DATABASE_URI names (the embedded SQLite file by default).
 * `--if-empty` seeds only a database with no job-description content, as `npm start` does.
 */
import { getPayload } from 'payload'
import { defaultSlugs, isContentEmpty, seedJobDescriptions } from 'payload-plugin-job-descriptions'

import { migrateDatabase } from '../db.ts'
import { parseEnv } from '../env.ts'
import { loadConfig } from './loadConfig.ts'

const ifEmpty = process.argv.includes('--if-empty')
const env = parseEnv()
// Accounts with the README's passwords only where asked for: `npm run dev`, or SEED_DEMO_USERS=true.
// `npm start` has none; its first user registers in the admin and becomes the admin.
const demoUsers = env.SEED_DEMO_USERS ?? env.NODE_ENV === 'development'
const payload = await getPayload({ config: await loadConfig() })
try {
  await migrateDatabase(payload)
  if (ifEmpty && !(await isContentEmpty(payload))) {
    payload.logger.info('Seed: the database already has content; nothing to do.')
  } else {
    const report = await seedJobDescriptions(payload, { demoUsers, examplePostings: env.NODE_ENV !== 'production' })
    payload.logger.info(
      `Seed: job descriptions created [${report.jobDescriptions.created.join(', ')}], kept [${report.jobDescriptions.kept.join(', ')}]; ` +
        `items created ${report.items.created}, reused ${report.items.reused}; ` +
        `demo users created [${report.users.created.join(', ')}]`,
    )
  }
  if ((await payload.count({ collection: defaultSlugs.users })).totalDocs === 0) {
    payload.logger.info('No accounts yet: the first user registers in the admin (/admin) and becomes its admin.')
  }
} finally {
  await payload.destroy()
}
process.exit(0)
