import type { Access } from 'payload'

/** Closes an operation to every caller that does not override access (the plugin's `enabled: false`). */
export const nobody: Access = () => false
