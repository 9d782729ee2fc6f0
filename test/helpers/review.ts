import { expect } from 'vitest'

export type Role = 'admin' | 'editor' | 'hr'

/** A demo user's session on a started server (the seed makes one per role with SEED_DEMO_USERS=true). */
export const signIn = async (baseUrl: string, role: Role): Promise<string> => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: `${role}@example.com`, password: `demo-${role}-password` }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(login.status).toBe(200)
  return (await login.json()).token as string
}

/** Review moves over REST, as the admin's Review panel makes them, with each role's session. */
export const reviewOverRest = (baseUrl: string, tokens: Partial<Record<Role, string>>) => {
  const call = (path: string, role: Role, body?: unknown) =>
    fetch(`${baseUrl}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `JWT ${tokens[role]}`, 'content-type': 'application/json' },
      method: body === undefined ? 'GET' : 'POST',
    })
  const latestVersionId = async (collection: string, id: number): Promise<number> =>
    (await (await call(`/${collection}/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1`, 'hr')).json()).docs[0].id
  /**
   * The item revisions in review with a job description, from HR's comparison, as the Review panel sends
   * them with approve and request changes.
   */
  const pinnedItems = async (id: number, role: Role) => {
    const response = await call(`/job-descriptions/${id}/review-diff`, role)
    return response.ok ? ((await response.json()) as { pinned: unknown[] }).pinned : undefined
  }
  /** One move on the newest revision (the one a reviewer sees); answers the status and body. */
  const move = async (collection: string, id: number, action: string, role: Role) => {
    const versionId = String(await latestVersionId(collection, id))
    const items = collection === 'job-descriptions' && (action === 'approve' || action === 'request_changes') ? await pinnedItems(id, role) : undefined
    const response = await call(`/${collection}/${id}/workflow`, role, { action, items, versionId })
    return { body: await response.text(), status: response.status }
  }
  /** Submitted by the editor, approved and published by HR. */
  const publish = async (collection: string, id: number) => {
    for (const [action, role] of [['submit', 'editor'], ['approve', 'hr'], ['publish', 'hr']] as const) {
      const { body, status } = await move(collection, id, action, role)
      expect(status, `${action} ${collection} ${id}: ${body}`).toBe(200)
    }
  }
  return { latestVersionId, move, publish }
}
