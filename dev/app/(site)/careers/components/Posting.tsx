import type { PostingDetailFragment } from 'payload-plugin-job-descriptions/careers'
import { groupRequirements } from 'payload-plugin-job-descriptions/careers'
import { postingMeta, salaryLabel } from '../format.ts'
import { ItemList } from './ItemList.tsx'

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
      <ItemList heading="Responsibilities" id="responsibilities" items={posting.responsibilities ?? []} />
      <ItemList heading="Requirements" id="requirements" items={requirements.required} />
      <ItemList heading="Nice to have" id="preferred" items={requirements.preferred} />
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
