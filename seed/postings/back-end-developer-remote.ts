import type { PostingSeedInput } from '../schema.ts'
import { backEndDeveloper } from '../templates/back-end-developer.ts'

const filled: Record<string, { minimumYears: number; text: string }> = {
  'x years of experience as a Back-end developer': { minimumYears: 3, text: '3 years of experience as a Back-end developer' },
  'x years of experience with programming languages like Java, Ruby, PHP and Python': {
    minimumYears: 2,
    text: '2 years of experience with programming languages like Java, Ruby, PHP and Python',
  },
  'x years of experience with CMS framework': { minimumYears: 2, text: '2 years of experience with CMS framework' },
}

/**
 * The "Back-end Developer" template made into a remote posting: the "x years" requirements get numbers,
 * and so their own items; the unchanged items stay shared with the template.
 */
export const backEndDeveloperRemote: PostingSeedInput = {
  ...backEndDeveloper,
  slug: 'back-end-developer-remote-eu',
  title: 'Back-end Developer (Remote, EU)',
  department: 'Engineering',
  requirements: backEndDeveloper.requirements.map((item) => ({ ...item, ...filled[item.text] })),
  workplaceType: 'remote',
  locations: [{ country: 'DE' }, { country: 'NL' }, { country: 'PL' }],
  salary: { currency: 'EUR', interval: 'YEAR', max: 75_000, min: 55_000 },
  applyUrl: 'mailto:jobs@example.com?subject=Back-end%20Developer%20(Remote%2C%20EU)',
}
