/** `npm run careers:rebuild`: the careers read model made anew from the published postings and FAQs. */
import { getPayload } from 'payload'
import { rebuildCareersReadModel } from 'payload-plugin-job-descriptions'

import { loadConfig } from './loadConfig.ts'

const payload = await getPayload({ config: await loadConfig() })
const built = await rebuildCareersReadModel(payload)
console.log(`Careers read model rebuilt: ${built.postings} postings, ${built.faqs} FAQs.`)
process.exit(0)
