import type { Access } from 'payload'

import { reviews } from './roleModel.js'

export { reviews } from './roleModel.js'

/** HR reviews, approves, publishes and unpublishes; admins may do everything HR may (the role model decides who). */
export const isHR: Access = ({ req }) => reviews(req)
