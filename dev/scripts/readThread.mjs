// A public read thread of dev/scripts/serve.ts (see startReadThreads). JavaScript, because a worker thread does
// not inherit the TypeScript loader of tsx's CLI: it registers tsx, then loads the app's config.
import { register } from 'tsx/esm/api'

register()
// Lexical's Node entries each await a dynamic import at their top level, and Node 20 leaves such a graph
// unsettled now and then when @payloadcms/richtext-lexical (the app's editor) loads them all at once: the
// thread exited with code 13 in two of three starts. Loaded on its own first, the core always settles.
await import('lexical')
const { serveReadThread } = await import('payload-plugin-job-descriptions/server')
const { default: config } = await import('../payload.config.ts')
await serveReadThread(config)
