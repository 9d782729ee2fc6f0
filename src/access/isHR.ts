import type { Access } from 'payload'

import { hasRole } from './roles.ts'

/** HR reviews, approves, publishes and unpublishes; admins may do everything HR may. */
export const reviews = (user: unknown): boolean => hasRole(user, 'hr') || hasRole(user, 'admin')

export const isHR: Access = ({ req }) => reviews(req.user)
