import type { Field } from 'payload'

import { isSignedInField } from '../access/isSignedIn.ts'
import { nobodyField } from '../access/nobody.ts'
import { label } from '../i18n/translations.ts'
import { stageKeys } from '../i18n/workflowKeys.ts'
import { stages } from './stages.ts'

/** Written by the workflow only: API callers and the admin form cannot set it. */
export const stageField: Field = {
  name: 'stage',
  type: 'select',
  access: { create: nobodyField, update: nobodyField },
  admin: {
    description: label('fieldStageDescription'),
    position: 'sidebar',
    readOnly: true,
  },
  defaultValue: 'draft',
  index: true,
  label: label('fieldStage'),
  options: stages.map((value) => ({ label: label(stageKeys[value]), value })),
}

/** The id of the version HR approved; publishing copies exactly that revision. */
export const approvedVersionField: Field = {
  name: 'approvedVersion',
  type: 'text',
  access: { create: nobodyField, read: isSignedInField, update: nobodyField },
  admin: { hidden: true },
}

/** The admin's review panel; it reads the audit trail from the approvals collection under its configured slug. */
export const workflowPanelField = (approvalsSlug: string): Field => ({
  name: 'workflow',
  type: 'ui',
  admin: {
    components: {
      Field: { clientProps: { approvalsSlug }, path: 'payload-plugin-job-descriptions/admin#WorkflowPanel' },
    },
    condition: (data) => Boolean(data?.id),
    position: 'sidebar',
  },
})
