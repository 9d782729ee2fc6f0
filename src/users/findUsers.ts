import type { CollectionConfig, Config } from 'payload'

/** The accounts the plugin's roles live on: the host's own collection, or the plugin's Users under a slug. */
export type UsersCollection = { host: CollectionConfig; slug: string } | { host?: undefined; slug: string }

const fail = (message: string): never => {
  throw new Error(`jobDescriptionsPlugin: ${message}`)
}

/**
 * Finds the users as Payload does (`admin.user`, else the first collection with `auth`), or the one
 * `slugs.users` names. Only a config without any auth collection (or a `slugs.users` that names none of
 * the host's collections) gets the plugin's Users.
 */
export const findUsers = (config: Config, slugOption: string | undefined): UsersCollection => {
  const collections = config.collections ?? []
  const bySlug = (slug: string) => collections.find((collection) => collection.slug === slug)
  if (slugOption) {
    const named = bySlug(slugOption)
    if (!named) return { slug: slugOption }
    if (!named.auth) fail(`options.slugs.users names "${slugOption}", a collection without auth; name the collection your users sign in with.`)
    return { host: named, slug: slugOption }
  }
  const adminUser = config.admin?.user
  if (adminUser) {
    const named = bySlug(adminUser)
    if (named && !named.auth) fail(`admin.user names "${adminUser}", a collection without auth.`)
    // Named but not there: the plugin's Users fill the place the host set for them.
    return named ? { host: named, slug: adminUser } : { slug: adminUser }
  }
  const firstAuth = collections.find((collection) => collection.auth)
  return firstAuth ? { host: firstAuth, slug: firstAuth.slug } : { slug: 'users' }
}
