import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** How long a preview link opened from the admin works. */
export const previewLifetimeSeconds = 60 * 60

const claims = z.object({ exp: z.number().int(), id: z.union([z.number(), z.string()]) })
export type PreviewClaims = z.infer<typeof claims>

const sign = (payload: string, secret: string) =>
  createHmac('sha256', `job-descriptions-preview:${secret}`).update(payload).digest('base64url')

/** A token naming one job description, valid until `exp` (seconds since the epoch), signed with HMAC-SHA256. */
export const createPreviewToken = (id: number | string, secret: string, now = Date.now()): string => {
  const payload = Buffer.from(JSON.stringify({ exp: Math.floor(now / 1000) + previewLifetimeSeconds, id })).toString(
    'base64url',
  )
  return `${payload}.${sign(payload, secret)}`
}

/** The claims of a genuine, unexpired token; null for anything else, forged or malformed. */
export const verifyPreviewToken = (token: string, secret: string, now = Date.now()): null | PreviewClaims => {
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length > 0) return null
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const parsed = claims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')))
    if (!parsed.success || parsed.data.exp * 1000 < now) return null
    return parsed.data
  } catch {
    return null
  }
}
