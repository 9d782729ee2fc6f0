import { Writable } from 'node:stream'
import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import type { JobDescriptionsPluginOptions } from '../src/types'
import { startHostPayload } from './helpers/hostPayload'

/** The warnings a real Payload init logs, read from the logger's own output stream. */
const warningsOf = async (host: Partial<Config>, options: JobDescriptionsPluginOptions = {}): Promise<string[]> => {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const started = await startHostPayload({ ...host, logger: { destination, options: { level: 'warn' } } }, options)
  await started.stop()
  return lines
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((entry) => entry.level === 40 && entry.msg.startsWith('jobDescriptionsPlugin'))
    .map((entry) => entry.msg)
}

describe('the job runner check at init', () => {
  it('warns, naming what will not happen, when nothing runs the jobs', async () => {
    const [warning, ...more] = await warningsOf({})
    expect(more).toEqual([])
    expect(warning).toMatch(/scheduled publishes and unpublishes \(queue "default"\) stay queued and never happen/)
    expect(warning).toMatch(/postings past their validThrough date are not unpublished \(queue "job-descriptions"\)/)
    expect(warning).toMatch(/jobs\.autoRun/)
    expect(warning).toMatch(/runner: 'external'/)
  })

  it('names the queue an autoRun leaves out', async () => {
    const warnings = await warningsOf({ jobs: { autoRun: [{ cron: '* * * * *', queue: 'default' }], tasks: [] } })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/queue "job-descriptions"/)
    expect(warnings[0]).not.toMatch(/queue "default"/)
  })

  it('says nothing when autoRun runs every queue, or the host runs its own runner', async () => {
    expect(await warningsOf({ jobs: { autoRun: [{ allQueues: true, cron: '0 0 1 1 *' }], tasks: [] } })).toEqual([])
    expect(await warningsOf({}, { jobs: { runner: 'external' } })).toEqual([])
  })
})
