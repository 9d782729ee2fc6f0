import type { SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { PayloadRequest, ServerFunction } from 'payload'

import { reviews } from '../access/roleModel.ts'
import { isReviewed } from './reviewed.ts'

/** The collection a queued schedulePublish job would publish or unpublish a document of. */
const scheduledCollection = async (req: PayloadRequest, jobId: number | string) => {
  const job = await req.payload.db.findOne<{ id: number | string; input?: { doc?: { relationTo?: string } }; taskSlug?: string }>({
    collection: 'payload-jobs',
    req,
    where: { id: { equals: jobId } },
  })
  return job?.taskSlug === 'schedulePublish' ? job.input?.doc?.relationTo : undefined
}

/**
 * The admin's "schedule-publish" server function, with the rule Payload's own leaves out: only HR and
 * admins schedule, re-schedule or cancel a publish or unpublish of a reviewed document. Payload's handler
 * checks only that the caller may use the admin, then deletes the job it is given with access overridden,
 * so an editor could cancel HR's scheduled publish (or unpublish). Documents of other collections keep
 * Payload's behaviour. Answers as Payload's handler does: `{ error }` with a sentence, or `{ message }`.
 */
export const schedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { deleteID, doc, req } = args
  const touchesReviewed =
    isReviewed(req.payload, doc?.relationTo) || (deleteID !== undefined && isReviewed(req.payload, await scheduledCollection(req, deleteID)))
  if (touchesReviewed && !reviews(req)) {
    return { error: 'Only HR can schedule, change or cancel a publish or unpublish: ask HR.' }
  }
  return schedulePublishHandler(args)
}

/**
 * Server functions for the admin's root layout, passed to Payload's `handleServerFunctions` as
 * `serverFunctions`; they replace Payload's handlers of the same name:
 *
 * ```ts
 * handleServerFunctions({ ...args, config, importMap, serverFunctions: jobDescriptionsServerFunctions })
 * ```
 */
export const jobDescriptionsServerFunctions: Record<string, ServerFunction<SchedulePublishHandlerArgs>> = {
  'schedule-publish': schedulePublish,
}
