'use client'
import { Button, PublishButton, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'

import { stageKeys } from '../i18n/workflowKeys.ts'
import type { Stage } from '../workflow/stages.ts'
import { usePluginTranslation } from './usePluginTranslation.ts'

/**
 * Payload's Publish button, offered only when pressing it can succeed: for the saved revision HR approved.
 * Otherwise a disabled button that says why on hover, instead of a press the review guard refuses. The guard
 * stays the rule (every door, this one included); this only stops offering a door that is shut.
 */
export function ReviewedPublishButton() {
  const { hasPublishPermission } = useDocumentInfo()
  const { t } = useTranslation()
  const ours = usePluginTranslation()
  const modified = useFormModified()
  const stage = (useFormFields(([fields]) => fields.stage?.value) ?? 'draft') as Stage
  // Payload's own button shows nothing to those who may not publish; so does this one.
  if (!hasPublishPermission) return null
  if (stage === 'approved' && !modified) return <PublishButton />
  const reason = modified ? ours('publishUnsaved') : ours('publishOnlyApproved', { stage: ours(stageKeys[stage]) })
  return (
    // A disabled button gets no hover events: the reason is the title of its wrapper.
    <span title={reason}>
      <Button aria-disabled disabled size="medium">
        {t('version:publishChanges')}
      </Button>
    </span>
  )
}
