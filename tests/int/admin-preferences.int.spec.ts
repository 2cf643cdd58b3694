import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/api'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * The admin reads its preferences by key (/api/payload-preferences/<key>); the
 * locale switcher falls back to Arabic when the `locale` one cannot be read,
 * while the server renders the form in the preferred locale (issue #21).
 */
describeIntegration('admin preferences over REST', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(() => ctx?.stop())

  it('answers the admin’s reads of a preference by key, for its owner only', async () => {
    const token = staff.tokens.editor
    const saved = await api.request('POST', '/payload-preferences/locale', {
      body: { value: 'en' },
      token,
    })
    expect(saved.status).toBe(200)
    const read = await api.request('GET', '/payload-preferences/locale', { token })
    expect([read.status, ((await read.json()) as { value?: unknown }).value]).toEqual([200, 'en'])
    for (const other of [staff.tokens.author, undefined]) {
      const response = await api.request('GET', '/payload-preferences/locale', { token: other })
      expect(((await response.json()) as { value?: unknown }).value ?? null).toBeNull()
    }
  })
})
