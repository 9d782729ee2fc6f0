'use client'
import { Button, PublishButton, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'

import { stageLabels } from '../workflow/stages.ts'
import type { Stage } from '../workflow/stages.ts'

/**
 * Payload's Publish button, offered only when pressing it can succeed: for the saved revision HR approved.
 * Otherwise a disabled button that says why on hover, instead of a press the review guard refuses. The guard
 * stays the rule (every door, this one included); this only stops offering a door that is shut.
 */
export function ReviewedPublishButton() {
  const { hasPublishPermission } = useDocumentInfo()
  const { t } = useTranslation()
  const modified = useFormModified()
  const stage = (useFormFields(([fields]) => fields.stage?.value) ?? 'draft') as Stage
  // Payload's own button shows nothing to those who may not publish; so does this one.
  if (!hasPublishPermission) return null
  if (stage === 'approved' && !modified) return <PublishButton />
  const reason = modified
    ? 'Unsaved changes are a new revision: save it and have it approved before publishing.'
    : `Only an approved revision can be published; this one is “${stageLabels[stage]}”. Use the Review panel.`
  return (
    // A disabled button gets no hover events: the reason is the title of its wrapper.
    <span title={reason}>
      <Button aria-disabled disabled size="medium">
        {t('version:publishChanges')}
      </Button>
    </span>
  )
}
