import { describe, expect, it } from '@jest/globals'

import { runEntryPoint } from '../helpers/server'

const SECRET = 'a-long-random-secret-for-the-startup-tests-0123456789'

/** Exit status 1 and exactly one line of output, with no stack trace. */
const expectOneReadableLine = (result: ReturnType<typeof runEntryPoint>, pattern: RegExp) => {
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '')
  expect(result.status).toBe(1)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(pattern)
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/)
}

describe('the server refuses to start, in one readable line', () => {
  it('with a DATABASE_URL it does not understand', () => {
    const result = runEntryPoint('src/server/main.ts', {
      DATABASE_URL: 'mysql://root@localhost/jusur',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
    })
    expectOneReadableLine(
      result,
      /^jusur start: DATABASE_URL "mysql:\/\/root@localhost\/jusur" is not supported\. Accepted forms: .*file:.*postgres:\/\/.*mongodb:\/\//,
    )
  })

  it('in production without PAYLOAD_SECRET', () => {
    const result = runEntryPoint('src/server/main.ts', {
      DATABASE_URL: 'file:/tmp/jusur-never.db',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
    })
    expectOneReadableLine(result, /^jusur start: PAYLOAD_SECRET is not set\./)
  })

  it('in production with the development secret', () => {
    const result = runEntryPoint('src/server/main.ts', {
      DATABASE_URL: 'file:/tmp/jusur-never.db',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'jusur-development-secret-do-not-use-in-production',
    })
    expectOneReadableLine(result, /^jusur start: PAYLOAD_SECRET is a well-known default value/)
  })

  it('when the PostgreSQL server cannot be reached', () => {
    const result = runEntryPoint('src/server/main.ts', {
      DATABASE_URL: 'postgres://jusur:secret-pw@127.0.0.1:1/jusur',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
    })
    expectOneReadableLine(
      result,
      /^jusur start: Cannot reach the PostgreSQL database postgres:\/\/jusur:\*\*\*@127\.0\.0\.1:1\/jusur: .*ECONNREFUSED/,
    )
    expect(result.stderr).not.toContain('secret-pw')
  })

  it('when the MongoDB server cannot be reached', () => {
    const result = runEntryPoint('src/server/main.ts', {
      DATABASE_URL: 'mongodb://127.0.0.1:1/jusur?serverSelectionTimeoutMS=1000',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
    })
    expectOneReadableLine(
      result,
      /^jusur start: Cannot reach the MongoDB database mongodb:\/\/127\.0\.0\.1:1\/jusur/,
    )
  })

  it('when the SQLite folder cannot be created', () => {
    const result = runEntryPoint('src/scripts/migrate.ts', {
      DATABASE_URL: 'file:/etc/hostname/jusur.db',
    })
    expectOneReadableLine(
      result,
      /^jusur migrate: Cannot use the SQLite database file:\/etc\/hostname\/jusur\.db: folder/,
    )
  })
})
