import type { PostingSeedInput } from '../schema.ts'
import { backendDeveloper } from '../templates/backend-developer.ts'

/** The "Backend Developer" template made into a posting: the company named, everything else shared. */
export const backendDeveloperBerlin: PostingSeedInput = {
  ...backendDeveloper,
  slug: 'backend-developer-berlin',
  summary: backendDeveloper.summary.replace('[Your Company Name]', 'Acme Robotics'),
  faqs: backendDeveloper.faqs.filter((faq) => faq.audience === 'candidates'),
  workplaceType: 'hybrid',
  locations: [{ city: 'Berlin', country: 'DE', region: 'Berlin' }],
  salary: { currency: 'EUR', interval: 'YEAR', max: 85_000, min: 65_000 },
  applyUrl: 'https://example.com/careers/backend-developer-berlin/apply',
  directApply: true,
  validThrough: { daysAfterSeeding: 180 },
}
