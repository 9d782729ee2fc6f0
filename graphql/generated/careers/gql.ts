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
    "query CareersJobPostingFacets($filter: JobPostingFilter, $search: String, $locale: String) {\n  jobPostingFacets(filter: $filter, search: $search, locale: $locale) {\n    departments {\n      value\n      label\n      count\n    }\n    locations {\n      value {\n        country\n        city\n      }\n      label\n      count\n    }\n    workplaceTypes {\n      value\n      label\n      count\n    }\n    employmentTypes {\n      value\n      label\n      count\n    }\n  }\n}": typeof types.CareersJobPostingFacetsDocument,
    "query CareersFaqs($posting: String, $first: Int, $page: Int) {\n  careersFaqs(posting: $posting, first: $first, page: $page) {\n    totalCount\n    page\n    hasNextPage\n    nodes {\n      id\n      question\n      answer {\n        html\n        plain\n      }\n    }\n  }\n}": typeof types.CareersFaqsDocument,
    "fragment JobPostingSummary on JobPosting {\n  id\n  slug\n  title\n  department\n  locationDisplay\n  workplaceType\n  employmentTypes\n  datePosted\n  datePostedText\n  validThrough\n  summary {\n    html\n    plain\n  }\n  salary {\n    min\n    max\n    currency\n    interval\n    formatted\n  }\n}\n\nfragment JobPostingDetail on JobPosting {\n  ...JobPostingSummary\n  reportsTo\n  overview {\n    html\n    plain\n  }\n  description {\n    html\n    plain\n  }\n  responsibilities {\n    id\n    text\n  }\n  requirements {\n    required {\n      id\n      text\n      category\n      minimumYears\n    }\n    preferred {\n      id\n      text\n      category\n      minimumYears\n    }\n  }\n  faqs {\n    id\n    question\n    answer {\n      html\n      plain\n    }\n  }\n  locations {\n    country\n    countryName\n    city\n    region\n    displayName\n  }\n  remoteCountries {\n    code\n    name\n  }\n  applyUrl\n  jsonLd(siteUrl: $siteUrl)\n}": typeof types.JobPostingSummaryFragmentDoc,
    "query CareersJobPosting($slug: String!, $locale: String, $siteUrl: String) {\n  jobPosting(slug: $slug, locale: $locale) {\n    ...JobPostingDetail\n  }\n}": typeof types.CareersJobPostingDocument,
    "query CareersJobPostings($filter: JobPostingFilter, $search: String, $sort: JobPostingSort, $first: Int, $page: Int, $locale: String) {\n  jobPostings(\n    filter: $filter\n    search: $search\n    sort: $sort\n    first: $first\n    page: $page\n    locale: $locale\n  ) {\n    totalCount\n    page\n    hasNextPage\n    nodes {\n      ...JobPostingSummary\n    }\n  }\n}": typeof types.CareersJobPostingsDocument,
    "query CareersJobPostingPreview($token: String!, $locale: String, $siteUrl: String) {\n  jobPostingPreview(token: $token, locale: $locale) {\n    ...JobPostingDetail\n  }\n}": typeof types.CareersJobPostingPreviewDocument,
};
const documents: Documents = {
    "query CareersJobPostingFacets($filter: JobPostingFilter, $search: String, $locale: String) {\n  jobPostingFacets(filter: $filter, search: $search, locale: $locale) {\n    departments {\n      value\n      label\n      count\n    }\n    locations {\n      value {\n        country\n        city\n      }\n      label\n      count\n    }\n    workplaceTypes {\n      value\n      label\n      count\n    }\n    employmentTypes {\n      value\n      label\n      count\n    }\n  }\n}": types.CareersJobPostingFacetsDocument,
    "query CareersFaqs($posting: String, $first: Int, $page: Int) {\n  careersFaqs(posting: $posting, first: $first, page: $page) {\n    totalCount\n    page\n    hasNextPage\n    nodes {\n      id\n      question\n      answer {\n        html\n        plain\n      }\n    }\n  }\n}": types.CareersFaqsDocument,
    "fragment JobPostingSummary on JobPosting {\n  id\n  slug\n  title\n  department\n  locationDisplay\n  workplaceType\n  employmentTypes\n  datePosted\n  datePostedText\n  validThrough\n  summary {\n    html\n    plain\n  }\n  salary {\n    min\n    max\n    currency\n    interval\n    formatted\n  }\n}\n\nfragment JobPostingDetail on JobPosting {\n  ...JobPostingSummary\n  reportsTo\n  overview {\n    html\n    plain\n  }\n  description {\n    html\n    plain\n  }\n  responsibilities {\n    id\n    text\n  }\n  requirements {\n    required {\n      id\n      text\n      category\n      minimumYears\n    }\n    preferred {\n      id\n      text\n      category\n      minimumYears\n    }\n  }\n  faqs {\n    id\n    question\n    answer {\n      html\n      plain\n    }\n  }\n  locations {\n    country\n    countryName\n    city\n    region\n    displayName\n  }\n  remoteCountries {\n    code\n    name\n  }\n  applyUrl\n  jsonLd(siteUrl: $siteUrl)\n}": types.JobPostingSummaryFragmentDoc,
    "query CareersJobPosting($slug: String!, $locale: String, $siteUrl: String) {\n  jobPosting(slug: $slug, locale: $locale) {\n    ...JobPostingDetail\n  }\n}": types.CareersJobPostingDocument,
    "query CareersJobPostings($filter: JobPostingFilter, $search: String, $sort: JobPostingSort, $first: Int, $page: Int, $locale: String) {\n  jobPostings(\n    filter: $filter\n    search: $search\n    sort: $sort\n    first: $first\n    page: $page\n    locale: $locale\n  ) {\n    totalCount\n    page\n    hasNextPage\n    nodes {\n      ...JobPostingSummary\n    }\n  }\n}": types.CareersJobPostingsDocument,
    "query CareersJobPostingPreview($token: String!, $locale: String, $siteUrl: String) {\n  jobPostingPreview(token: $token, locale: $locale) {\n    ...JobPostingDetail\n  }\n}": types.CareersJobPostingPreviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersJobPostingFacets($filter: JobPostingFilter, $search: String, $locale: String) {\n  jobPostingFacets(filter: $filter, search: $search, locale: $locale) {\n    departments {\n      value\n      label\n      count\n    }\n    locations {\n      value {\n        country\n        city\n      }\n      label\n      count\n    }\n    workplaceTypes {\n      value\n      label\n      count\n    }\n    employmentTypes {\n      value\n      label\n      count\n    }\n  }\n}"): typeof import('./graphql').CareersJobPostingFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersFaqs($posting: String, $first: Int, $page: Int) {\n  careersFaqs(posting: $posting, first: $first, page: $page) {\n    totalCount\n    page\n    hasNextPage\n    nodes {\n      id\n      question\n      answer {\n        html\n        plain\n      }\n    }\n  }\n}"): typeof import('./graphql').CareersFaqsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobPostingSummary on JobPosting {\n  id\n  slug\n  title\n  department\n  locationDisplay\n  workplaceType\n  employmentTypes\n  datePosted\n  datePostedText\n  validThrough\n  summary {\n    html\n    plain\n  }\n  salary {\n    min\n    max\n    currency\n    interval\n    formatted\n  }\n}\n\nfragment JobPostingDetail on JobPosting {\n  ...JobPostingSummary\n  reportsTo\n  overview {\n    html\n    plain\n  }\n  description {\n    html\n    plain\n  }\n  responsibilities {\n    id\n    text\n  }\n  requirements {\n    required {\n      id\n      text\n      category\n      minimumYears\n    }\n    preferred {\n      id\n      text\n      category\n      minimumYears\n    }\n  }\n  faqs {\n    id\n    question\n    answer {\n      html\n      plain\n    }\n  }\n  locations {\n    country\n    countryName\n    city\n    region\n    displayName\n  }\n  remoteCountries {\n    code\n    name\n  }\n  applyUrl\n  jsonLd(siteUrl: $siteUrl)\n}"): typeof import('./graphql').JobPostingSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersJobPosting($slug: String!, $locale: String, $siteUrl: String) {\n  jobPosting(slug: $slug, locale: $locale) {\n    ...JobPostingDetail\n  }\n}"): typeof import('./graphql').CareersJobPostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersJobPostings($filter: JobPostingFilter, $search: String, $sort: JobPostingSort, $first: Int, $page: Int, $locale: String) {\n  jobPostings(\n    filter: $filter\n    search: $search\n    sort: $sort\n    first: $first\n    page: $page\n    locale: $locale\n  ) {\n    totalCount\n    page\n    hasNextPage\n    nodes {\n      ...JobPostingSummary\n    }\n  }\n}"): typeof import('./graphql').CareersJobPostingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareersJobPostingPreview($token: String!, $locale: String, $siteUrl: String) {\n  jobPostingPreview(token: $token, locale: $locale) {\n    ...JobPostingDetail\n  }\n}"): typeof import('./graphql').CareersJobPostingPreviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
