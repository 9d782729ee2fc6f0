import type { Field } from 'payload'

import { isSignedInField } from '../access/isSignedIn.ts'
import { nobodyField } from '../access/nobody.ts'
import { stageLabels, stages } from './stages.ts'

/** Written by the workflow only: API callers and the admin form cannot set it. */
export const stageField: Field = {
  name: 'stage',
  type: 'select',
  access: { create: nobodyField, update: nobodyField },
  admin: {
    description: 'Where this revision is in review. Changed with the workflow buttons, never by hand.',
    position: 'sidebar',
    readOnly: true,
  },
  defaultValue: 'draft',
  index: true,
  options: stages.map((value) => ({ label: stageLabels[value], value })),
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
