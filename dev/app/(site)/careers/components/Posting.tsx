import type { FaqPage, JobPostingDetailFragment } from 'payload-plugin-job-descriptions/careers'

import { postingMeta } from '../format.ts'
import type { Labels } from '../format.ts'
import type { Locale } from '../locale.ts'
import { words } from '../words.ts'
import { ItemList } from './ItemList.tsx'

/**
 * A posting's page body, all of it as the API wrote it for the locale: country names, the date, the salary.
 * The HTML fields come sanitised from the API.
 */
export function Posting({
  faqs,
  labels,
  locale,
  posting,
}: {
  faqs: FaqPage['nodes']
  labels: Labels
  locale: Locale
  posting: JobPostingDetailFragment
}) {
  const text = words[locale]
  return (
    <article lang={locale}>
      <h1>{posting.title}</h1>
      <p className="meta">{postingMeta(posting, labels)}</p>
      <p className="meta">
        {text.posted} <time dateTime={posting.datePosted}>{posting.datePostedText}</time>
      </p>
      {posting.salary && (
        <p className="meta salary">
          {text.salary}: {posting.salary.formatted}
        </p>
      )}
      {posting.locations.length > 0 && <p className="meta places">{posting.locations.map((place) => place.displayName).join('; ')}</p>}
      {posting.remoteCountries.length > 0 && (
        <p className="meta remote">
          {text.openTo} {posting.remoteCountries.map((country) => country.name).join(', ')}
        </p>
      )}
      {posting.reportsTo && (
        <p className="meta">
          {text.reportsTo}: {posting.reportsTo}
        </p>
      )}
      <div dangerouslySetInnerHTML={{ __html: posting.summary.html }} />
      {posting.overview.html && <div dangerouslySetInnerHTML={{ __html: posting.overview.html }} />}
      <ItemList heading={text.responsibilities} id="responsibilities" items={posting.responsibilities} />
      <ItemList heading={text.requirements} id="requirements" items={posting.requirements.required} />
      <ItemList heading={text.niceToHave} id="preferred" items={posting.requirements.preferred} />
      {posting.applyUrl && (
        <p className="apply">
          <a className="button" href={posting.applyUrl} rel="noopener">
            {text.apply}
          </a>
        </p>
      )}
      {faqs.length > 0 && (
        <section aria-labelledby="faqs" className="faq">
          <h2 id="faqs">{text.faqs}</h2>
          {faqs.map((faq) => (
            <div key={faq.id}>
              <h3>{faq.question}</h3>
              <div dangerouslySetInnerHTML={{ __html: faq.answer.html }} />
            </div>
          ))}
        </section>
      )}
    </article>
  )
}
