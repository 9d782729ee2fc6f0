/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time in ISO 8601, UTC, e.g. "2026-12-01T09:00:00.000Z". Map it to `string` in codegen. */
  DateTime: { input: string; output: string; }
  /** A JSON object, e.g. a schema.org JobPosting. Map it to `Record<string, unknown>` in codegen. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** The kind of contract, as schema.org JobPosting.employmentType names it. */
export type EmploymentType =
  /** Contractor. */
  | 'CONTRACTOR'
  /** Full time. */
  | 'FULL_TIME'
  /** Internship. */
  | 'INTERN'
  /** Anything else. */
  | 'OTHER'
  /** Part time. */
  | 'PART_TIME'
  /** Paid by the day. */
  | 'PER_DIEM'
  /** Temporary. */
  | 'TEMPORARY'
  /** Volunteer. */
  | 'VOLUNTEER';

/** What jobPostings keeps. Every field given must match. */
export type JobPostingFilter = {
  /** The department, exactly as a facet lists it. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The kind of contract. */
  employmentType?: InputMaybe<EmploymentType>;
  /** A place: a country, or a city in a country. */
  location?: InputMaybe<LocationInput>;
  /** Remote postings that accept applicants from this country (ISO 3166-1 alpha-2, e.g. "DE"). */
  remoteFrom?: InputMaybe<Scalars['String']['input']>;
  /** How the work is organised. */
  workplaceType?: InputMaybe<WorkplaceType>;
};

/** How jobPostings orders its results. */
export type JobPostingSort =
  /** By the date posted, newest first. */
  | 'NEWEST'
  /** Search hits by rank, title hits first; without a search, newest first. */
  | 'RELEVANCE'
  /** By title, A to Z in the locale's order. */
  | 'TITLE';

/** A place to filter by, as a location facet's value gives it. */
export type LocationInput = {
  /** A city in that country; leave it out for the whole country. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code, e.g. "DE". */
  country: Scalars['String']['input'];
};

/** What a requirement is about. */
export type RequirementCategory =
  /** A certification. */
  | 'CERTIFICATION'
  /** A degree or other education. */
  | 'EDUCATION'
  /** Work experience. */
  | 'EXPERIENCE'
  /** Anything else. */
  | 'OTHER'
  /** A soft skill. */
  | 'SOFT_SKILL'
  /** A technical skill. */
  | 'TECHNICAL_SKILL';

/** The period a salary is paid for. */
export type SalaryInterval =
  /** Per day. */
  | 'DAY'
  /** Per hour. */
  | 'HOUR'
  /** Per month. */
  | 'MONTH'
  /** Per week. */
  | 'WEEK'
  /** Per year. */
  | 'YEAR';

/** Where the work happens. */
export type WorkplaceType =
  /** Partly on site, partly from home. */
  | 'HYBRID'
  /** At the employer's premises. */
  | 'ON_SITE'
  /** Fully remote. */
  | 'REMOTE';

export type CareersJobPostingFacetsQueryVariables = Exact<{
  filter?: InputMaybe<JobPostingFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type CareersJobPostingFacetsQuery = { __typename?: 'Query', jobPostingFacets: { __typename?: 'JobPostingFacets', departments: Array<{ __typename?: 'DepartmentFacet', value: string, label: string, count: number }>, locations: Array<{ __typename?: 'LocationFacet', label: string, count: number, value: { __typename?: 'LocationValue', country: string, city?: string | null } }>, workplaceTypes: Array<{ __typename?: 'WorkplaceTypeFacet', value: WorkplaceType, label: string, count: number }>, employmentTypes: Array<{ __typename?: 'EmploymentTypeFacet', value: EmploymentType, label: string, count: number }> } };

export type CareersFaqsQueryVariables = Exact<{
  posting?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CareersFaqsQuery = { __typename?: 'Query', careersFaqs: { __typename?: 'FaqConnection', totalCount: number, page: number, hasNextPage: boolean, nodes: Array<{ __typename?: 'Faq', id: string, question: string, answer: { __typename?: 'RichText', html: string, plain: string } }> } };

export type JobPostingSummaryFragment = { __typename?: 'JobPosting', id: string, slug: string, title: string, department?: string | null, locationDisplay: string, workplaceType: WorkplaceType, employmentTypes: Array<EmploymentType>, datePosted: string, datePostedText: string, validThrough?: string | null, summary: { __typename?: 'RichText', html: string, plain: string }, salary?: { __typename?: 'Salary', min?: number | null, max?: number | null, currency: string, interval: SalaryInterval, formatted: string } | null };

export type JobPostingDetailFragment = { __typename?: 'JobPosting', reportsTo?: string | null, applyUrl?: string | null, jsonLd: Record<string, unknown>, id: string, slug: string, title: string, department?: string | null, locationDisplay: string, workplaceType: WorkplaceType, employmentTypes: Array<EmploymentType>, datePosted: string, datePostedText: string, validThrough?: string | null, overview: { __typename?: 'RichText', html: string, plain: string }, description: { __typename?: 'RichText', html: string, plain: string }, responsibilities: Array<{ __typename?: 'Responsibility', id: string, text: string }>, requirements: { __typename?: 'Requirements', required: Array<{ __typename?: 'Requirement', id: string, text: string, category: RequirementCategory, minimumYears?: number | null }>, preferred: Array<{ __typename?: 'Requirement', id: string, text: string, category: RequirementCategory, minimumYears?: number | null }> }, faqs: Array<{ __typename?: 'Faq', id: string, question: string, answer: { __typename?: 'RichText', html: string, plain: string } }>, locations: Array<{ __typename?: 'Place', country: string, countryName: string, city?: string | null, region?: string | null, displayName: string }>, remoteCountries: Array<{ __typename?: 'Country', code: string, name: string }>, summary: { __typename?: 'RichText', html: string, plain: string }, salary?: { __typename?: 'Salary', min?: number | null, max?: number | null, currency: string, interval: SalaryInterval, formatted: string } | null };

export type CareersJobPostingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  siteUrl?: InputMaybe<Scalars['String']['input']>;
}>;


export type CareersJobPostingQuery = { __typename?: 'Query', jobPosting?: { __typename?: 'JobPosting', reportsTo?: string | null, applyUrl?: string | null, jsonLd: Record<string, unknown>, id: string, slug: string, title: string, department?: string | null, locationDisplay: string, workplaceType: WorkplaceType, employmentTypes: Array<EmploymentType>, datePosted: string, datePostedText: string, validThrough?: string | null, overview: { __typename?: 'RichText', html: string, plain: string }, description: { __typename?: 'RichText', html: string, plain: string }, responsibilities: Array<{ __typename?: 'Responsibility', id: string, text: string }>, requirements: { __typename?: 'Requirements', required: Array<{ __typename?: 'Requirement', id: string, text: string, category: RequirementCategory, minimumYears?: number | null }>, preferred: Array<{ __typename?: 'Requirement', id: string, text: string, category: RequirementCategory, minimumYears?: number | null }> }, faqs: Array<{ __typename?: 'Faq', id: string, question: string, answer: { __typename?: 'RichText', html: string, plain: string } }>, locations: Array<{ __typename?: 'Place', country: string, countryName: string, city?: string | null, region?: string | null, displayName: string }>, remoteCountries: Array<{ __typename?: 'Country', code: string, name: string }>, summary: { __typename?: 'RichText', html: string, plain: string }, salary?: { __typename?: 'Salary', min?: number | null, max?: number | null, currency: string, interval: SalaryInterval, formatted: string } | null } | null };

export type CareersJobPostingsQueryVariables = Exact<{
  filter?: InputMaybe<JobPostingFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<JobPostingSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type CareersJobPostingsQuery = { __typename?: 'Query', jobPostings: { __typename?: 'JobPostingConnection', totalCount: number, page: number, hasNextPage: boolean, nodes: Array<{ __typename?: 'JobPosting', id: string, slug: string, title: string, department?: string | null, locationDisplay: string, workplaceType: WorkplaceType, employmentTypes: Array<EmploymentType>, datePosted: string, datePostedText: string, validThrough?: string | null, summary: { __typename?: 'RichText', html: string, plain: string }, salary?: { __typename?: 'Salary', min?: number | null, max?: number | null, currency: string, interval: SalaryInterval, formatted: string } | null }> } };

export type CareersJobPostingPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  siteUrl?: InputMaybe<Scalars['String']['input']>;
}>;


export type CareersJobPostingPreviewQuery = { __typename?: 'Query', jobPostingPreview?: { __typename?: 'JobPosting', reportsTo?: string | null, applyUrl?: string | null, jsonLd: Record<string, unknown>, id: string, slug: string, title: string, department?: string | null, locationDisplay: string, workplaceType: WorkplaceType, employmentTypes: Array<EmploymentType>, datePosted: string, datePostedText: string, validThrough?: string | null, overview: { __typename?: 'RichText', html: string, plain: string }, description: { __typename?: 'RichText', html: string, plain: string }, responsibilities: Array<{ __typename?: 'Responsibility', id: string, text: string }>, requirements: { __typename?: 'Requirements', required: Array<{ __typename?: 'Requirement', id: string, text: string, category: RequirementCategory, minimumYears?: number | null }>, preferred: Array<{ __typename?: 'Requirement', id: string, text: string, category: RequirementCategory, minimumYears?: number | null }> }, faqs: Array<{ __typename?: 'Faq', id: string, question: string, answer: { __typename?: 'RichText', html: string, plain: string } }>, locations: Array<{ __typename?: 'Place', country: string, countryName: string, city?: string | null, region?: string | null, displayName: string }>, remoteCountries: Array<{ __typename?: 'Country', code: string, name: string }>, summary: { __typename?: 'RichText', html: string, plain: string }, salary?: { __typename?: 'Salary', min?: number | null, max?: number | null, currency: string, interval: SalaryInterval, formatted: string } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobPostingSummaryFragmentDoc = new TypedDocumentString(`
    fragment JobPostingSummary on JobPosting {
  id
  slug
  title
  department
  locationDisplay
  workplaceType
  employmentTypes
  datePosted
  datePostedText
  validThrough
  summary {
    html
    plain
  }
  salary {
    min
    max
    currency
    interval
    formatted
  }
}
    `, {"fragmentName":"JobPostingSummary"}) as unknown as TypedDocumentString<JobPostingSummaryFragment, unknown>;
export const JobPostingDetailFragmentDoc = new TypedDocumentString(`
    fragment JobPostingDetail on JobPosting {
  ...JobPostingSummary
  reportsTo
  overview {
    html
    plain
  }
  description {
    html
    plain
  }
  responsibilities {
    id
    text
  }
  requirements {
    required {
      id
      text
      category
      minimumYears
    }
    preferred {
      id
      text
      category
      minimumYears
    }
  }
  faqs {
    id
    question
    answer {
      html
      plain
    }
  }
  locations {
    country
    countryName
    city
    region
    displayName
  }
  remoteCountries {
    code
    name
  }
  applyUrl
  jsonLd(siteUrl: $siteUrl)
}
    fragment JobPostingSummary on JobPosting {
  id
  slug
  title
  department
  locationDisplay
  workplaceType
  employmentTypes
  datePosted
  datePostedText
  validThrough
  summary {
    html
    plain
  }
  salary {
    min
    max
    currency
    interval
    formatted
  }
}`, {"fragmentName":"JobPostingDetail"}) as unknown as TypedDocumentString<JobPostingDetailFragment, unknown>;
export const CareersJobPostingFacetsDocument = new TypedDocumentString(`
    query CareersJobPostingFacets($filter: JobPostingFilter, $search: String, $locale: String) {
  jobPostingFacets(filter: $filter, search: $search, locale: $locale) {
    departments {
      value
      label
      count
    }
    locations {
      value {
        country
        city
      }
      label
      count
    }
    workplaceTypes {
      value
      label
      count
    }
    employmentTypes {
      value
      label
      count
    }
  }
}
    `, {"hash":"b5c2881dfd99678c2f720a99fc558f46a68b0fba771413281f1976e84dde8cb5"}) as unknown as TypedDocumentString<CareersJobPostingFacetsQuery, CareersJobPostingFacetsQueryVariables>;
export const CareersFaqsDocument = new TypedDocumentString(`
    query CareersFaqs($posting: String, $first: Int, $page: Int) {
  careersFaqs(posting: $posting, first: $first, page: $page) {
    totalCount
    page
    hasNextPage
    nodes {
      id
      question
      answer {
        html
        plain
      }
    }
  }
}
    `, {"hash":"c0129df11cc61d3110ff58bd1d0f3660ceaffcd9450bab1d34d75a1ebb1ef85b"}) as unknown as TypedDocumentString<CareersFaqsQuery, CareersFaqsQueryVariables>;
export const CareersJobPostingDocument = new TypedDocumentString(`
    query CareersJobPosting($slug: String!, $locale: String, $siteUrl: String) {
  jobPosting(slug: $slug, locale: $locale) {
    ...JobPostingDetail
  }
}
    fragment JobPostingSummary on JobPosting {
  id
  slug
  title
  department
  locationDisplay
  workplaceType
  employmentTypes
  datePosted
  datePostedText
  validThrough
  summary {
    html
    plain
  }
  salary {
    min
    max
    currency
    interval
    formatted
  }
}
fragment JobPostingDetail on JobPosting {
  ...JobPostingSummary
  reportsTo
  overview {
    html
    plain
  }
  description {
    html
    plain
  }
  responsibilities {
    id
    text
  }
  requirements {
    required {
      id
      text
      category
      minimumYears
    }
    preferred {
      id
      text
      category
      minimumYears
    }
  }
  faqs {
    id
    question
    answer {
      html
      plain
    }
  }
  locations {
    country
    countryName
    city
    region
    displayName
  }
  remoteCountries {
    code
    name
  }
  applyUrl
  jsonLd(siteUrl: $siteUrl)
}`, {"hash":"4466f86d02aa954090de24ab3d503202d30678680e1c857b45848e462f0ea671"}) as unknown as TypedDocumentString<CareersJobPostingQuery, CareersJobPostingQueryVariables>;
export const CareersJobPostingsDocument = new TypedDocumentString(`
    query CareersJobPostings($filter: JobPostingFilter, $search: String, $sort: JobPostingSort, $first: Int, $page: Int, $locale: String) {
  jobPostings(
    filter: $filter
    search: $search
    sort: $sort
    first: $first
    page: $page
    locale: $locale
  ) {
    totalCount
    page
    hasNextPage
    nodes {
      ...JobPostingSummary
    }
  }
}
    fragment JobPostingSummary on JobPosting {
  id
  slug
  title
  department
  locationDisplay
  workplaceType
  employmentTypes
  datePosted
  datePostedText
  validThrough
  summary {
    html
    plain
  }
  salary {
    min
    max
    currency
    interval
    formatted
  }
}`, {"hash":"57caf0fb9218ef894478b002a355f633f291bb490a7f33410d3261f7b3c62a6d"}) as unknown as TypedDocumentString<CareersJobPostingsQuery, CareersJobPostingsQueryVariables>;
export const CareersJobPostingPreviewDocument = new TypedDocumentString(`
    query CareersJobPostingPreview($token: String!, $locale: String, $siteUrl: String) {
  jobPostingPreview(token: $token, locale: $locale) {
    ...JobPostingDetail
  }
}
    fragment JobPostingSummary on JobPosting {
  id
  slug
  title
  department
  locationDisplay
  workplaceType
  employmentTypes
  datePosted
  datePostedText
  validThrough
  summary {
    html
    plain
  }
  salary {
    min
    max
    currency
    interval
    formatted
  }
}
fragment JobPostingDetail on JobPosting {
  ...JobPostingSummary
  reportsTo
  overview {
    html
    plain
  }
  description {
    html
    plain
  }
  responsibilities {
    id
    text
  }
  requirements {
    required {
      id
      text
      category
      minimumYears
    }
    preferred {
      id
      text
      category
      minimumYears
    }
  }
  faqs {
    id
    question
    answer {
      html
      plain
    }
  }
  locations {
    country
    countryName
    city
    region
    displayName
  }
  remoteCountries {
    code
    name
  }
  applyUrl
  jsonLd(siteUrl: $siteUrl)
}`, {"hash":"a05ad4ac565c902911192a7bc298c3d2d615f20b5540b30c263cde39d60698fb"}) as unknown as TypedDocumentString<CareersJobPostingPreviewQuery, CareersJobPostingPreviewQueryVariables>;