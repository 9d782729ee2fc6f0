import type { CollectionSlug, Endpoint, GraphQLExtension } from 'payload'

import { refuse } from '../refuse.ts'

const message = 'Email verification is off: accounts here are made by an admin and need no verifying.'

/**
 * Payload serves `POST /api/<users>/verify/:token` (and `verifyEmail<User>` over GraphQL) whether or not
 * the collection verifies emails. With `auth.verify` off there is no token field to look the token up in,
 * so every call was a 500 ("Cannot find field for path at _verificationToken"). A collection's own
 * endpoints are matched before Payload's, and the plugin's mutations are merged over Payload's: both answer
 * a 404 that says why instead.
 */
export const verificationOffEndpoint: Endpoint = {
  handler: () => refuse(message, 404),
  method: 'post',
  path: '/verify/:id',
}

/** The same answer for the GraphQL mutation, with the field's name, type and arguments unchanged. */
export const verificationOffMutation =
  (slug: CollectionSlug): GraphQLExtension =>
  (GraphQL, { collections }) => ({
    [`verifyEmail${collections[slug]!.graphQL!.type.name}`]: {
      type: GraphQL.GraphQLBoolean,
      args: { token: { type: GraphQL.GraphQLString } },
      resolve: () => refuse(message, 404),
    },
  })
