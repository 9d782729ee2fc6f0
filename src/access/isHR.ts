import type { Access } from 'payload'

import { reviews } from './roleModel.ts'

export { reviews } from './roleModel.ts'

/** HR reviews, approves, publishes and unpublishes; admins may do everything HR may (the role model decides who). */
export const isHR: Access = ({ req }) => reviews(req)
