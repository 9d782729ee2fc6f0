// A careers site's server code, in a folder with no Payload: it reads a host's careers API with the typed
// careers client, in plain Node (no TypeScript loader, no bundler).
//   node read-postings.mjs <careers API endpoint> <posting slug>
// The client is the package payload-plugin-job-descriptions-careers-client (packages/careers-client), which
// brings no Payload; CAREERS_CLIENT_MODULE may name another module that exports it.
const { createCareersClient } = await import(process.env.CAREERS_CLIENT_MODULE ?? 'payload-plugin-job-descriptions-careers-client')

const [endpoint, slug] = process.argv.slice(2)
const careers = createCareersClient({ endpoint })
const list = await careers.jobPostings()
const posting = await careers.jobPosting(slug)
const facets = await careers.facets()
const faqs = await careers.faqs({ posting: slug })
console.log(
  JSON.stringify({
    departments: facets.departments.map((entry) => entry.value),
    faqs: faqs.totalCount,
    listed: list.nodes.map((node) => node.slug),
    title: posting?.title ?? null,
    totalCount: list.totalCount,
  }),
)
