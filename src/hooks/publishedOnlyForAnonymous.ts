import type { CollectionBeforeOperationHook } from 'payload'

/**
 * An anonymous read asking for drafts (`draft: true`, GraphQL `draft: true`, REST `?draft=true`) gets the
 * published documents instead. Access control alone would already hide draft content, but it would also
 * hide every published document that has a newer draft, which is not what a careers site wants.
 */
export const publishedOnlyForAnonymous: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !req.user && !args.overrideAccess) {
    return { ...args, draft: false }
  }
  return args
}
