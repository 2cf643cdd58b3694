import { StartupError } from './startup-error'

/** Used outside production only, so that `npm run dev` and tests need no set-up. */
export const DEVELOPMENT_SECRET = 'jusur-development-secret-do-not-use-in-production'

/** Values that people copy from examples; none of them is a secret. */
const KNOWN_DEFAULTS = new Set([
  DEVELOPMENT_SECRET,
  'YOUR_SECRET_HERE',
  'changeme',
  'change-me',
  'secret',
  'payload',
  'jusur',
])

export const MIN_SECRET_LENGTH = 32

/**
 * The secret that signs sessions. In production a missing, known-default or
 * short secret is refused, because anyone could forge a login with it.
 */
export const resolvePayloadSecret = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  // `next build` runs with NODE_ENV=production but signs nothing; the running server checks.
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') {
    return secret || DEVELOPMENT_SECRET
  }
  if (!secret) {
    throw new StartupError(
      'PAYLOAD_SECRET is not set. Production needs a random secret of at least 32 characters, e.g. `openssl rand -hex 32`.',
    )
  }
  if (KNOWN_DEFAULTS.has(secret)) {
    throw new StartupError(
      'PAYLOAD_SECRET is a well-known default value. Set it to a random secret of at least 32 characters, e.g. `openssl rand -hex 32`.',
    )
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new StartupError(
      `PAYLOAD_SECRET is ${secret.length} characters long; production needs at least ${MIN_SECRET_LENGTH}.`,
    )
  }
  return secret
}
