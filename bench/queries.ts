import { CareersFilterOptionsDocument, CareersPostingBySlugDocument, CareersPostingsDocument } from '../graphql/generated/graphql'
import { postingFilters, postingsWhere } from '../test/helpers/payloadPostingsWhere'

export type BenchQuery = {
  /** The operation's text, as Payload's route receives it. */
  text: string
  variables: Record<string, unknown>
  /** Our public read path's GET for it: by persisted hash when the operation is one of ours. */
  path: string
}

const get = (parameters: Record<string, string>, variables: Record<string, unknown>) =>
  `/api/graphql?${new URLSearchParams({ ...parameters, variables: JSON.stringify(variables) })}`

const persisted = (document: { __meta__?: Record<string, unknown>; toString(): string }, variables: Record<string, unknown>): BenchQuery => ({
  path: get({ id: document.__meta__!.hash as string }, variables),
  text: document.toString(),
  variables,
})

/**
 * What the bench loads. `detail`, `list` and `filters` (the filter menus' values) are careers operations
 * from graphql/operations/. `titles` is the issue's yardstick for Payload's stock route, "a one-field list
 * query" (ten titles, `select: true`), where the route's own overhead is the largest share of a request;
 * it is not a careers operation, so it goes by its text.
 */
export const benchQueries = {
  detail: persisted(CareersPostingBySlugDocument, { slug: 'posting-7' }),
  list: persisted(CareersPostingsDocument, {
    limit: 20,
    page: 1,
    sort: '-datePosted',
    where: postingsWhere(postingFilters.parse({ department: 'Engineering' })),
  }),
  filters: persisted(CareersFilterOptionsDocument, {}),
  titles: (() => {
    const text = 'query Titles { JobDescriptions(limit: 10, select: true) { docs { title } } }'
    return { path: get({ query: text }, {}), text, variables: {} }
  })(),
} satisfies Record<string, BenchQuery>
