import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'

import { CareersJobPostingDocument, CareersJobPostingFacetsDocument, CareersJobPostingsDocument } from '../graphql/generated/careers/graphql.ts'
import type { CareersJobPostingsQuery } from '../graphql/generated/careers/graphql.ts'
import { CareersFilterOptionsDocument, CareersPostingBySlugDocument, CareersPostingsDocument } from '../graphql/generated/graphql.ts'
import type { CareersPostingsQuery, JobDescription_Where } from '../graphql/generated/graphql.ts'

/** A generated typed document: its text, its persisted hash, and the result and variables it is typed by. */
type Operation<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { __meta__?: Record<string, unknown>; toString(): string }

/** One side of a bench query: an operation, its variables, and what of its answer both sides must agree on. */
type Side<Result, Variables> = { agreed: (data: Result) => unknown; document: Operation<Result, Variables>; variables: Variables }

export type BenchQuery = {
  /** What the careers answer's `data` and stock's must both come to (see `agreed`): the same postings, the same values. */
  agreed: { careers: (data: unknown) => unknown; stock: (data: unknown) => unknown }
  /** The careers API's GET for it: the committed operation by its id, as a careers site sends it. */
  careersPath: string
  /** Today's equivalent on Payload's own route, POSTed as JSON (Payload's route takes no GET). */
  stockBody: string
}

const benchQuery = <CareersResult, CareersVariables, StockResult, StockVariables>(
  careers: Side<CareersResult, CareersVariables>,
  stock: Side<StockResult, StockVariables>,
): BenchQuery => ({
  // The answers' `data` are the documents' results: the variants are checked to answer without errors first.
  agreed: { careers: (data) => careers.agreed(data as CareersResult), stock: (data) => stock.agreed(data as StockResult) },
  careersPath: `/api/careers/graphql?${new URLSearchParams({
    documentId: `sha256:${careers.document.__meta__!.hash as string}`,
    variables: JSON.stringify(careers.variables),
  })}`,
  stockBody: JSON.stringify({ query: stock.document.toString(), variables: stock.variables }),
})

/**
 * Stock's open postings, as the careers pages asked Payload's route for them before the careers API: kind
 * posting, not past validThrough (to the minute, so every request of a run sends the same bytes). Access adds
 * "published".
 */
const openPostings = (now = new Date()): JobDescription_Where[] => [
  { kind: { equals: 'posting' } },
  { OR: [{ validThrough: { exists: false } }, { validThrough: { greater_than_equal: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString() } }] },
]

/** A page of postings, as both sides name it: the slugs in order, and how many match in all. */
const careersPage = ({ jobPostings }: CareersJobPostingsQuery) => ({ slugs: jobPostings.nodes.map((node) => node.slug), total: jobPostings.totalCount })
const stockPage = ({ JobDescriptions }: CareersPostingsQuery) => ({ slugs: JobDescriptions!.docs.map((doc) => doc.slug), total: JobDescriptions!.totalDocs })

/** A menu's values, in one order and one case (the careers API's enums are upper case, Payload's lower). */
const sortedValues = (values: string[]) => values.map((value) => value.toUpperCase()).sort()

/** The posting the detail asks for, and the correctness run rewrites and publishes. */
export const detailSlug = 'posting-7'

/**
 * What the bench loads, each a careers API operation (graphql/careers/) beside the operation of
 * graphql/operations/ that answered the same question on Payload's own route: a posting's page (`detail`),
 * a list page of 20 in one department (`list`), the filter menus (`facets`; stock's CareersFilterOptions,
 * which has no counts; the places are not compared, as the careers API's are physical places only, where
 * stock's also list remote postings' cities and countries), and a search (`search`; stock's CareersPostings with a title `like`). "Legal" is in
 * the titles of one department's postings and in none of the template's text, so the careers search (titles
 * and bodies, ranked, ties newest first) and stock's title `like` (newest first) find the same postings.
 */
export const benchQueries = {
  detail: benchQuery(
    {
      agreed: ({ jobPosting }) => ({ department: jobPosting?.department, slug: jobPosting?.slug, title: jobPosting?.title }),
      document: CareersJobPostingDocument,
      variables: { slug: detailSlug },
    },
    {
      agreed: ({ JobDescriptions }) => {
        const doc = JobDescriptions?.docs[0]
        return { department: doc?.department, slug: doc?.slug, title: doc?.title }
      },
      document: CareersPostingBySlugDocument,
      variables: { slug: detailSlug },
    },
  ),
  list: benchQuery(
    { agreed: careersPage, document: CareersJobPostingsDocument, variables: { filter: { department: 'Engineering' }, first: 20, sort: 'NEWEST' } },
    {
      agreed: stockPage,
      document: CareersPostingsDocument,
      variables: { limit: 20, page: 1, sort: '-datePosted', where: { AND: [...openPostings(), { department: { equals: 'Engineering' } }] } },
    },
  ),
  facets: benchQuery(
    {
      agreed: ({ jobPostingFacets }) => ({
        departments: sortedValues(jobPostingFacets.departments.map((facet) => facet.value)),
        employmentTypes: sortedValues(jobPostingFacets.employmentTypes.map((facet) => facet.value)),
        workplaceTypes: sortedValues(jobPostingFacets.workplaceTypes.map((facet) => facet.value)),
      }),
      document: CareersJobPostingFacetsDocument,
      variables: {},
    },
    {
      agreed: ({ CareersFilterOptions: { departments, employmentTypes, workplaceTypes } }) => ({
        departments: sortedValues(departments),
        employmentTypes: sortedValues(employmentTypes),
        workplaceTypes: sortedValues(workplaceTypes),
      }),
      document: CareersFilterOptionsDocument,
      variables: {},
    },
  ),
  search: benchQuery(
    { agreed: careersPage, document: CareersJobPostingsDocument, variables: { first: 20, search: 'Legal' } },
    {
      agreed: stockPage,
      document: CareersPostingsDocument,
      variables: { limit: 20, page: 1, sort: '-datePosted', where: { AND: [...openPostings(), { title: { like: 'Legal' } }] } },
    },
  ),
} satisfies Record<string, BenchQuery>

export type BenchQueryName = keyof typeof benchQueries
