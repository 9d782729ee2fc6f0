import type { Payload } from 'payload'

import { defaultRoleModel, roleModelOf } from '../access/roleModel.ts'
import type { Approval, User } from '../generated/documents.ts'
import type { JobDescriptionsSlugs, WorkflowNotifications } from '../types.ts'
import { actionLabels } from './stages.ts'
import { signatureHeader, signWebhook, timestampHeader } from './webhookSignature.ts'

/** The moves people are told about; edits and system moves are only recorded. */
const announced = new Set(['approve', 'publish', 'request_changes', 'submit'])

const emailsOf = (users: User[], except: unknown) =>
  users.filter((user) => user.email && user.id !== (except as User | undefined)?.id).map((user) => user.email)

/**
 * HR, as the role model says: with the plugin's roles, a query; with a host's own `isReviewer` (which no
 * query can express), every account read a page at a time and asked.
 */
const reviewers = async (payload: Payload, slugs: JobDescriptionsSlugs): Promise<User[]> => {
  const { isReviewer } = roleModelOf(payload)
  if (isReviewer === defaultRoleModel.isReviewer) {
    const { docs } = await payload.find({ collection: slugs.users, depth: 0, pagination: false, where: { roles: { in: ['hr'] } } })
    return docs as User[]
  }
  const found: User[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({ collection: slugs.users, depth: 0, limit: 500, page, sort: 'id' })
    found.push(...(docs as User[]).filter((user) => isReviewer(user)))
    if (!hasNextPage) return found
  }
}

/** Who hears about a move: HR on submission; the author who submitted on approval, changes and publication. */
const recipients = async (payload: Payload, slugs: JobDescriptionsSlugs, entry: Approval, actor: unknown): Promise<string[]> => {
  if (entry.action === 'submit') return emailsOf(await reviewers(payload, slugs), actor)
  const { docs } = await payload.find({
    collection: slugs.approvals,
    depth: 1,
    limit: 1,
    sort: '-createdAt',
    where: { and: [{ documentId: { equals: entry.documentId } }, { collectionSlug: { equals: entry.collectionSlug } }, { action: { equals: 'submit' } }] },
  })
  const author = (docs[0] as Approval | undefined)?.by
  return typeof author === 'object' && author ? emailsOf([author], actor) : []
}

const message = (entry: Approval, adminURL: string) => {
  const title = entry.documentTitle ?? `#${entry.documentId}`
  const link = `${adminURL}/collections/${entry.collectionSlug}/${entry.documentId}`
  const lines = [
    `${actionLabels[entry.action]}: "${title}" by ${entry.byEmail ?? 'the system'}.`,
    entry.comment ? `\nComment:\n${entry.comment}\n` : '',
    `Open it: ${link}`,
  ]
  return { subject: `${actionLabels[entry.action]}: ${title}`, text: lines.filter(Boolean).join('\n') }
}

/**
 * Email the people concerned (through Payload's email adapter) and call the webhook, signed. Runs after the
 * move is committed, outside its transaction, and never undoes it: a mail server or HR tool being down is logged, not the author's problem.
 */
export const notify = async ({
  actor,
  entry,
  notifications,
  payload,
  slugs,
}: {
  actor: unknown
  entry: Approval
  notifications: WorkflowNotifications | undefined
  payload: Payload
  slugs: JobDescriptionsSlugs
}): Promise<void> => {
  if (!announced.has(entry.action)) return
  const adminURL = `${notifications?.serverURL ?? payload.config.serverURL ?? ''}${payload.config.routes.admin}`
  const deliveries: Promise<unknown>[] = []
  const to = await recipients(payload, slugs, entry, actor)
  if (to.length > 0) deliveries.push(payload.sendEmail({ to, ...message(entry, adminURL) }))
  if (notifications?.webhook) {
    const { secret, url } = notifications.webhook
    const body = JSON.stringify({ event: `workflow.${entry.action}`, record: entry })
    const timestamp = String(Math.floor(Date.now() / 1000))
    deliveries.push(
      fetch(url, {
        body,
        headers: {
          'content-type': 'application/json',
          [signatureHeader]: signWebhook(secret, timestamp, body),
          [timestampHeader]: timestamp,
        },
        method: 'POST',
        signal: AbortSignal.timeout(10_000),
      }).then((response) => {
        if (!response.ok) throw new Error(`webhook ${url} answered ${response.status}`)
      }),
    )
  }
  for (const result of await Promise.allSettled(deliveries)) {
    if (result.status === 'rejected') {
      payload.logger.error({ err: result.reason, msg: `Workflow notification for approval record ${entry.id} failed` })
    }
  }
}

const inFlight = new WeakMap<Payload, Set<Promise<void>>>()

/**
 * Runs a delivery after the current operation (and its transaction) has finished, so a slow mail server
 * never holds up the person who clicked. `settleNotifications` waits for what is still in flight.
 */
export const deliverLater = (payload: Payload, deliver: () => Promise<void>): void => {
  const pending = inFlight.get(payload) ?? new Set()
  inFlight.set(payload, pending)
  const delivery: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(deliver)
    .catch((err: unknown) => payload.logger.error({ err, msg: 'Workflow notification failed' }))
    .finally(() => pending.delete(delivery))
  pending.add(delivery)
}

/** Before shutting Payload down (tests, scripts): lets queued notifications go out. */
export const settleNotifications = async (payload: Payload): Promise<void> => {
  while (inFlight.get(payload)?.size) await Promise.all(inFlight.get(payload)!)
}
