import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField } from '../src/access/isAdmin'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf'
import { roles } from '../src/access/roles'
import { firstUserIsAdmin } from '../src/hooks/firstUserIsAdmin'
import type { CollectionContext } from '../src/types'

export const rolesField: Field = {
  name: 'roles',
  type: 'select',
  access: { create: isAdminField, update: isAdminField },
  defaultValue: ['editor'],
  hasMany: true,
  options: roles.map((role) => ({ label: role === 'hr' ? 'HR' : role[0]!.toUpperCase() + role.slice(1), value: role })),
  required: true,
  saveToJWT: true,
}

/**
 * Accounts get a version history (who changed a role, and when) but no drafts: Payload signs in a
 * "draft" account all the same, so a draft state would only mislead.
 */
export const Users = ({ maxVersionsPerDoc, slugs }: CollectionContext): CollectionConfig => ({
  slug: slugs.users,
  admin: { defaultColumns: ['email', 'name', 'roles'], useAsTitle: 'email' },
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    readVersions: isAdmin,
    update: isAdminOrSelf,
  },
  auth: true,
  fields: [{ name: 'name', type: 'text' }, rolesField],
  hooks: { beforeChange: [firstUserIsAdmin] },
  versions: { maxPerDoc: maxVersionsPerDoc },
})
