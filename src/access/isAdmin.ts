import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roleModel.ts'

export const isAdmin: Access = ({ req }) => isAdminUser(req)

export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req)
