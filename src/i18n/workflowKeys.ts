import type { RecordedAction, Stage } from '../workflow/stages.ts'
import type { PluginTranslationKey } from './translations.ts'

/** Each stage's label in the translation table. */
export const stageKeys: Record<Stage, PluginTranslationKey> = {
  approved: 'stageApproved',
  changes_requested: 'stageChangesRequested',
  draft: 'stageDraft',
  in_review: 'stageInReview',
  published: 'stagePublished',
}

/** Each recorded action's label in the translation table (the review history's entries). */
export const actionKeys: Record<RecordedAction, PluginTranslationKey> = {
  approve: 'actionApprove',
  delete: 'actionDelete',
  edit: 'actionEdit',
  expire: 'actionExpire',
  publish: 'actionPublish',
  request_changes: 'actionRequestChanges',
  restore: 'actionRestore',
  submit: 'actionSubmit',
  system_publish: 'actionSystemPublish',
  unpublish: 'actionUnpublish',
}
