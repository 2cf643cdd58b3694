/**
 * Webhooks (src/webhooks), from the environment:
 * - WEBHOOK_ALLOWED_HOSTS: the hosts an endpoint may point to, comma-separated:
 *   `hooks.example.org`, `*.example.org` (any name below it, not itself), `*`
 *   (any host). Unset: none, so no endpoint can be saved or sent to.
 * - WEBHOOK_ALLOW_PRIVATE=true: also private, loopback, link-local and other
 *   non-public addresses (a receiver on the same machine or network; tests).
 * - WEBHOOK_TIMEOUT_MS: how long one delivery attempt may take (10 s).
 * - WEBHOOK_RETRIES: attempts after the first before a delivery is failed (8).
 * - WEBHOOK_RETRY_DELAY_MS: the first retry's delay; each next one doubles (30 s).
 * - WEBHOOK_CRON: how often an instance sends what is due (every 5 s).
 */
export type WebhookSettings = {
  allowPrivate: boolean
  allowedHosts: string[]
  cron: string
  retries: number
  retryDelayMs: number
  timeoutMs: number
}

type Env = Record<string, string | undefined>

const whole = (value: string | undefined, fallback: number, min = 0): number => {
  const parsed = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(parsed) && parsed >= min
    ? parsed
    : fallback
}

/** Host names as URLs spell them: lower case, an IPv6 address without its brackets. */
export const normalHost = (host: string): string =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')

export const webhookSettings = (env: Env = process.env): WebhookSettings => ({
  allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === 'true',
  allowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map(normalHost).filter(Boolean),
  cron: env.WEBHOOK_CRON?.trim() || '*/5 * * * * *',
  retries: whole(env.WEBHOOK_RETRIES, 8),
  retryDelayMs: whole(env.WEBHOOK_RETRY_DELAY_MS, 30_000),
  timeoutMs: whole(env.WEBHOOK_TIMEOUT_MS, 10_000, 1),
})
