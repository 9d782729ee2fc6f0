import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The Next app that runs the plugin (its routes, config and migrations), apart from the plugin. */
export const appDir = path.join(root, 'dev')
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** Everything `next build` reads from this repository. */
const buildInputs = ['src', 'collections', 'seed', 'graphql/generated', 'dev', 'tsconfig.json', 'package-lock.json']
const hashFile = path.join(appDir, '.next', 'source-hash')

/**
 * What of dev/ the build does not read: what `next build` writes into the app itself (its output, the type
 * stubs it refreshes), and these scripts, which run beside it.
 */
const notBuilt = (dir: string, name: string) => {
  const parts = path.relative(appDir, dir).split(path.sep)
  return parts.includes('.next') || parts[0] === 'scripts' || (dir === appDir && name === 'next-env.d.ts')
}

export const sourceHash = (inputs: string[] = buildInputs): string => {
  const hash = createHash('sha256')
  const files = inputs.flatMap((input) => {
    const full = path.join(root, input)
    if (!existsSync(full)) return []
    if (!statSync(full).isDirectory()) return [full]
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !notBuilt(entry.parentPath, entry.name))
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
export const unsettledTopLevelAwait = 13

const runOnce = (name: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<null | number | string>((resolve) => {
    // npm is the machine's; everything else is the repository's own.
    const child = spawn(name === 'npm' ? 'npm' : bin(name), args, { cwd: root, env, stdio: 'inherit' })
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
    existsSync(path.join(appDir, '.next', 'BUILD_ID')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash
  if (upToDate) return
  console.log('Building the app (about a minute on two cores)...')
  // next build runs in production mode whatever the caller's NODE_ENV; a stray "test" would break it.
  await run('next', ['build', appDir], { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' })
  writeFileSync(hashFile, hash)
}

/** Everything the packed plugin is made from (`npm pack` runs `npm run build`, tsc to dist/). */
const packInputs = ['src', 'collections', 'seed', 'graphql/generated', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md']
const packDir = path.join(root, '.pack')

/** Where the tarball of these sources is, packed by ensurePacked. */
export const packedTarball = (): string => path.join(packDir, `payload-plugin-job-descriptions-${sourceHash(packInputs).slice(0, 16)}.tgz`)

/**
 * `npm pack` of the plugin, as a host installs it, unless a tarball of exactly these sources exists.
 * Run once before the suites (test/globalSetup.ts), so that the tests that install it never pack at once.
 */
export const ensurePacked = async (env: NodeJS.ProcessEnv = process.env): Promise<string> => {
  const tarball = packedTarball()
  if (existsSync(tarball)) return tarball
  console.log('Packing the plugin (tsc to dist/, then npm pack)...')
  rmSync(packDir, { force: true, recursive: true })
  mkdirSync(packDir, { recursive: true })
  await run('npm', ['pack', '--silent', '--pack-destination', packDir], env)
  const packed = readdirSync(packDir).find((name) => name.endsWith('.tgz'))
  if (!packed) throw new Error('npm pack wrote no tarball')
  renameSync(path.join(packDir, packed), tarball)
  return tarball
}
