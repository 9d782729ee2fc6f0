import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField } from '../src/access/isAdmin.ts'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf.ts'
import { roles } from '../src/access/roles.ts'
import type { Role } from '../src/access/roles.ts'
import { verificationOffEndpoint } from '../src/auth/verificationOff.ts'
import { firstUserIsAdmin } from '../src/hooks/firstUserIsAdmin.ts'
import { label } from '../src/i18n/translations.ts'
import type { PluginTranslationKey } from '../src/i18n/translations.ts'
import type { CollectionContext } from '../src/types.ts'

const roleLabels: Record<Role, PluginTranslationKey> = { admin: 'roleAdmin', editor: 'roleEditor', hr: 'roleHr' }

/** The plugin's roles, on the plugin's own Users: every account has at least one, from its first save. */
export const rolesField: Field = {
  name: 'roles',
  type: 'select',
  access: { create: isAdminField, update: isAdminField },
  defaultValue: ['editor'],
  hasMany: true,
  label: label('fieldRoles'),
  options: roles.map((role) => ({ label: label(roleLabels[role]), value: role })),
  required: true,
  saveToJWT: true,
}

/**
 * The same roles on a host's users collection, which had accounts before the plugin came: not required,
 * so an existing account without roles still saves (a required field fails with "The following field is
 * invalid: Roles" on the account's own save, where a non-admin cannot set the field). No backfill either:
 * the plugin does not write to a host's accounts behind its back, and an account without roles loses
 * nothing (every signed-in user may write drafts); admins grant HR or admin in the admin. New accounts
 * get the default, and the first account becomes admin.
 */
export const hostRolesField: Field = { ...rolesField, required: false }

export type UsersOptions = {
  /** Marks the auth cookie `Secure`: the admin is served over https (Payload's `serverURL`). */
  secureCookies: boolean
}

/**
 * Accounts have no version history: a version row is a copy of the whole account, password hash, salt,
 * reset token and sessions included, and it outlived the account's deletion. No drafts either: Payload
 * signs in a "draft" account all the same.
 */
export const Users = ({ slugs }: CollectionContext, { secureCookies }: UsersOptions): CollectionConfig => ({
  slug: slugs.users,
  // Pinned: the public GraphQL contract (graphql/operations) names these, whatever the slug is.
  graphQL: { pluralName: 'Users', singularName: 'User' },
  admin: { defaultColumns: ['email', 'name', 'roles'], useAsTitle: 'email' },
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    // Payload lets any signed-in user unlock any account by default; lockouts are for admins to lift.
    unlock: isAdmin,
    update: isAdminOrSelf,
  },
  auth: { cookies: { secure: secureCookies } },
  endpoints: [verificationOffEndpoint],
  fields: [{ name: 'name', type: 'text', label: label('fieldAccountName') }, rolesField],
  hooks: { beforeChange: [firstUserIsAdmin()] },
})
