import { z } from 'zod'

import { badInput } from './errors.ts'

/** 1 to 100 per page, the page from 1: anything else names its argument (never a silent clamp). */
export const paging = (first: number, page: number) => {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', `must be between 1 and 100 (got ${first})`)
  if (!Number.isInteger(page) || page < 1) throw badInput('page', `must be 1 or more (got ${page})`)
  if (page > 10_000) throw badInput('page', 'must be at most 10000')
  return { first, offset: (page - 1) * first, page }
}

/** One of the locales the read model renders; the first of them when none is asked for. */
export const locale = (asked: null | string | undefined, locales: readonly string[]) => {
  const value = asked ?? locales[0]!
  if (!locales.includes(value)) throw badInput('locale', `"${value}" is not offered; use one of ${locales.join(', ')}`)
  return value
}

const countryCode = z.string().regex(/^[A-Z]{2}$/)

export const country = (argument: string, value: string) => {
  if (!countryCode.safeParse(value).success) throw badInput(argument, `"${value}" is not an ISO 3166-1 alpha-2 country code (two capital letters such as DE)`)
  return value
}

export const search = (value: null | string | undefined) => {
  if (value && value.length > 200) throw badInput('search', 'must be at most 200 characters')
  return value ?? undefined
}

/** A posting page's URL: {slug} replaced, or the slug appended to a base URL; http(s) only. */
export const postingPageUrl = (siteUrl: string, slug: string): string => {
  const templated = siteUrl.includes('{slug}')
  let url: URL
  try {
    url = new URL(templated ? siteUrl.replaceAll('{slug}', encodeURIComponent(slug)) : siteUrl)
  } catch {
    throw badInput('siteUrl', `"${siteUrl}" is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('siteUrl', 'must start with https:// or http://')
  if (templated) return url.href
  return new URL(encodeURIComponent(slug), url.href.endsWith('/') ? url.href : `${url.href}/`).href
}
