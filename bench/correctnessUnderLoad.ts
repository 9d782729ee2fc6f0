import type { CareersJobPostingQuery } from '../graphql/generated/careers/graphql.ts'
import { autocannon } from './autocannon.ts'
import { benchQueries, detailSlug } from './queries.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type Correctness = {
  answersPolled: number
  draftSeenBeforePublish: number
  failedPolls: number
  loadRps: number
  msToNewContent: null | number
  staleAnswersLaterThan1s: number
}

/**
 * Correctness under load, on the app (`server`, the one that also takes the writes) with its response cache
 * on: while autocannon loads the careers API's detail query, an editor saves a draft of that posting, then
 * HR publishes it. A poller reads the same URL every 20 ms: it must never see the draft before the publish,
 * and must see it within 1 s after, every time. It runs where the writes land because the cache and the
 * read model's index follow the public generation of their own process (or Redis): a careers server on
 * another process without Redis is told of no publish.
 */
export const correctnessUnderLoad = async (server: { url: string }, durationSeconds: number): Promise<Correctness> => {
  const url = server.url + benchQueries.detail.careersPath
  const titleOf = async () => {
    const { data } = (await (await fetch(url)).json()) as { data: CareersJobPostingQuery }
    if (!data.jobPosting) throw new Error(`${detailSlug}: no posting in the answer`)
    return data.jobPosting.title
  }
  const login = async (role: string) =>
    ((await (await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: `${role}@example.com`, password: `demo-${role}-password` }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })).json()) as { token: string }).token
  const [editor, hr] = [await login('editor'), await login('hr')]
  const api = async (path: string, token: string, body?: unknown, method = 'POST') =>
    (await fetch(`${server.url}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: body === undefined ? 'GET' : method,
    })).json()
  const { id } = (await api(`/job-descriptions?where[slug][equals]=${detailSlug}&depth=0`, editor)).docs[0]
  const draftTitle = `Rewritten under load ${Date.now()}`

  const seen: { at: number; title: string }[] = []
  let polling = true
  // A connection the server had already closed (keep-alive) can fail a poll; that is no answer, and is
  // counted apart.
  let failedPolls = 0
  const poller = (async () => {
    while (polling) {
      const at = performance.now()
      await titleOf().then(
        (title) => seen.push({ at, title }),
        () => failedPolls++,
      )
      await sleep(20)
    }
  })()
  const load = autocannon(url, durationSeconds)
  await sleep((durationSeconds * 1000) / 4)
  await api(`/job-descriptions/${id}?draft=true`, editor, { title: draftTitle }, 'PATCH')
  await sleep((durationSeconds * 1000) / 4)
  const move = async (action: string, token: string) => {
    const versions = await api(`/job-descriptions/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1`, hr)
    if (!versions.docs) throw new Error(`${action}: reading the versions failed: ${JSON.stringify(versions)}`)
    const version = versions.docs[0].id
    const answer = await api(`/job-descriptions/${id}/workflow`, token, { action, versionId: String(version) })
    if (answer.errors) throw new Error(`${action}: ${answer.errors[0].message}`)
  }
  await move('submit', editor)
  await move('approve', hr)
  const publishing = performance.now()
  await move('publish', hr)
  const published = performance.now()
  const result = await load
  polling = false
  await poller

  const firstNew = seen.find((answer) => answer.at >= published && answer.title === draftTitle)
  return {
    answersPolled: seen.length,
    draftSeenBeforePublish: seen.filter((answer) => answer.at < publishing && answer.title === draftTitle).length,
    failedPolls,
    loadRps: Math.round(result.requests.average),
    msToNewContent: firstNew ? Math.round(firstNew.at - published) : null,
    staleAnswersLaterThan1s: seen.filter((answer) => answer.at > published + 1000 && answer.title !== draftTitle).length,
  }
}
