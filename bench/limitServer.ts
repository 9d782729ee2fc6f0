/** Variant A, the limit: a bare node:http server answering every request with one fixed body. */
import { createServer } from 'node:http'

const [, , port, file] = process.argv
const { readFileSync } = await import('node:fs')
const body = readFileSync(file!)
createServer((_, res) => {
  res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/json' })
  res.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log('ready'))
