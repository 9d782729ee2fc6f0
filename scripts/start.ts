/**
 * `npm start`: builds the Next app if its sources changed since the last build, migrates and seeds an
 * empty database, then serves admin, REST and GraphQL on PORT (default 3000).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseEnv } from '../src/env'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const env = parseEnv()
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** Everything `next build` reads from this repository. */
const buildInputs = ['src', 'collections', 'next.config.ts', 'tsconfig.json', 'package-lock.json']

const sourceHash = (): string => {
  const hash = createHash('sha256')
  const files = buildInputs.flatMap((input) => {
    const full = path.join(root, input)
    if (!existsSync(full)) return []
    if (!statSync(full).isDirectory()) return [full]
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
  })
  for (const file of files.sort()) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file))
  return hash.digest('hex')
}

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: childEnv, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward).on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`))
    })
  })

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const hashFile = path.join(root, '.next', 'source-hash')

const hash = sourceHash()
const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash
if (built) {
  console.log('Build is up to date.')
} else {
  console.log('Building the app (about a minute on two cores)...')
  await run(bin('next'), ['build'])
  writeFileSync(hashFile, hash)
}

await run(bin('tsx'), ['seed/run.ts', '--if-empty'])

console.log(`Admin:   http://localhost:${env.PORT}/admin`)
console.log(`GraphQL: http://localhost:${env.PORT}/api/graphql`)
try {
  await run(bin('next'), ['start', '--port', String(env.PORT)])
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
}
