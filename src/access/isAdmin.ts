import type { Access, FieldAccess } from 'payload'

import { isAdminUser } from './roleModel.js'

export const isAdmin: Access = ({ req }) => isAdminUser(req)

export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req)
