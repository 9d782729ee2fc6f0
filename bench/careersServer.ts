/**
 * `tsx bench/careersServer.ts <on|off>` with DATABASE_URI set to a seeded data set: the careers API with its
 * response cache on (the bench's `warm`) or off (`cold`), served by careersApiListener over plain
 * `node:http`, without Next, from one Payload started in this process on that database, as the app builds
 * it (dev/payload.config.ts). One process with one JavaScript thread: what one core does. Listens on a free
 * port of 127.0.0.1 and prints `ready <url>` once Payload is up, so no measured request pays its start.
 */
import { createServer } from 'node:http'
import { getPayload } from 'payload'

import { careersApiListener } from 'payload-plugin-job-descriptions/server'
import { buildAppConfig } from '../dev/payload.config.ts'

const cache = process.argv[2]
if (cache !== 'on' && cache !== 'off') throw new Error('usage: tsx bench/careersServer.ts <on|off>')

// No cron: the jobs runner (publishing, expiry) is the app's; this process only reads.
const payload = await getPayload({ config: buildAppConfig({ pluginOptions: { publicCache: { enabled: cache === 'on' } } }) })
const server = createServer(careersApiListener(async () => payload))
server.listen(0, '127.0.0.1', () => console.log(`ready http://127.0.0.1:${(server.address() as { port: number }).port}`))
