import { createHmac, timingSafeEqual } from 'node:crypto'

export const signatureHeader = 'x-job-descriptions-signature'
export const timestampHeader = 'x-job-descriptions-timestamp'

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, as GitHub and Stripe sign theirs (the timestamp stops replays). */
export const signWebhook = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** For receivers: true when the signature is ours and the timestamp is at most `toleranceSeconds` old. */
export const verifyWebhookSignature = ({
  body,
  secret,
  signature,
  timestamp,
  toleranceSeconds = 300,
}: {
  body: string
  secret: string
  signature: string
  timestamp: string
  toleranceSeconds?: number
}): boolean => {
  const age = Math.abs(Date.now() / 1000 - Number(timestamp))
  if (!Number.isFinite(age) || age > toleranceSeconds) return false
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
