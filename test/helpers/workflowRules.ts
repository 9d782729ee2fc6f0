import type { Action, Stage } from '../../src/workflow/stages'

export type Role = 'admin' | 'anonymous' | 'editor' | 'hr'
export const roles: Role[] = ['anonymous', 'editor', 'hr', 'admin']
export const startStages: Stage[] = ['draft', 'in_review', 'changes_requested', 'approved', 'published']
export const moves: Action[] = ['submit', 'approve', 'request_changes', 'publish', 'unpublish']

/** The rules of issue 3, written out independently of the code under test. */
export const mayMove = (role: Role, action: Action, stage: Stage): boolean => {
  if (role === 'anonymous') return false
  const reviewer = role === 'hr' || role === 'admin'
  switch (action) {
    case 'submit':
      return stage === 'draft' || stage === 'changes_requested'
    case 'approve':
    case 'request_changes':
      return reviewer && stage === 'in_review'
    case 'publish':
      return reviewer && stage === 'approved'
    case 'unpublish':
      return reviewer && stage === 'published'
  }
}
export const stageAfter: Record<Action, Stage> = {
  approve: 'approved',
  publish: 'published',
  request_changes: 'changes_requested',
  submit: 'in_review',
  unpublish: 'draft',
}

