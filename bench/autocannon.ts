import { spawn } from 'node:child_process'

import { bin } from '../dev/scripts/build.ts'

/** Every load of the bench: this many connections, each sending its next request when its answer is in. */
export const connections = 20

export type Load = { latency: { p50: number; p99: number }; non2xx: number; requests: { average: number } }

/** autocannon in a process of its own (so the load generator never shares a thread with what it loads). */
export const autocannon = (url: string, seconds: number, body?: string): Promise<Load> =>
  new Promise((resolve, reject) => {
    const post = body === undefined ? [] : ['-m', 'POST', '-H', 'content-type=application/json', '-b', body]
    const args = ['-c', String(connections), '-d', String(seconds), ...post, '--json', url]
    const child = spawn(bin('autocannon'), args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exited with ${code}`))))
  })
