import type { Metadata } from 'next'
import type { JobPostingFacetMenus } from 'payload-plugin-job-descriptions/careers'

import { careers, organizationName } from './client.ts'
import { FilterSelect } from './components/FilterSelect.tsx'
import { Header } from './components/Header.tsx'
import { labelsOf, postingMeta } from './format.ts'
import { entryKey, listHref, listQuery, menuNames, pageLocale } from './listQuery.ts'
import type { ListQuery, MenuName, Place, SearchParams } from './listQuery.ts'
import { withLocale } from './locale.ts'
import { words } from './words.ts'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  description: `Open positions at ${organizationName}.`,
  title: `Careers at ${organizationName}`,
}

const pageSize = 10

type Props = { searchParams: Promise<SearchParams> }

type Entry = { count: number; label: string; value: Place | string }

const menuOf = (menus: JobPostingFacetMenus, name: MenuName): readonly Entry[] =>
  ({ department: menus.departments, employmentType: menus.employmentTypes, location: menus.locations, workplaceType: menus.workplaceTypes })[name]

/**
 * A menu's options: its entries under the other filters chosen, with their counts. The chosen entry stays
 * even where the other filters leave it no posting (count 0), so the menu shows what the list is filtered by.
 */
const options = (name: MenuName, counted: JobPostingFacetMenus, every: JobPostingFacetMenus, query: ListQuery) => {
  const entries = [...menuOf(counted, name)]
  const chosen = query.keys[name]
  const missing = chosen !== undefined && !entries.some((entry) => entryKey(entry.value) === chosen)
  const all = menuOf(every, name).find((entry) => entryKey(entry.value) === chosen)
  if (missing && all) entries.push({ ...all, count: 0 })
  return entries.map((entry) => ({ label: `${entry.label} (${entry.count})`, value: entryKey(entry.value) }))
}

export default async function CareersPage({ searchParams }: Props) {
  const params = await searchParams
  // Every open posting's menus: what the URL's filters are looked up in, and the types' labels.
  const every = await careers.facets({ locale: pageLocale(params) })
  const query = listQuery(params, every)
  const { filter, locale, search, sort } = query
  const text = words[locale]
  const [counted, result] = await Promise.all([
    careers.facets({ filter, locale, search }),
    careers.jobPostings({ filter, first: pageSize, locale, page: query.page, search, sort }),
  ])
  const labels = labelsOf(every)
  const pages = Math.max(1, Math.ceil(result.totalCount / pageSize))

  return (
    <>
      <Header hrefFor={(to) => listHref(query, { locale: to })} locale={locale} />
      <main className="page" id="main" lang={locale}>
        <h1>{text.careersAt(organizationName)}</h1>
        {query.ignored.length > 0 && (
          <p className="notice error" role="alert">
            {text.ignored(query.ignored.join(', '))}
          </p>
        )}
        <form action="/careers" aria-label={text.filters} className="filters" method="get">
          {locale !== 'en' && <input name="locale" type="hidden" value={locale} />}
          <label>
            {text.search}
            <input defaultValue={search ?? ''} maxLength={200} name="q" placeholder={text.searchPlaceholder} type="search" />
          </label>
          {menuNames.map((name) => (
            <FilterSelect
              any={text.any[name]}
              key={name}
              label={text.label[name]}
              name={name}
              options={options(name, counted, every, query)}
              value={query.keys[name]}
            />
          ))}
          <FilterSelect
            label={text.sort}
            name="sort"
            options={Object.entries(text.sorts).map(([value, label]) => ({ label, value }))}
            value={sort}
          />
          <div className="actions">
            <button className="button" type="submit">
              {text.submit}
            </button>
            <a href={withLocale('/careers', locale)}>{text.clear}</a>
          </div>
        </form>

        <p aria-live="polite" className="meta" role="status">
          {text.openPositions(result.totalCount)}
        </p>
        <ul className="postings">
          {result.nodes.map((posting) => (
            <li key={posting.id}>
              <h2>
                <a href={withLocale(`/careers/${posting.slug}`, locale)}>{posting.title}</a>
              </h2>
              <p className="meta">{postingMeta(posting, labels)}</p>
              <p className="meta">
                <time dateTime={posting.datePosted}>{posting.datePostedText}</time>
                {posting.salary && ` · ${posting.salary.formatted}`}
              </p>
              {posting.summary.plain && <p>{posting.summary.plain}</p>}
            </li>
          ))}
        </ul>
        {pages > 1 && (
          <nav aria-label={text.pages} className="pagination">
            {result.page > 1 ? <a href={listHref(query, { page: result.page - 1 })} rel="prev">{text.previous}</a> : <span />}
            <span>{text.pageOf(result.page, pages)}</span>
            {result.hasNextPage ? <a href={listHref(query, { page: result.page + 1 })} rel="next">{text.next}</a> : <span />}
          </nav>
        )}
      </main>
    </>
  )
}
