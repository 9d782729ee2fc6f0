import { describe, expect, it } from 'vitest'

import { createPreviewToken, previewLifetimeSeconds, verifyPreviewToken } from '../src/careers/previewToken'

const secret = 'a-secret-of-at-least-thirty-two-characters'

describe('preview tokens', () => {
  it('name one document until they expire', () => {
    const now = Date.UTC(2026, 10, 22, 12)
    const token = createPreviewToken(42, secret, now)
    expect(verifyPreviewToken(token, secret, now)?.id).toBe(42)
    expect(verifyPreviewToken(token, secret, now + (previewLifetimeSeconds - 1) * 1000)?.id).toBe(42)
    expect(verifyPreviewToken(token, secret, now + (previewLifetimeSeconds + 1) * 1000)).toBeNull()
  })

  it('refuse another secret, a changed document id, a changed signature and garbage', () => {
    const token = createPreviewToken(42, secret)
    const [payload, signature] = token.split('.') as [string, string]
    const otherId = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), id: 43 })).toString('base64url')
    expect(verifyPreviewToken(token, `${secret}-other`)).toBeNull()
    expect(verifyPreviewToken(`${otherId}.${signature}`, secret)).toBeNull()
    expect(verifyPreviewToken(`${payload}.${signature.slice(0, -1)}x`, secret)).toBeNull()
    for (const garbage of ['', '.', 'a.b.c', 'not-a-token', `${payload}.`]) expect(verifyPreviewToken(garbage, secret)).toBeNull()
  })
})
