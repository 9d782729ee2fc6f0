import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../seed/data'
import { runSeed } from '../seed/seeder'
import type { User } from '../dev/payload-types.ts'
import { settleNotifications } from '../src/workflow/notify'
import { transition } from '../src/workflow/transition'
import { signatureHeader, timestampHeader, verifyWebhookSignature } from '../src/workflow/webhookSignature'
import { sqliteDatabase } from './helpers/databases'
import type { TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'

type Mail = { raw: string; to: string[] }
type Hook = { body: string; headers: Record<string, string | string[] | undefined> }

const webhookSecret = 'webhook-secret-that-is-long-enough-0123'

/** Review notifications as they leave the app: email over a real SMTP server, the signed webhook over HTTP. */
describe('review notifications', () => {
  let payload: Payload
  let database: TestDatabase
  let smtp: SMTPServer
  let receiver: ReturnType<typeof createServer>
  const mails: Mail[] = []
  const hooks: Hook[] = []
  const users = {} as Record<'editor' | 'hr', User>

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = ''
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
        stream.on('end', () => {
          mails.push({ raw, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
    receiver = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        hooks.push({ body, headers: request.headers })
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))

    database = sqliteDatabase()
    const smtpPort = (smtp.server.address() as AddressInfo).port
    const hookPort = (receiver.address() as AddressInfo).port
    payload = await startPayload(
      database.uri,
      { notifications: { serverURL: 'https://jobs.example.com', webhook: { secret: webhookSecret, url: `http://127.0.0.1:${hookPort}/hr-tool` } } },
      { smtpUrl: `smtp://127.0.0.1:${smtpPort}` },
    )
    await runSeed(payload, seed, { development: true })
    for (const role of ['editor', 'hr'] as const) {
      users[role] = (await payload.find({ collection: 'users', where: { email: { equals: `${role}@example.com` } } })).docs[0]!
    }
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
    receiver?.close()
  })

  const move = async (role: 'editor' | 'hr', id: number, action: 'approve' | 'publish' | 'request_changes' | 'submit', comment?: string) => {
    const { docs } = await payload.findVersions({ collection: 'job-descriptions', limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })
    await transition({ collection: 'job-descriptions', id, input: { action, comment, versionId: String(docs[0]!.id) }, payload, user: users[role] })
    await settleNotifications(payload)
  }
  const subjectOf = (mail: Mail) => /^Subject: (.*)$/m.exec(mail.raw)?.[1]

  it('emails HR on submission and the author on changes, approval and publication, with the comment and a link', async () => {
    const doc = await payload.create({ collection: 'job-descriptions', data: { kind: 'posting', title: 'Notified posting' }, draft: true })
    await move('editor', doc.id, 'submit')
    expect(mails.map((mail) => [mail.to, subjectOf(mail)])).toEqual([[['hr@example.com'], 'Submitted for review: Notified posting']])
    expect(mails[0]!.raw).toContain(`https://jobs.example.com/admin/collections/job-descriptions/${doc.id}`)

    await move('hr', doc.id, 'request_changes', 'Add a salary range, please.')
    await move('editor', doc.id, 'submit')
    await move('hr', doc.id, 'approve')
    await move('hr', doc.id, 'publish')
    expect(mails.slice(1).map((mail) => [mail.to, subjectOf(mail)])).toEqual([
      [['editor@example.com'], 'Changes requested: Notified posting'],
      [['hr@example.com'], 'Submitted for review: Notified posting'],
      [['editor@example.com'], 'Approved: Notified posting'],
      [['editor@example.com'], 'Published: Notified posting'],
    ])
    expect(mails[1]!.raw).toContain('Add a salary range, please.')
    expect(mails[1]!.raw).toMatch(/^From: Job descriptions <jobs@example.com>$/m)
  })

  it('calls the webhook for each move, signed so HR tools can check it came from us', async () => {
    expect(hooks.map((hook) => JSON.parse(hook.body).event)).toEqual([
      'workflow.submit',
      'workflow.request_changes',
      'workflow.submit',
      'workflow.approve',
      'workflow.publish',
    ])
    const changes = JSON.parse(hooks[1]!.body).record
    expect(changes).toMatchObject({ action: 'request_changes', byEmail: 'hr@example.com', comment: 'Add a salary range, please.', from: 'in_review', to: 'changes_requested' })
    for (const hook of hooks) {
      const signed = { body: hook.body, signature: String(hook.headers[signatureHeader]), timestamp: String(hook.headers[timestampHeader]) }
      expect(verifyWebhookSignature({ ...signed, secret: webhookSecret })).toBe(true)
      expect(verifyWebhookSignature({ ...signed, secret: 'another-secret-that-is-long-enough-000' })).toBe(false)
      expect(verifyWebhookSignature({ ...signed, body: hook.body.replace('Notified', 'Forged'), secret: webhookSecret })).toBe(false)
    }
  })
})
