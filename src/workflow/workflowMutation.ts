import type { CollectionSlug, GraphQLExtension, PayloadRequest } from 'payload'

import { documentId } from '../queries/documentId.ts'
import { actions } from './stages.ts'
import { transition } from './transition.ts'

/**
 * `workflow<Type>(id, action, comment, versionId, items)` for each collection under review, e.g.
 * `workflowJobDescription(id: 1, action: approve, versionId: "42", comment: "Fine", items: [...])`: the
 * GraphQL door to transition.ts, answering the document as the move left it. `items` are the item
 * revisions reviewed with a job description (the review diff's `pinned`).
 */
export const workflowMutations =
  (collections: CollectionSlug[]): GraphQLExtension =>
  (GraphQL, info) => {
    const WorkflowAction = new GraphQL.GraphQLEnumType({
      name: 'WorkflowAction',
      values: Object.fromEntries(actions.map((action) => [action, { value: action }])),
    })
    const nonNull = (type: typeof GraphQL.GraphQLString | typeof GraphQL.GraphQLID) => new GraphQL.GraphQLNonNull(type)
    const WorkflowItemRevision = new GraphQL.GraphQLInputObjectType({
      description: 'An item revision reviewed with a job description, as the review diff pins it.',
      fields: { collection: { type: nonNull(GraphQL.GraphQLString) }, id: { type: nonNull(GraphQL.GraphQLID) }, versionId: { type: nonNull(GraphQL.GraphQLString) } },
      name: 'WorkflowItemRevision',
    })
    return Object.fromEntries(
      collections.map((collection) => {
        const type = info.collections[collection]!.graphQL!.type
        return [
          `workflow${type.name}`,
          {
            type,
            args: {
              id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
              action: { type: new GraphQL.GraphQLNonNull(WorkflowAction) },
              comment: { type: GraphQL.GraphQLString },
              versionId: { type: GraphQL.GraphQLString },
              items: { type: new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(WorkflowItemRevision)) },
            },
            resolve: async (
              _: unknown,
              args: {
                action: (typeof actions)[number]
                comment?: string
                id: string
                items?: { collection: string; id: string; versionId: string }[] | null
                versionId?: string
              },
              { req }: { req: PayloadRequest },
            ) => {
              const id = documentId(req, args.id)
              const { action, comment, items, versionId } = args
              return transition({
                collection,
                id,
                input: { action, comment: comment ?? undefined, items: items ?? undefined, versionId: versionId ?? undefined },
                payload: req.payload,
                req,
              })
            },
          },
        ]
      }),
    )
  }
