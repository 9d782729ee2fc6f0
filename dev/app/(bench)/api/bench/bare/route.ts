// The benchmark's `next-bare` (bench/run.ts): a route handler of this app answering fixed bytes, what Next
// alone costs a request, set beside the careers route (`host`). A 404 unless BENCH_BARE_ROUTE names a
// directory (the bench's, never a deployment's): then GET ?name=<query> answers <directory>/<query>.json,
// read once and held.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parseEnv } from '../../../../../env.ts'

const directory = parseEnv().BENCH_BARE_ROUTE
const bodies = new Map<string, string>()

const bodyOf = (name: string) => {
  const held = bodies.get(name)
  if (held !== undefined) return held
  try {
    const body = readFileSync(path.join(directory!, `${name}.json`), 'utf8')
    bodies.set(name, body)
    return body
  } catch {
    return undefined
  }
}

export const GET = async (request: Request): Promise<Response> => {
  const name = new URL(request.url).searchParams.get('name') ?? ''
  const body = directory && /^[a-z-]+$/.test(name) ? bodyOf(name) : undefined
  if (body === undefined) return new Response(null, { status: 404 })
  return new Response(body, { headers: { 'content-type': 'application/json' } })
}
