/**
 * `tsx bench/limitServer.ts <file>`: the bench's `limit`, a bare node:http server answering every request
 * with the file's bytes (a careers API answer), the most any server in Node could do with them. Listens on
 * a free port of 127.0.0.1 and prints `ready <url>`.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const body = readFileSync(process.argv[2]!)
const server = createServer((_, res) => {
  res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/json' })
  res.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(`ready http://127.0.0.1:${(server.address() as { port: number }).port}`))
