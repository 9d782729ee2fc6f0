// A careers site's server code, in a folder with no Payload: it reads a host's public GraphQL API with the
// typed careers client, in plain Node (no TypeScript loader, no bundler).
//   node read-postings.mjs <graphql endpoint> <posting slug>
// The client is the package payload-plugin-job-descriptions-careers-client (packages/careers-client), which
// brings no Payload; CAREERS_CLIENT_MODULE may name another module that exports it.
const { createCareersClient } = await import(process.env.CAREERS_CLIENT_MODULE ?? 'payload-plugin-job-descriptions-careers-client')

const [endpoint, slug] = process.argv.slice(2)
const careers = createCareersClient({ endpoint })
const list = await careers.listPostings({})
const posting = await careers.postingBySlug(slug)
const options = await careers.filterOptions()
const faqs = await careers.faqs()
console.log(
  JSON.stringify({
    departments: options.departments,
    faqs: faqs.length,
    listed: list.docs.map((doc) => doc.slug),
    title: posting?.title ?? null,
    totalDocs: list.totalDocs,
  }),
)
