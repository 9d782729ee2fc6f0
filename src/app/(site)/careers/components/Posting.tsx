import type { PostingDetailFragment } from '../../../../careers'
import { groupRequirements } from '../../../../careers'
import { postingMeta, salaryLabel } from '../format'

/** A posting's page body. The HTML fields come sanitised from the API. */
export function Posting({ posting }: { posting: PostingDetailFragment }) {
  const requirements = groupRequirements(posting.requirements ?? [])
  const salary = salaryLabel(posting.salary)
  return (
    <article>
      <h1>{posting.title}</h1>
      <p className="meta">{postingMeta(posting)}</p>
      {salary && <p className="meta">Salary: {salary}</p>}
      {posting.reportsTo && <p className="meta">Reports to: {posting.reportsTo}</p>}
      <div dangerouslySetInnerHTML={{ __html: posting.summaryHtml ?? '' }} />
      {posting.overviewHtml && <div dangerouslySetInnerHTML={{ __html: posting.overviewHtml }} />}
      {posting.responsibilities?.length ? (
        <section aria-labelledby="responsibilities">
          <h2 id="responsibilities">Responsibilities</h2>
          <ul>
            {posting.responsibilities.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {requirements.required.length > 0 && (
        <section aria-labelledby="requirements">
          <h2 id="requirements">Requirements</h2>
          <ul>
            {requirements.required.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </section>
      )}
      {requirements.preferred.length > 0 && (
        <section aria-labelledby="preferred">
          <h2 id="preferred">Nice to have</h2>
          <ul>
            {requirements.preferred.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </section>
      )}
      {posting.applyUrl && (
        <p className="apply">
          <a className="button" href={posting.applyUrl} rel="noopener">
            Apply for this job
          </a>
        </p>
      )}
      {posting.faqs?.length ? (
        <section aria-labelledby="faqs" className="faq">
          <h2 id="faqs">Frequently asked questions</h2>
          {posting.faqs.map((faq) => (
            <div key={faq.id}>
              <h3>{faq.question}</h3>
              <div dangerouslySetInnerHTML={{ __html: faq.answerHtml ?? '' }} />
            </div>
          ))}
        </section>
      ) : null}
    </article>
  )
}
