import { ensureBuilt, ensurePacked } from '../dev/scripts/build.ts'

/**
 * One production build of the app, and one packed plugin, before any suite starts a server or installs
 * the package, so parallel suites never build or pack at once.
 */
export default async function setup() {
  const env: NodeJS.ProcessEnv = { ...process.env }
  Reflect.deleteProperty(env, 'NODE_ENV')
  await ensureBuilt(env)
  await ensurePacked(env)
}
