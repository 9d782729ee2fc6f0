import type { SanitizedConfig } from 'payload'

/**
 * The app's config, for scripts run with tsx. Lexical's Node entries each await a dynamic import at their
 * top level, and Node 20 leaves such a graph unsettled now and then (exit code 13, "unsettled top-level
 * await") when @payloadcms/richtext-lexical, the config's editor, loads them all at once. Loaded on its
 * own first, Lexical's core always settles (dev/scripts/readThread.mjs does the same).
 */
export const loadConfig = async (): Promise<SanitizedConfig> => {
  await import('lexical')
  return (await import('../payload.config.ts')).default
}
