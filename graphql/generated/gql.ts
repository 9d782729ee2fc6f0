/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CareersFaqs($limit: Int) {\n  Faqs(limit: $limit, sort: \"question\") {\n    docs {\n      id\n      question\n      answerHtml\n      answerPlain\n    }\n  }\n}": typeof types.CareersFaqsDocument,
    "query CareersFilterOptions {\n  CareersFilterOptions {\n    departments\n    employmentTypes\n    workplaceTypes\n    locations {\n      city\n      country\n      label\n    }\n  }\n}": typeof types.CareersFilterOptionsDocument,
    "fragment PostingSummary on JobDescription {\n  id\n  slug\n  title\n  department\n  workplaceType\n  employmentType\n  summaryPlain\n  datePosted\n  validThrough\n  locations {\n    city\n    region\n    country\n  }\n  salary {\n    min\n    max\n    currency\n    interval\n  }\n}\n\nfragment PostingDetail on JobDescription {\n  ...PostingSummary\n  reportsTo\n  summaryHtml\n  overviewHtml\n  overviewPlain\n  descriptionHtml\n  descriptionPlain\n  applyUrl\n  directApply\n  jobPostingJsonLd\n  responsibilities {\n    id\n    text\n    category\n  }\n  requirements {\n    id\n    text\n    category\n    level\n    minimumYears\n  }\n  faqs {\n    id\n    question\n    answerHtml\n    answerPlain\n  }\n}": typeof types.PostingSummaryFragmentDoc,
    "query CareersPostingBySlug($slug: String!) {\n  JobDescriptions(\n    where: {slug: {equals: $slug}, kind: {equals: posting}}\n    limit: 1\n    pagination: false\n  ) {\n    docs {\n      ...PostingDetail\n    }\n  }\n}": typeof types.CareersPostingBySlugDocument,
    "query CareersPostings($where: JobDescription_where, $sort: String, $limit: Int, $page: Int) {\n  JobDescriptions(\n    where: $where\n    sort: $sort\n    limit: $limit\n    page: $page\n    select: true\n  ) {\n    docs {\n      ...PostingSummary\n    }\n    totalDocs\n    totalPages\n    page\n    limit\n    hasNextPage\n    hasPrevPage\n  }\n}": typeof types.CareersPostingsDocument,
    "query CareersPreview($token: String!) {\n  CareersPreview(token: $token) {\n    ...PostingDetail\n  }\n}": typeof types.CareersPreviewDocument,
};
const documents: Documents = {
    "query CareersFaqs($limit: Int) {\n  Faqs(limit: $limit, sort: \"question\") {\n    docs {\n      id\n      question\n      answerHtml\n      answerPlain\n    }\n  }\n}": types.CareersFaqsDocument,
    "query CareersFilterOptions {\n  CareersFilterOptions {\n    departments\n    employmentTypes\n    workplaceTypes\n    locations {\n      city\n      country\n      label\n    }\n  }\n}": types.CareersFilterOptionsDocument,
    "fragment PostingSummary on JobDescription {\n  id\n  slug\n  title\n  department\n  workplaceType\n  employmentType\n  summaryPlain\n  datePosted\n  validThrough\n  locations {\n    city\n    region\n    country\n  }\n  salary {\n    min\n    max\n    currency\n    interval\n  }\n}\n\nfragment PostingDetail on JobDescription {\n  ...PostingSummary\n  reportsTo\n  summaryHtml\n  overviewHtml\n  overviewPlain\n  descriptionHtml\n  descriptionPlain\n  applyUrl\n  directApply\n  jobPostingJsonLd\n  responsibilities {\n    id\n    text\n    category\n  }\n  requirements {\n    id\n    text\n    category\n    level\n    minimumYears\n  }\n  faqs {\n    id\n    question\n    answerHtml\n    answerPlain\n  }\n}": types.PostingSummaryFragmentDoc,
    "query CareersPostingBySlug($slug: String!) {\n  JobDescriptions(\n    where: {slug: {equals: $slug}, kind: {equals: posting}}\n    limit: 1\n    pagination: false\n  ) {\n    docs {\n      ...PostingDetail\n    }\n  }\n}": types.CareersPostingBySlugDocument,
    "query CareersPostings($where: JobDescription_where, $sort: String, $limit: Int, $page: Int) {\n  JobDescriptions(\n    where: $where\n    sort: $sort\n    limit: $limit\n    page: $page\n    select: true\n  ) {\n    docs {\n      ...PostingSummary\n    }\n    totalDocs\n    totalPages\n    page\n    limit\n    hasNextPage\n    hasPrevPage\n  }\n}": types.CareersPostingsDocument,
    "query CareersPreview($token: String!) {\n  CareersPreview(token: $token) {\n    ...PostingDetail\n  }\n}": types.CareersPreviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersFaqs($limit: Int) {\n  Faqs(limit: $limit, sort: \"question\") {\n    docs {\n      id\n      question\n      answerHtml\n      answerPlain\n    }\n  }\n}"): typeof import('./graphql').CareersFaqsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersFilterOptions {\n  CareersFilterOptions {\n    departments\n    employmentTypes\n    workplaceTypes\n    locations {\n      city\n      country\n      label\n    }\n  }\n}"): typeof import('./graphql').CareersFilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostingSummary on JobDescription {\n  id\n  slug\n  title\n  department\n  workplaceType\n  employmentType\n  summaryPlain\n  datePosted\n  validThrough\n  locations {\n    city\n    region\n    country\n  }\n  salary {\n    min\n    max\n    currency\n    interval\n  }\n}\n\nfragment PostingDetail on JobDescription {\n  ...PostingSummary\n  reportsTo\n  summaryHtml\n  overviewHtml\n  overviewPlain\n  descriptionHtml\n  descriptionPlain\n  applyUrl\n  directApply\n  jobPostingJsonLd\n  responsibilities {\n    id\n    text\n    category\n  }\n  requirements {\n    id\n    text\n    category\n    level\n    minimumYears\n  }\n  faqs {\n    id\n    question\n    answerHtml\n    answerPlain\n  }\n}"): typeof import('./graphql').PostingSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersPostingBySlug($slug: String!) {\n  JobDescriptions(\n    where: {slug: {equals: $slug}, kind: {equals: posting}}\n    limit: 1\n    pagination: false\n  ) {\n    docs {\n      ...PostingDetail\n    }\n  }\n}"): typeof import('./graphql').CareersPostingBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersPostings($where: JobDescription_where, $sort: String, $limit: Int, $page: Int) {\n  JobDescriptions(\n    where: $where\n    sort: $sort\n    limit: $limit\n    page: $page\n    select: true\n  ) {\n    docs {\n      ...PostingSummary\n    }\n    totalDocs\n    totalPages\n    page\n    limit\n    hasNextPage\n    hasPrevPage\n  }\n}"): typeof import('./graphql').CareersPostingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersPreview($token: String!) {\n  CareersPreview(token: $token) {\n    ...PostingDetail\n  }\n}"): typeof import('./graphql').CareersPreviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
