import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { packedTarball, root } from '../dev/scripts/build.ts'

const exec = promisify(execFile)
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import: string; types: string }>
  peerDependencies: Record<string, string>
  dependencies: Record<string, string>
}
const entries = Object.keys(manifest.exports).filter((entry) => entry !== './package.json')

/**
 * The tarball globalSetup packed (`npm pack`, as a host installs it), unpacked into a folder whose
 * node_modules hold it and, beside it, this repository's packages: what `npm install` of the tarball gives
 * a host that has the peer dependencies. (test/host-app.test.ts installs it for real, with npm.)
 */
let site: string
let files: string[]
beforeAll(async () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'jd-package-'))
  const modules = path.join(site, 'node_modules')
  mkdirSync(modules)
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name === '.bin') continue
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name))
  }
  const installed = path.join(modules, 'payload-plugin-job-descriptions')
  mkdirSync(installed)
  await exec('tar', ['-xzf', packedTarball(), '-C', installed, '--strip-components=1'])
  files = readdirSync(installed, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(installed, path.join(entry.parentPath, entry.name)))
  readFileSync(path.join(site, 'node_modules', 'payload-plugin-job-descriptions', 'package.json'))
  // The site's own package.json: an ES module project.
  await exec('sh', ['-c', `echo '{"type":"module"}' > package.json`], { cwd: site })
}, 120_000)
afterAll(() => rmSync(site, { force: true, recursive: true }))

describe('the packed plugin', () => {
  it('holds the built plugin only: JavaScript and declarations under dist/, the manifest and the README', () => {
    const outside = files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md'].includes(file))
    expect(outside).toEqual([])
    // No TypeScript source, no app, no tests, no migrations.
    expect(files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([])
    expect(files.filter((file) => /(^|\/)(dev|test|bench|migrations|app)\//.test(file))).toEqual([])
    for (const entry of entries) {
      const target = manifest.exports[entry] as { import: string; types: string }
      expect(files, entry).toContain(target.import.slice(2))
      expect(files, entry).toContain(target.types.slice(2))
    }
    // What it weighs is in the README ("about N kB packed").
    const kilobytes = Math.round(statSync(packedTarball()).size / 1024)
    const stated = /about (\d+) kB packed/.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))
    expect(stated, 'README: "about N kB packed"').not.toBeNull()
    expect(Math.abs(Number(stated![1]) - kilobytes), `packed: ${kilobytes} kB`).toBeLessThan(Math.max(20, kilobytes * 0.2))
  })

  it('ships no declaration that augments the `payload` module', () => {
    const installed = path.join(site, 'node_modules', 'payload-plugin-job-descriptions')
    const augmenting = files.filter((file) => file.endsWith('.d.ts') && /declare module ['"]payload['"]/.test(readFileSync(path.join(installed, file), 'utf8')))
    expect(augmenting).toEqual([])
  })

  it('declares Payload, Next, React and GraphQL as peers, and no database adapter, tsx or SMTP transport as a dependency', () => {
    for (const peer of ['payload', '@payloadcms/ui', '@payloadcms/richtext-lexical', 'graphql', 'next', 'react', 'react-dom']) {
      expect(manifest.peerDependencies[peer], peer).toMatch(/^\^|>=/)
      expect(manifest.dependencies[peer], peer).toBeUndefined()
    }
    for (const appOnly of ['@payloadcms/db-sqlite', '@payloadcms/db-postgres', '@payloadcms/db-mongodb', 'tsx', 'nodemailer', 'ioredis', 'libsql']) {
      expect(manifest.dependencies[appOnly], appOnly).toBeUndefined()
    }
  })

  // Plain Node: no bundler, no TypeScript loader. `./admin` holds client components on @payloadcms/ui,
  // whose own modules import style sheets; it gets a hook that loads those as empty, as a bundler does.
  it.each(entries)('imports %s in plain Node', async (entry) => {
    const specifier = `payload-plugin-job-descriptions${entry.slice(1)}`
    const args = [...(entry === './admin' ? ['--import', path.join(root, 'test/fixtures/ignoreStyles.mjs')] : []), '--input-type=module', '-e', `const m = await import('${specifier}'); console.log(Object.keys(m).sort().join(','))`]
    const { stdout } = await exec(process.execPath, args, { cwd: site, env: { ...process.env, NODE_ENV: 'production' } })
    expect(stdout.trim().split(',').length, stdout).toBeGreaterThan(0)
    expect(stdout.trim()).not.toBe('')
  }, 60_000)

  it('exports what hosts are told to use', async () => {
    const run = async (specifier: string) =>
      (await exec(process.execPath, ['--input-type=module', '-e', `console.log(Object.keys(await import('${specifier}')).join(','))`], { cwd: site })).stdout.trim().split(',')
    expect(await run('payload-plugin-job-descriptions')).toEqual(expect.arrayContaining(['jobDescriptionsPlugin', 'seedJobDescriptionTemplates', 'createCareersClient']))
    expect(await run('payload-plugin-job-descriptions/sqlite')).toEqual(expect.arrayContaining(['cacheSqliteStatements', 'sqliteParentIndexes', 'withSqliteWriteLock']))
    expect(await run('payload-plugin-job-descriptions/postgres')).toEqual(['postgresParentIndexes'])
    expect(await run('payload-plugin-job-descriptions/server')).toEqual(expect.arrayContaining(['guardedGraphQLPost', 'jobDescriptionsServerFunctions']))
  }, 60_000)
})
