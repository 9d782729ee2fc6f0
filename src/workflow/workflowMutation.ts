import type { CollectionSlug, GraphQLExtension, PayloadRequest } from 'payload'

import { documentId } from '../queries/documentId.ts'
import { actions } from './stages.ts'
import { transition } from './transition.ts'

/**
 * `workflow<Type>(id, action, comment, versionId)` for each collection under review, e.g.
 * `workflowJobDescription(id: 1, action: approve, versionId: "42", comment: "Fine")`: the GraphQL door to
 * transition.ts, answering the document as the move left it.
 */
export const workflowMutations =
  (collections: CollectionSlug[]): GraphQLExtension =>
  (GraphQL, info) => {
    const WorkflowAction = new GraphQL.GraphQLEnumType({
      name: 'WorkflowAction',
      values: Object.fromEntries(actions.map((action) => [action, { value: action }])),
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
            },
            resolve: async (
              _: unknown,
              args: { action: (typeof actions)[number]; comment?: string; id: string; versionId?: string },
              { req }: { req: PayloadRequest },
            ) => {
              const id = documentId(req, args.id)
              const { action, comment, versionId } = args
              return transition({ collection, id, input: { action, comment: comment ?? undefined, versionId: versionId ?? undefined }, payload: req.payload, req })
            },
          },
        ]
      }),
    )
  }
