/**
 * Security settings from the environment (README: Security). Shared by the
 * Payload config (CORS, CSRF, GraphQL limits) and the express server
 * (headers, body size, rate limits). Every value has a safe default.
 */

/** Failed logins before an account is locked, and for how long (the users collection's auth). */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 15 * 60 * 1000

/** The environment, or any set of variables (tests). */
type Env = Record<string, string | undefined>

const int = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(parsed) && parsed > 0
    ? parsed
    : fallback
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().replace(/\/+$/, ''))
    .filter(Boolean)

/** The server's own origins: SERVER_URL if set, and localhost/127.0.0.1 on PORT. */
export const ownOrigins = (env: Env = process.env): string[] => {
  const port = int(env.PORT, 3000)
  return [
    ...new Set([...list(env.SERVER_URL), `http://localhost:${port}`, `http://127.0.0.1:${port}`]),
  ]
}

/** Origins whose browsers may read API responses (CORS_ORIGINS, default: our own). */
export const corsOrigins = (env: Env = process.env): string[] =>
  list(env.CORS_ORIGINS).length > 0 ? list(env.CORS_ORIGINS) : ownOrigins(env)

/**
 * Origins from which Payload accepts its login cookie (CSRF_ORIGINS, default: our own).
 * Payload's own default (an empty list) would accept the cookie from any origin.
 */
export const csrfOrigins = (env: Env = process.env): string[] => [
  ...new Set([...ownOrigins(env), ...list(env.CSRF_ORIGINS)]),
]

export const BODY_LIMIT_DEFAULT = 1024 * 1024

/** The largest JSON/GraphQL/form body accepted (BODY_LIMIT_BYTES); uploads have their own 20 MB. */
export const bodyLimitBytes = (env: Env = process.env): number =>
  int(env.BODY_LIMIT_BYTES, BODY_LIMIT_DEFAULT)

export type GraphQLLimits = {
  maxAliases: number
  maxComplexity: number
  maxDepth: number
  introspection: boolean
  playground: boolean
}

export const graphQLLimits = (env: Env = process.env): GraphQLLimits => ({
  maxAliases: int(env.GRAPHQL_MAX_ALIASES, 15),
  maxComplexity: int(env.GRAPHQL_MAX_COMPLEXITY, 1000),
  maxDepth: int(env.GRAPHQL_MAX_DEPTH, 10),
  introspection: env.GRAPHQL_INTROSPECTION === 'true',
  playground: env.GRAPHQL_PLAYGROUND === 'true',
})

/**
 * What one read may cost (src/cost): the cost estimated before it runs, in
 * documents (src/cost/estimates.ts), for anonymous callers and for verified
 * staff (the admin reads with depth); and, for anonymous reads that are not
 * answered from the read cache, the time and documents one may really take and
 * how many are computed at once (the others wait their turn, then get a 503).
 */
export type ReadBudget = {
  anonymousCost: number
  staffCost: number
  timeoutMs: number
  maxDocuments: number
  concurrency: number
  queueMs: number
}

export const readBudget = (env: Env = process.env): ReadBudget => ({
  anonymousCost: int(env.READ_COST_BUDGET, 500_000),
  staffCost: int(env.READ_COST_BUDGET_STAFF, 1_000_000),
  timeoutMs: int(env.READ_TIMEOUT_MS, 10_000),
  maxDocuments: int(env.READ_MAX_DOCUMENTS, 5_000),
  concurrency: int(env.READ_CONCURRENCY, 2),
  queueMs: int(env.READ_QUEUE_MS, 5_000),
})

export type Limit = { points: number; durationSeconds: number }

/** Login limits count failed attempts only (a successful login is taken back), on every login path. */
export type RateLimits = {
  /** Failed logins per client IP, over all accounts. */
  loginPerIp: Limit
  /** Failed logins per client IP and account together; a success from that IP resets it. */
  loginPerIpAndEmail: Limit
  /** Failed logins per account, from all IPs together. */
  loginPerEmail: Limit
  /** Password-reset requests (forgot and reset, REST and GraphQL) per client IP. */
  passwordResetPerIp: Limit
  /**
   * What anonymous API requests may cost per client IP (src/api/fair-limits.ts): an answer from
   * the read cache costs 1 point, any other what its reads cost, in documents (src/cost).
   */
  readsPerIp: Limit
  /** The same for a consumer key (docs/consumer-keys.md), unless the consumer has its own limit. */
  readsPerConsumer: Limit
}

const limit = (value: string | undefined, fallback: Limit): Limit => {
  // "points/seconds", e.g. "20/900"
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value ?? '')
  if (!match) return fallback
  const points = Number(match[1])
  const durationSeconds = Number(match[2])
  return points > 0 && durationSeconds > 0 ? { durationSeconds, points } : fallback
}

/** A consumer key's default limit: CONSUMER_RATE_LIMIT_POINTS per CONSUMER_RATE_LIMIT_SECONDS. */
export const consumerRateLimits = (env: Env = process.env): Limit => ({
  durationSeconds: int(env.CONSUMER_RATE_LIMIT_SECONDS, 60),
  points: int(env.CONSUMER_RATE_LIMIT_POINTS, 30_000),
})

export const rateLimits = (env: Env = process.env): RateLimits => ({
  readsPerIp: limit(env.RATE_LIMIT_READS, { durationSeconds: 60, points: 6_000 }),
  readsPerConsumer: consumerRateLimits(env),
  loginPerIp: limit(env.RATE_LIMIT_LOGIN_IP, { durationSeconds: 900, points: 30 }),
  // One fewer than the failures that lock an account: one address cannot lock it in a single window.
  loginPerIpAndEmail: limit(env.RATE_LIMIT_LOGIN, {
    durationSeconds: 900,
    points: MAX_LOGIN_ATTEMPTS - 1,
  }),
  // Above the lock (which the account's owner can wait out or have lifted): the bound on guesses spread over many addresses.
  loginPerEmail: limit(env.RATE_LIMIT_LOGIN_ACCOUNT, {
    durationSeconds: 3600,
    points: 4 * MAX_LOGIN_ATTEMPTS,
  }),
  passwordResetPerIp: limit(env.RATE_LIMIT_PASSWORD_RESET, { durationSeconds: 3600, points: 5 }),
})
