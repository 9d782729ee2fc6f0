import type { Requirement } from '../payload-types'

/** Requirements split by level, each group keeping the author's order. */
export const groupRequirements = <T extends Pick<Requirement, 'level'>>(requirements: T[]) => ({
  preferred: requirements.filter((item) => item.level === 'preferred'),
  required: requirements.filter((item) => item.level !== 'preferred'),
})
