import type { Access, FieldAccess } from 'payload'

export const isSignedIn: Access = ({ req }) => Boolean(req.user)

export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)
