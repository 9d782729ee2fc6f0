export const roles = ['admin', 'editor', 'hr'] as const
export type Role = (typeof roles)[number]

type WithRoles = { roles?: null | string[] } | null | undefined

/** Reads the plugin's `roles` field only; access decisions go through the role model (roleModel.ts). */
export const hasRole = (user: unknown, role: Role): boolean =>
  Boolean((user as WithRoles)?.roles?.includes(role))
