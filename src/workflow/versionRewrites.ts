import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { reviews } from '../access/roleModel.ts'
import { refuse } from '../refuse.ts'
import { documentName } from './documentName.ts'

type Args = Record<string, unknown>

/** Payload reads these flags from REST query strings as well as from the Local API: "true" counts. */
const isSet = (flag: unknown) => flag === true || flag === 'true'

const autosaves = (collection: SanitizedCollectionConfig) =>
  typeof collection.versions?.drafts === 'object' && Boolean(collection.versions.drafts.autosave)

/**
 * The two update parameters with which Payload rewrites the newest version row in place instead of adding
 * one: `unpublishAllLocales` (which does so on any save, `?draft=true` included) and `autosave` (once the
 * newest version is an autosave). The newest version may be the one the audit trail names as approved or
 * published, so neither may reach Payload from a caller whose access is enforced:
 * - `autosave` is refused unless the collection autosaves (ours do not: the admin never sends it);
 * - `unpublishAllLocales` is refused to those who may not unpublish, and dropped for those who may. Our
 *   collections do not localise their status, so the flag does nothing else: HR's unpublish then adds a
 *   version, as every other move does.
 */
export const refuseVersionRewrites = (args: Args, req: PayloadRequest, collection: SanitizedCollectionConfig): Args => {
  if (isSet(args.autosave) && !autosaves(collection)) {
    refuse(`autosave: the ${documentName(collection)} collection does not autosave; save a draft instead.`, 400)
  }
  if (args.unpublishAllLocales === undefined) return args
  if (isSet(args.unpublishAllLocales) && !reviews(req)) {
    refuse(`unpublishAllLocales: editors cannot unpublish. Ask HR to unpublish the ${documentName(collection)}.`)
  }
  return { ...args, unpublishAllLocales: false }
}
