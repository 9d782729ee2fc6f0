import type { Access } from 'payload'

/**
 * Both must allow: `extra` is asked only when `base` allows, and where both answer with a filter the
 * caller gets what both filters let through. An override's access can so narrow the plugin's, never open it.
 */
export const narrow =
  (base: Access, extra: Access): Access =>
  async (args) => {
    const first = await base(args)
    if (!first) return false
    const second = await extra(args)
    if (!second) return false
    if (first === true) return second
    if (second === true) return first
    return { and: [first, second] }
  }
