import { ensureBuilt } from '../scripts/build'

/** One production build before any suite starts a server, so parallel suites never build at once. */
export default async function setup() {
  const env: NodeJS.ProcessEnv = { ...process.env }
  Reflect.deleteProperty(env, 'NODE_ENV')
  await ensureBuilt(env)
}
