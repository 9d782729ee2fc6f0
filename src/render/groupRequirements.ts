/** Requirements split by level, each group keeping the author's order; an unset level counts as required. */
export const groupRequirements = <T extends { level?: null | string }>(requirements: T[]) => ({
  preferred: requirements.filter((item) => item.level === 'preferred'),
  required: requirements.filter((item) => item.level !== 'preferred'),
})
