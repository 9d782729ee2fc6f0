import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from './roles.ts'

/**
 * Who is who to the plugin. By default read from the `roles` field the plugin adds to the users; a host
 * with its own role model maps it with the `access` option instead. Every predicate of the plugin (the
 * collections' access, the review guard, the workflow moves, the admin's schedule-publish check) asks this.
 */
export type RoleModel = {
  /** Manages accounts, and may do everything a reviewer may. */
  isAdmin: (user: unknown) => boolean
  /** Writes drafts and submits them for review. */
  isEditor: (user: unknown) => boolean
  /** HR: approves, requests changes, publishes and unpublishes. */
  isReviewer: (user: unknown) => boolean
}

export const defaultRoleModel: RoleModel = {
  isAdmin: (user) => hasRole(user, 'admin'),
  // Any signed-in user writes drafts, as before the option existed; review is what gates the public.
  isEditor: (user) => Boolean(user),
  isReviewer: (user) => hasRole(user, 'hr'),
}

/**
 * Where the role model travels from the plugin to request-time code: the root `custom` of the config,
 * which Payload keeps on the server (it never reaches the admin's client config). One Payload, one model.
 */
const key = 'jobDescriptionsRoleModel'

export const withRoleModel = (custom: Record<string, unknown> | undefined, model: RoleModel): Record<string, unknown> => ({
  ...custom,
  [key]: model,
})

/** A request without a Payload (a unit test's bare `{ user }`) gets the default model. */
export const roleModelOf = (payload: Payload | undefined): RoleModel =>
  (payload?.config?.custom?.[key] as RoleModel | undefined) ?? defaultRoleModel

type RequestLike = Pick<PayloadRequest, 'user'> & { payload?: Payload }

export const isAdminUser = (req: RequestLike): boolean => Boolean(req.user) && roleModelOf(req.payload).isAdmin(req.user)

/** HR reviews, approves, publishes and unpublishes; admins may do everything HR may. */
export const reviews = (req: RequestLike): boolean =>
  Boolean(req.user) && (roleModelOf(req.payload).isReviewer(req.user) || isAdminUser(req))

/** Writes drafts and submits them: editors, and everyone who reviews. */
export const writes = (req: RequestLike): boolean =>
  Boolean(req.user) && (roleModelOf(req.payload).isEditor(req.user) || reviews(req))
