import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { ensurePacked, root } from '../../dev/scripts/build.ts'

/** The committed fixture: a host's own Payload app, without the plugin in its package.json. */
export const fixture = path.join(root, 'test/host-app')

/**
 * Where the host is installed: outside the repository (Next and npm look for lock files upward), and kept
 * between runs so that its node_modules are reconciled by `npm install` (seconds) instead of made afresh
 * (about two minutes on two cores). Everything else in it is replaced on every run.
 */
export const workDir = path.join(os.tmpdir(), 'payload-plugin-host-app')
export const hostDir = path.join(workDir, 'host')
const packDir = path.join(workDir, 'pack')

/** The packages a host must hold one copy of: two copies of any of them break Payload, React or GraphQL. */
export const singletons = ['payload', '@payloadcms/next', '@payloadcms/ui', '@payloadcms/richtext-lexical', 'graphql', 'next', 'react', 'react-dom']

/** The environment a child sees: the caller's without vitest's NODE_ENV=test (Next and Payload read it). */
export const childEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  Reflect.deleteProperty(env, 'NODE_ENV')
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) Reflect.deleteProperty(env, key)
    else env[key] = value
  }
  return env
}

export type RunResult = { code: null | number; output: string; seconds: number }

/** Runs a command to its end, keeping its output (stdout and stderr interleaved) for the failure message. */
export const run = (command: string, args: string[], { cwd, env = childEnv() }: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  new Promise<RunResult>((resolve) => {
    const started = Date.now()
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8')
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => {
      output += String(error)
    })
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }))
  })

/** The end of a command's output, which is where its reason for failing is. */
export const tail = (output: string, lines = 60) => output.trimEnd().split('\n').slice(-lines).join('\n')

/** Throws with the command's own words when it failed. */
export const mustSucceed = (what: string, result: RunResult): RunResult => {
  if (result.code !== 0) throw new Error(`${what} exited with ${result.code} after ${result.seconds.toFixed(0)} s:\n${tail(result.output)}`)
  return result
}

/**
 * The plugin's tarball: `npm pack` of the repository (its `prepack` builds dist/), packed once before the
 * suites (test/globalSetup.ts) or here when this file runs alone, and named by the sources it was made from,
 * so that a reused node_modules cannot keep an older tarball's files under the same version.
 */
export const packPlugin = async (): Promise<{ result: RunResult; tarball: string }> => {
  const started = Date.now()
  const tarball = await ensurePacked(childEnv())
  return { result: { code: 0, output: '', seconds: (Date.now() - started) / 1000 }, tarball }
}

/** The careers client's own package (packages/careers-client), packed as a careers site installs it. */
export const packCareersClient = async (): Promise<string> => {
  rmSync(packDir, { force: true, recursive: true })
  mkdirSync(packDir, { recursive: true })
  const result = mustSucceed('npm pack of packages/careers-client', await run('npm', ['pack', '--pack-destination', packDir], { cwd: path.join(root, 'packages/careers-client') }))
  const packed = readdirSync(packDir).find((name) => name.endsWith('.tgz'))
  if (!packed) throw new Error(`npm pack wrote no tarball to ${packDir}:\n${tail(result.output)}`)
  const hash = createHash('sha256').update(readFileSync(path.join(packDir, packed))).digest('hex').slice(0, 12)
  const tarball = path.join(packDir, packed.replace(/\.tgz$/, `-${hash}.tgz`))
  renameSync(path.join(packDir, packed), tarball)
  return tarball
}

/** The fixture copied over the host directory; node_modules alone is kept from the last run. */
export const copyFixture = () => {
  mkdirSync(hostDir, { recursive: true })
  for (const entry of readdirSync(hostDir)) {
    if (entry !== 'node_modules') rmSync(path.join(hostDir, entry), { force: true, recursive: true })
  }
  cpSync(fixture, hostDir, {
    // The careers site is installed on its own, outside the host (see careersSite), so that no Payload is
    // found above it.
    filter: (source) =>
      !/^\/(node_modules|\.next|data|careers-site)(\/|$)|\.db$|tsbuildinfo$|\/next-env\.d\.ts$/.test(`/${path.relative(fixture, source).split(path.sep).join('/')}`),
    recursive: true,
  })
  mkdirSync(path.join(hostDir, 'data'), { recursive: true })
}

/** Where `npm ls` finds each of `names` in a directory's tree; more than one path is a duplicate. */
export const copiesOf = async (dir: string, names: string[]) => {
  const result = await run('npm', ['ls', '--all', '--parseable', ...names], { cwd: dir })
  // npm ls exits non-zero on any problem in the tree (an unmet peer, say); the paths are what we check.
  const paths = [...new Set(result.output.split('\n').filter((line) => line.startsWith(dir)))]
  return Object.fromEntries(
    names.map((name) => [name, paths.filter((line) => line.endsWith(`${path.sep}node_modules${path.sep}${name}`)).map((line) => path.relative(dir, line))]),
  )
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

export type HostServer = { output: () => string; stop: () => Promise<void>; url: string }

/** `next start` of the host's build, with its configuration switched by `env`, once it answers. */
export const startHost = async (env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<HostServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(path.join(hostDir, 'node_modules/.bin/next'), ['start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: hostDir,
    env: childEnv({ SERVER_URL: url, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The host's next start exited with ${child.exitCode}:\n${tail(output)}`)
    const answered = await fetch(`${url}/api/users/me`).then(
      (response) => response.status,
      () => 0,
    )
    if (answered === 200) return { output: () => output, stop, url }
    if (answered >= 500) {
      await stop()
      throw new Error(`The host answered GET /api/users/me with ${answered}:\n${tail(output)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`The host at ${url} did not answer within ${timeoutMs} ms:\n${tail(output)}`)
}

/** A file of the fixture's copy, written by a step (the import map, say), read back. */
export const hostFile = (relative: string) => {
  const file = path.join(hostDir, relative)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

export const writeHostFile = (relative: string, text: string) => writeFileSync(path.join(hostDir, relative), text)
