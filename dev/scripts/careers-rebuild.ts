/** `npm run careers:rebuild`: the careers read model made anew from the published postings and FAQs. */
import { getPayload } from 'payload'
import { rebuildCareersReadModel } from 'payload-plugin-job-descriptions'

import { migrateDatabase } from '../db.ts'
import { loadConfig } from './loadConfig.ts'

const payload = await getPayload({ config: await loadConfig() })
await migrateDatabase(payload)
const built = await rebuildCareersReadModel(payload)
console.log(`Careers read model rebuilt: ${built.postings} postings, ${built.faqs} FAQs.`)
process.exit(0)
