export const roles = ['admin', 'editor', 'hr'] as const
export type Role = (typeof roles)[number]

type WithRoles = { roles?: null | string[] } | null | undefined

export const hasRole = (user: unknown, role: Role): boolean =>
  Boolean((user as WithRoles)?.roles?.includes(role))
