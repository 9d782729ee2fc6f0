/**
 * The public careers schema: what careers sites are promised, apart from Payload's admin schema. It is
 * the same whatever a host names the plugin's collections, and graphql/careers.graphql is this, printed
 * (a drift check keeps them equal). Every type and field has a description: the served introspection is
 * the documentation a careers team reads.
 */
export const careersTypeDefs = /* GraphQL */ `
"""
A date and time in ISO 8601, UTC, e.g. "2026-12-01T09:00:00.000Z". Map it to \`string\` in codegen.
"""
scalar DateTime

"""
A JSON object, e.g. a schema.org JobPosting. Map it to \`Record<string, unknown>\` in codegen.
"""
scalar JSONObject

"""
The public careers API: open job postings, their filters and facets, search and FAQs. Read-only and public.
"""
type Query {
  """
  Open postings: published, of kind posting and not past \`validThrough\`. Templates never appear.
  """
  jobPostings(
    "Every field given must match; within a field, one value."
    filter: JobPostingFilter
    "Words to search for in the title, summary, responsibilities and requirements. Case, accents and hyphens are ignored; results are ranked, title hits first."
    search: String
    "RELEVANCE (the default) ranks search hits, else newest first."
    sort: JobPostingSort = RELEVANCE
    "Postings per page, 1 to 100."
    first: Int = 20
    "The page, from 1."
    page: Int = 1
    "The locale salaries and dates are formatted for, e.g. \\"en\\" or \\"de\\"; the first the server offers when left out."
    locale: String
  ): JobPostingConnection!

  """
  One open posting by its slug; null for a template, an unpublished or an expired posting.
  """
  jobPosting(
    "The posting's slug, as in its URL."
    slug: String!
    "The locale salaries and dates are formatted for; the first the server offers when left out."
    locale: String
  ): JobPosting

  """
  The filter menus for the postings matching \`filter\` and \`search\`. Each menu counts under every other filter
  given, not its own, so that picking a value never empties its own menu.
  """
  jobPostingFacets(
    "As in jobPostings."
    filter: JobPostingFilter
    "As in jobPostings."
    search: String
    "The locale the labels are written in; the first the server offers when left out."
    locale: String
  ): JobPostingFacets!

  """
  Candidate FAQs: the general ones (used by no posting), then, with \`posting\`, that posting's own, in its order.
  """
  careersFaqs(
    "A posting's slug: adds its own FAQs."
    posting: String
    "FAQs per page, 1 to 100."
    first: Int = 20
    "The page, from 1."
    page: Int = 1
  ): FaqConnection!

  """
  The latest draft of the one job description a preview token names, for HR's preview of a careers page.
  Null when the document no longer exists.
  """
  jobPostingPreview(
    "A preview token from the admin."
    token: String!
    "The locale salaries and dates are formatted for; the first the server offers when left out."
    locale: String
  ): JobPosting
}

"What jobPostings keeps. Every field given must match."
input JobPostingFilter {
  "The department, exactly as a facet lists it."
  department: String
  "A place: a country, or a city in a country."
  location: LocationInput
  "How the work is organised."
  workplaceType: WorkplaceType
  "The kind of contract."
  employmentType: EmploymentType
  "Remote postings that accept applicants from this country (ISO 3166-1 alpha-2, e.g. \\"DE\\")."
  remoteFrom: String
}

"A place to filter by, as a location facet's value gives it."
input LocationInput {
  "ISO 3166-1 alpha-2 country code, e.g. \\"DE\\"."
  country: String!
  "A city in that country; leave it out for the whole country."
  city: String
}

"How jobPostings orders its results."
enum JobPostingSort {
  "Search hits by rank, title hits first; without a search, newest first."
  RELEVANCE
  "By the date posted, newest first."
  NEWEST
  "By title, A to Z in the locale's order."
  TITLE
}

"Where the work happens."
enum WorkplaceType {
  "At the employer's premises."
  ON_SITE
  "Partly on site, partly from home."
  HYBRID
  "Fully remote."
  REMOTE
}

"The kind of contract, as schema.org JobPosting.employmentType names it."
enum EmploymentType {
  "Full time."
  FULL_TIME
  "Part time."
  PART_TIME
  "Contractor."
  CONTRACTOR
  "Temporary."
  TEMPORARY
  "Internship."
  INTERN
  "Volunteer."
  VOLUNTEER
  "Paid by the day."
  PER_DIEM
  "Anything else."
  OTHER
}

"The period a salary is paid for."
enum SalaryInterval {
  "Per hour."
  HOUR
  "Per day."
  DAY
  "Per week."
  WEEK
  "Per month."
  MONTH
  "Per year."
  YEAR
}

"What a requirement is about."
enum RequirementCategory {
  "A degree or other education."
  EDUCATION
  "Work experience."
  EXPERIENCE
  "A technical skill."
  TECHNICAL_SKILL
  "A soft skill."
  SOFT_SKILL
  "A certification."
  CERTIFICATION
  "Anything else."
  OTHER
}

"A page of postings."
type JobPostingConnection {
  "The postings of this page, in order."
  nodes: [JobPosting!]!
  "How many postings match, on every page."
  totalCount: Int!
  "This page's number, from 1."
  page: Int!
  "Whether a page follows this one."
  hasNextPage: Boolean!
}

"An open job posting, rendered when it was published."
type JobPosting {
  "A stable id."
  id: ID!
  "The posting's slug, for its URL."
  slug: String!
  "The job title."
  title: String!
  "The department, if any."
  department: String
  "Whom the role reports to, if given."
  reportsTo: String
  "The summary."
  summary: RichText!
  "The overview."
  overview: RichText!
  "The whole description: summary, overview, responsibilities and requirements."
  description: RichText!
  "What the job involves, in order."
  responsibilities: [Responsibility!]!
  "What a candidate needs, grouped required / preferred."
  requirements: Requirements!
  "The posting's own FAQs, in order."
  faqs: [Faq!]!
  "The places where the work happens; empty for a fully remote posting."
  locations: [Place!]!
  "The countries a remote posting accepts applicants from; empty unless the workplace type is REMOTE."
  remoteCountries: [Country!]!
  "Where, in a few words: \\"Berlin, Germany\\", \\"Remote (EU)\\"."
  locationDisplay: String!
  "How the work is organised."
  workplaceType: WorkplaceType!
  "The kinds of contract offered."
  employmentTypes: [EmploymentType!]!
  "The pay, when the posting gives it."
  salary: Salary
  "When the posting was first published."
  datePosted: DateTime!
  "datePosted, written for the locale, e.g. \\"1 December 2026\\"."
  datePostedText: String!
  "When the posting closes, if set."
  validThrough: DateTime
  "Where candidates apply: an https:// link or a mailto: address."
  applyUrl: String
  "schema.org JobPosting structured data for the posting's page, as Google reads it."
  jsonLd(
    "The posting's page: a URL in which {slug} is replaced, or a base URL the slug is appended to. Defaults to the configured template."
    siteUrl: String
  ): JSONObject!
}

"Text as sanitised HTML and as plain text; both empty when there is none."
type RichText {
  "Safe HTML: structure and links, nothing that runs."
  html: String!
  "Plain text, paragraphs separated by blank lines."
  plain: String!
}

"A responsibility of the role."
type Responsibility {
  "The item's id, shared by every posting that uses it."
  id: ID!
  "The sentence."
  text: String!
}

"A posting's requirements by level, each in the author's order."
type Requirements {
  "What a candidate must have."
  required: [Requirement!]!
  "What is nice to have."
  preferred: [Requirement!]!
}

"A requirement of the role."
type Requirement {
  "The item's id."
  id: ID!
  "The sentence."
  text: String!
  "What it is about."
  category: RequirementCategory!
  "Years of experience it asks for, if it says."
  minimumYears: Int
}

"A question candidates ask, with its answer."
type Faq {
  "The FAQ's id."
  id: ID!
  "The question."
  question: String!
  "The answer."
  answer: RichText!
}

"A page of FAQs."
type FaqConnection {
  "The FAQs of this page, in order."
  nodes: [Faq!]!
  "How many there are, on every page."
  totalCount: Int!
  "This page's number, from 1."
  page: Int!
  "Whether a page follows this one."
  hasNextPage: Boolean!
}

"A place of work."
type Place {
  "ISO 3166-1 alpha-2 country code."
  country: String!
  "The country's name in the locale."
  countryName: String!
  "The city, if given."
  city: String
  "The region (state, province, county), if given and not the city's own name."
  region: String
  "The place in a few words: \\"Berlin, Germany\\"."
  displayName: String!
}

"A country."
type Country {
  "ISO 3166-1 alpha-2 code."
  code: String!
  "The name in the locale."
  name: String!
}

"A posting's pay."
type Salary {
  "The lowest amount, if given."
  min: Float
  "The highest amount, if given."
  max: Float
  "ISO 4217 currency code."
  currency: String!
  "The period the amounts are for."
  interval: SalaryInterval!
  "The range written for the locale, e.g. \\"€55,000–€75,000 per year\\"."
  formatted: String!
}

"The filter menus of jobPostingFacets."
type JobPostingFacets {
  "Departments."
  departments: [DepartmentFacet!]!
  "Places (not remote countries)."
  locations: [LocationFacet!]!
  "Workplace types."
  workplaceTypes: [WorkplaceTypeFacet!]!
  "Employment types."
  employmentTypes: [EmploymentTypeFacet!]!
}

"A department menu entry."
type DepartmentFacet {
  "Pass it as filter.department."
  value: String!
  "What to show."
  label: String!
  "Matching postings."
  count: Int!
}

"A place menu entry."
type LocationFacet {
  "Pass it as filter.location."
  value: LocationValue!
  "What to show: \\"Berlin, Germany\\", or \\"Germany\\" for the whole country."
  label: String!
  "Matching postings."
  count: Int!
}

"A place, shaped as LocationInput."
type LocationValue {
  "ISO 3166-1 alpha-2 country code."
  country: String!
  "The city, or null for the whole country."
  city: String
}

"A workplace type menu entry."
type WorkplaceTypeFacet {
  "Pass it as filter.workplaceType."
  value: WorkplaceType!
  "What to show."
  label: String!
  "Matching postings."
  count: Int!
}

"An employment type menu entry."
type EmploymentTypeFacet {
  "Pass it as filter.employmentType."
  value: EmploymentType!
  "What to show."
  label: String!
  "Matching postings."
  count: Int!
}
`
