import crypto from 'node:crypto'

/**
 * Signing, as Stripe signs its webhooks: `Jusur-Signature: t=<unix seconds>,v1=<hex>`,
 * the HMAC-SHA256, keyed with the endpoint's secret, of `<t>.<body>`. The
 * timestamp inside the signed text lets a receiver refuse a replayed request
 * (docs/webhooks.md shows how to check both).
 */
export const SIGNATURE_HEADER = 'jusur-signature'

/** A new signing secret: 32 random bytes, prefixed so that people recognise it (and secret scanners can). */
export const newSigningSecret = (): string =>
  `whsec_${crypto.randomBytes(32).toString('base64url')}`

export const signatureOf = (secret: string, timestamp: number, body: string): string =>
  crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

export const signatureHeader = (secret: string, body: string, now = Date.now()): string => {
  const timestamp = Math.floor(now / 1000)
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`
}
