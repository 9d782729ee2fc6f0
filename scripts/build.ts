import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** Everything `next build` reads from this repository. */
const buildInputs = ['src', 'collections', 'next.config.ts', 'tsconfig.json', 'package-lock.json']
const hashFile = path.join(root, '.next', 'source-hash')

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

/**
 * Node's exit code for a top-level await that never settled. Our scripts' module graphs (Payload's, through
 * tsx) now and then stop loading that way when several start at once on a loaded machine, before any of
 * their code runs: seen 2 times in 12 parallel seed runs, on this session's code and on the code before it
 * alike (no output at all, not even the first line of the script). Such a run did nothing, so it is run
 * once more.
 */
const unsettledTopLevelAwait = 13

const runOnce = (name: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<null | number | string>((resolve) => {
    const child = spawn(bin(name), args, { cwd: root, env, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward).on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward)
      resolve(signal ?? code)
    })
  })

/** Runs a command from node_modules/.bin in the repository, passing signals on; rejects on a non-zero exit. */
export const run = async (name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> => {
  let status = await runOnce(name, args, env)
  if (status === unsettledTopLevelAwait) {
    console.warn(`${name} ${args.join(' ')} stopped while loading (exit ${status}, a top-level await never settled): running it once more`)
    status = await runOnce(name, args, env)
  }
  if (status !== 0) throw new Error(`${name} ${args.join(' ')} exited with ${status}`)
}

/** `next build`, unless the last build was made from exactly these sources. */
export const ensureBuilt = async (env: NodeJS.ProcessEnv = process.env): Promise<void> => {
  const hash = sourceHash()
  const upToDate =
    existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash
  if (upToDate) return
  console.log('Building the app (about a minute on two cores)...')
  // next build runs in production mode whatever the caller's NODE_ENV; a stray "test" would break it.
  await run('next', ['build'], { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' })
  writeFileSync(hashFile, hash)
}
