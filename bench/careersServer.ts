/**
 * `tsx bench/careersServer.ts <on|off>` with DATABASE_URI set to a seeded data set: the careers API with its
 * response cache on (the bench's `warm`) or off (`cold`), served by careersApiHandler over plain
 * `node:http`, without Next, from one Payload started in this process on that database, as the app builds
 * it (dev/payload.config.ts). One process with one JavaScript thread: what one core does. Listens on a free
 * port of 127.0.0.1 and prints `ready <url>` once Payload is up, so no measured request pays its start.
 */
import { createServer } from 'node:http'
import type { IncomingMessage } from 'node:http'
import { getPayload } from 'payload'

import { careersApiHandler } from 'payload-plugin-job-descriptions/server'
import { buildAppConfig } from '../dev/payload.config.ts'

const cache = process.argv[2]
if (cache !== 'on' && cache !== 'off') throw new Error('usage: tsx bench/careersServer.ts <on|off>')

// No cron: the jobs runner (publishing, expiry) is the app's; this process only reads.
const payload = await getPayload({ config: buildAppConfig({ pluginOptions: { publicCache: { enabled: cache === 'on' } } }) })
const handler = careersApiHandler(async () => payload)

/** The fetch-style Request careersApiHandler takes, for a node:http request. */
const requestOf = async (incoming: IncomingMessage, origin: string): Promise<Request> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
  const method = incoming.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method === 'POST') for await (const chunk of incoming) chunks.push(chunk as Buffer)
  return new Request(origin + (incoming.url ?? '/'), { body: method === 'POST' ? Buffer.concat(chunks) : undefined, headers, method })
}

const server = createServer((incoming, outgoing) => {
  const { port } = server.address() as { port: number }
  void (async () => {
    const request = await requestOf(incoming, `http://127.0.0.1:${port}`)
    const serve = request.method === 'POST' ? handler.POST : request.method === 'OPTIONS' ? handler.OPTIONS : handler.GET
    const response = await serve(request)
    // With its length, as bytes: one write, not chunks.
    const body = Buffer.from(await response.arrayBuffer())
    outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': String(body.length) })
    outgoing.end(body)
  })().catch((error: unknown) => {
    console.error(error)
    if (!outgoing.headersSent) outgoing.writeHead(500)
    outgoing.end()
  })
})
server.listen(0, '127.0.0.1', () => console.log(`ready http://127.0.0.1:${(server.address() as { port: number }).port}`))
