// A public read thread of scripts/serve.ts (see startReadThreads). JavaScript, because a worker thread does
// not inherit the TypeScript loader of tsx's CLI: it registers tsx, then loads the app's config.
import { register } from 'tsx/esm/api'

register()
const { serveReadThread } = await import('payload-plugin-job-descriptions/server')
const { default: config } = await import('../payload.config.ts')
await serveReadThread(config)
