// Brings the host's SQLite database up to its config (Payload pushes the schema outside production), then
// adds what HOST_SETUP asks for. Run with Payload's runner, which loads TypeScript:
//   NODE_ENV=development HOST_SETUP=existing HOST_PLUGIN=off npx payload run scripts/prepareDatabase.ts
// HOST_SETUP=existing  an account and a page the host had before it installed the plugin
// HOST_SETUP=accounts  one account per plugin role (admin, editor, hr), as a host's own seed makes them
// (unset)              only the schema
import { getPayload } from 'payload'

import config from '../payload.config'

export const existingUser = { displayName: 'Existing Editor', email: 'existing@host.test', password: 'existing-password-1' }
export const pluginRoles = ['admin', 'editor', 'hr'] as const

const payload = await getPayload({ config })
try {
  if (process.env.HOST_SETUP === 'existing') {
    await payload.create({ collection: 'users', data: existingUser })
    await payload.create({ collection: 'pages', data: { path: '/about', title: 'About the host' } })
  }
  if (process.env.HOST_SETUP === 'accounts') {
    for (const role of pluginRoles) {
      await payload.create({
        collection: 'users',
        data: { email: `${role}@host.test`, password: `${role}-password-1`, roles: [role] },
      })
    }
  }
} finally {
  await payload.destroy()
}
