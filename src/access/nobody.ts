import type { Access, FieldAccess } from 'payload'

/** Closes an operation to every caller that does not override access (the plugin's `enabled: false`). */
export const nobody: Access = () => false

/** A field only the server's own code writes (the workflow stage, the approved revision). */
export const nobodyField: FieldAccess = () => false
