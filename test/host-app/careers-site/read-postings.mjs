// A careers site's server code, in a folder with no Payload: it reads a host's public GraphQL API with the
// typed careers client, in plain Node (no TypeScript loader, no bundler).
//   node read-postings.mjs <graphql endpoint> <posting slug>
// CAREERS_CLIENT_MODULE names the module the client comes from: the plugin's `./careers` entry for now.
// TODO(issue 14): the client's own package (packages/careers-client) once it is packed separately; the test
// sets CAREERS_CLIENT_MODULE (test/host-app.test.ts, `careersClient`).
const { createCareersClient } = await import(process.env.CAREERS_CLIENT_MODULE ?? 'payload-plugin-job-descriptions/careers')

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
