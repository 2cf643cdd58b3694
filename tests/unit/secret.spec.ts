import { describe, expect, it } from '@jest/globals'

import { DEVELOPMENT_SECRET, resolvePayloadSecret } from '../../src/settings/secret'
import { isStartupError } from '../../src/settings/startup-error'

const production = (secret?: string) => ({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })

const refusal = (env: Record<string, string | undefined>): string => {
  try {
    resolvePayloadSecret(env)
  } catch (error) {
    expect(isStartupError(error)).toBe(true)
    return (error as Error).message
  }
  throw new Error('the secret was accepted')
}

describe('PAYLOAD_SECRET', () => {
  it('falls back to a development secret outside production', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
    expect(resolvePayloadSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: 'x' })).toBe('x')
  })

  it('refuses a missing secret in production', () => {
    expect(refusal(production())).toMatch(/PAYLOAD_SECRET is not set/)
    expect(refusal(production('   '))).toMatch(/PAYLOAD_SECRET is not set/)
  })

  it('refuses well-known defaults in production, including the development secret', () => {
    expect(refusal(production(DEVELOPMENT_SECRET))).toMatch(/well-known default/)
    expect(refusal(production('YOUR_SECRET_HERE'))).toMatch(/well-known default/)
  })

  it('refuses a short secret in production', () => {
    expect(refusal(production('a'.repeat(31)))).toMatch(
      /31 characters long; production needs at least 32/,
    )
  })

  it('accepts a long random secret in production', () => {
    const secret = 'f3a9c0d1e2b4a6978877665544332211aabbccddeeff'
    expect(resolvePayloadSecret(production(secret))).toBe(secret)
  })

  it('does not demand the secret while Next.js builds', () => {
    const env = { NEXT_PHASE: 'phase-production-build', NODE_ENV: 'production' }
    expect(resolvePayloadSecret(env)).toBe(DEVELOPMENT_SECRET)
  })

  it('gives one line per refusal', () => {
    expect(refusal(production())).not.toContain('\n')
  })
})
