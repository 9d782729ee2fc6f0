import type { Metadata } from 'next'

import { postingFilters } from 'payload-plugin-job-descriptions/careers'
import { careers, organizationName } from './client.ts'
import { FilterSelect } from './components/FilterSelect.tsx'
import { Header } from './components/Header.tsx'
import { employmentLabel, postingMeta, salaryLabel, workplaceLabels } from './format.ts'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  description: `Open positions at ${organizationName}.`,
  title: `Careers at ${organizationName}`,
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const filterKeys = ['q', 'department', 'location', 'workplaceType', 'employmentType', 'sort', 'page'] as const

export default async function CareersPage({ searchParams }: Props) {
  const params = await searchParams
  // Empty form fields mean "any"; a malformed value is reported and ignored rather than failing the page.
  const given = Object.fromEntries(
    filterKeys.flatMap((key) => (typeof params[key] === 'string' && params[key] !== '' ? [[key, params[key]]] : [])),
  )
  const parsed = postingFilters.safeParse(given)
  const filters = parsed.success ? parsed.data : postingFilters.parse({})
  const [options, result] = await Promise.all([careers.filterOptions(), careers.listPostings(filters)])

  const pageLink = (page: number) => {
    const query = new URLSearchParams({ ...given, page: String(page) })
    return `/careers?${query.toString()}`
  }

  return (
    <>
      <Header />
      <main className="page" id="main">
        <h1>Careers at {organizationName}</h1>
        {!parsed.success && (
          <p className="notice error" role="alert">
            Some filters were not understood and were ignored: {parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}.
          </p>
        )}
        <form action="/careers" aria-label="Filter open positions" className="filters" method="get">
          <label>
            Search
            <input defaultValue={filters.q ?? ''} name="q" placeholder="Title or keyword" type="search" />
          </label>
          <FilterSelect
            any="Any department"
            label="Department"
            name="department"
            options={options.departments.map((value) => ({ label: value, value }))}
            value={filters.department}
          />
          <FilterSelect
            any="Any location"
            label="Location"
            name="location"
            options={options.locations.map((location) => ({ label: location.label, value: location.label }))}
            value={filters.location}
          />
          <FilterSelect
            any="Any workplace"
            label="Workplace"
            name="workplaceType"
            options={options.workplaceTypes.map((value) => ({ label: workplaceLabels[value] ?? value, value }))}
            value={filters.workplaceType}
          />
          <FilterSelect
            any="Any type"
            label="Employment"
            name="employmentType"
            options={options.employmentTypes.map((value) => ({ label: employmentLabel(value), value }))}
            value={filters.employmentType}
          />
          <div className="actions">
            <button className="button" type="submit">
              Search
            </button>
            <a href="/careers">Clear</a>
          </div>
        </form>

        <p aria-live="polite" className="meta" role="status">
          {result.totalDocs === 1 ? '1 open position' : `${result.totalDocs} open positions`}
        </p>
        <ul className="postings">
          {result.docs.map((posting) => (
            <li key={posting.id}>
              <h2>
                <a href={`/careers/${posting.slug}`}>{posting.title}</a>
              </h2>
              <p className="meta">{postingMeta(posting)}</p>
              {salaryLabel(posting.salary) && <p className="meta">{salaryLabel(posting.salary)}</p>}
              {posting.summaryPlain && <p>{posting.summaryPlain}</p>}
            </li>
          ))}
        </ul>
        {result.totalPages > 1 && (
          <nav aria-label="Pages" className="pagination">
            {result.hasPrevPage ? <a href={pageLink(result.page - 1)} rel="prev">← Previous</a> : <span />}
            <span>
              Page {result.page} of {result.totalPages}
            </span>
            {result.hasNextPage ? <a href={pageLink(result.page + 1)} rel="next">Next →</a> : <span />}
          </nav>
        )}
      </main>
    </>
  )
}
