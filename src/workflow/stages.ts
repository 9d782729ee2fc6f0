/**
 * A revision's place in the review workflow. Separate from Payload's `_status` (which says only whether the
 * main document is public) and saved with every version, so the history shows who moved what, when.
 */
export const stages = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type Stage = (typeof stages)[number]

export const stageLabels: Record<Stage, string> = {
  approved: 'Approved',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
}

/** What a person asks the workflow to do. `edit`, `restore`, `expire` and `delete` are recorded, never asked for. */
export const actions = ['submit', 'approve', 'request_changes', 'publish', 'unpublish'] as const
export type Action = (typeof actions)[number]

export const recordedActions = [...actions, 'edit', 'restore', 'expire', 'delete', 'system_publish'] as const
export type RecordedAction = (typeof recordedActions)[number]

export const actionLabels: Record<RecordedAction, string> = {
  approve: 'Approved',
  delete: 'Deleted',
  edit: 'Edited: review starts over',
  expire: 'Unpublished: past its closing date',
  publish: 'Published',
  request_changes: 'Changes requested',
  restore: 'Restored an earlier version',
  submit: 'Submitted for review',
  system_publish: 'Published by the system (seed or script)',
  unpublish: 'Unpublished',
}
