import type { GraphQLExtension, PayloadRequest } from 'payload'

import { refuse } from '../refuse.ts'
import { instantiateTemplate } from '../templates/instantiate.ts'
import type { JobDescriptionsSlugs } from '../types.ts'
import { documentId } from './documentId.ts'

/** `instantiateJobDescriptionTemplate(id, values, title, slug)`: the GraphQL door to instantiate.ts. */
export const instantiateTemplateMutation =
  (slugs: JobDescriptionsSlugs): GraphQLExtension =>
  (GraphQL, { collections }) => {
    const JSONType = collections[slugs.jobDescriptions]!.graphQL!.type.getFields().jobPostingJsonLd!.type
    return {
      instantiateJobDescriptionTemplate: {
        type: collections[slugs.jobDescriptions]!.graphQL!.type,
        args: {
          id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
          slug: { type: GraphQL.GraphQLString },
          title: { type: GraphQL.GraphQLString },
          values: { type: JSONType },
        },
        resolve: async (
          _: unknown,
          args: { id: string; slug?: string; title?: string; values?: Record<string, number | string> },
          { req }: { req: PayloadRequest },
        ) => {
          if (!req.user) refuse('Sign in to create a posting from a template.', 401)
          const id = documentId(req, args.id)
          return instantiateTemplate(req, slugs, id, { slug: args.slug, title: args.title, values: args.values ?? {} })
        },
      },
    }
  }
