import { z } from 'zod'
import type { JobPostingFacetMenus, JobPostingFilter, JobPostingSort } from 'payload-plugin-job-descriptions/careers'

import type { Locale } from './locale.ts'
import { localeParam, withLocale } from './locale.ts'
import { words } from './words.ts'

export type SearchParams = Record<string, string | string[] | undefined>

/** The menus of the list page, in the order they show, each under its URL parameter. */
export const menuNames = ['department', 'location', 'workplaceType', 'employmentType'] as const
export type MenuName = (typeof menuNames)[number]

/** A place menu entry's value: the LocationInput to filter by. */
export type Place = JobPostingFacetMenus['locations'][number]['value']

/**
 * A menu entry's key in the URL: the value itself, or "DE" / "DE:Berlin" for a place. The key only finds
 * the entry again; what is sent as the filter is the entry's own `value`.
 */
export const entryKey = (value: Place | string) => (typeof value === 'string' ? value : [value.country, value.city].filter(Boolean).join(':'))

const text = z.string().trim().min(1)
const one = (value: SearchParams[string]) => (typeof value === 'string' ? value : undefined)

const listParams = z.object({
  department: text.optional().catch(undefined),
  employmentType: text.optional().catch(undefined),
  locale: localeParam,
  location: text.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: text.max(200).optional().catch(undefined),
  sort: text.optional().catch(undefined),
  workplaceType: text.optional().catch(undefined),
})

export type ListQuery = {
  /** The API's filter: each value taken from the menus, as the API gave it. */
  filter: JobPostingFilter
  /** Parameters given that name no menu entry: dropped, and said so on the page. */
  ignored: MenuName[]
  /** The URL key of each menu's chosen entry. */
  keys: Partial<Record<MenuName, string>>
  locale: Locale
  page: number
  search: string | undefined
  sort: JobPostingSort
}

/** The orders the API offers, as the site names them (words.ts lists every JobPostingSort). */
const isSort = (value: string): value is JobPostingSort => Object.hasOwn(words.en.sorts, value)

const find = <V extends Place | string>(menu: readonly { value: V }[], key: string | undefined) =>
  key === undefined ? undefined : menu.find((entry) => entryKey(entry.value) === key)?.value

/**
 * The list page's URL as the API's arguments. The filters are looked up in `menus`, the menus of every open
 * posting (facets with no filter), so that what is sent is a value the API itself offered.
 */
export const listQuery = (params: SearchParams, menus: JobPostingFacetMenus): ListQuery => {
  const given = listParams.parse(Object.fromEntries(Object.keys(listParams.shape).map((name) => [name, one(params[name])])))
  const filter: JobPostingFilter = {
    department: find(menus.departments, given.department),
    employmentType: find(menus.employmentTypes, given.employmentType),
    location: find(menus.locations, given.location),
    workplaceType: find(menus.workplaceTypes, given.workplaceType),
  }
  return {
    filter,
    ignored: menuNames.filter((name) => given[name] !== undefined && !filter[name]),
    keys: Object.fromEntries(menuNames.flatMap((name) => (filter[name] ? [[name, given[name]]] : []))),
    locale: given.locale,
    page: given.page,
    search: given.q,
    sort: given.sort !== undefined && isSort(given.sort) ? given.sort : 'RELEVANCE',
  }
}

/** The locale a careers page is in, from its `?locale=`. */
export const pageLocale = (params: SearchParams): Locale => localeParam.parse(one(params.locale))

/** The list page with these filters (and another page, or another locale). */
export const listHref = (query: ListQuery, change: { locale?: Locale; page?: number } = {}) => {
  const search = new URLSearchParams()
  if (query.search) search.set('q', query.search)
  for (const name of menuNames) if (query.keys[name]) search.set(name, query.keys[name])
  if (query.sort !== 'RELEVANCE') search.set('sort', query.sort)
  const page = change.page ?? query.page
  if (page > 1) search.set('page', String(page))
  const path = search.size > 0 ? `/careers?${search}` : '/careers'
  return withLocale(path, change.locale ?? query.locale)
}
