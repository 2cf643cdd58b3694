import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { ROLES, type Role } from '../../src/access/roles'
import { apiClient } from '../helpers/api'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

const PASSWORD = 'correct horse battery staple'

describeIntegration('users, roles and access', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  const tokens = {} as Record<Role, string>
  const ids = {} as Record<Role, number | string>

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
  })
  afterAll(() => ctx?.stop())

  it('makes the first account an administrator, whatever roles were asked for', async () => {
    const first = await ctx.payload.create({
      collection: 'users',
      data: { email: 'first@example.org', name: 'First', password: PASSWORD, roles: ['author'] },
    })
    expect(first.roles).toEqual(['admin'])
    ids.admin = first.id
    tokens.admin = await api.login('first@example.org', PASSWORD)
  })

  it('lets an admin create one account per role over REST, and later accounts keep their roles', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const response = await api.request('POST', '/users', {
        body: { email: `${role}@example.org`, name: role, password: PASSWORD, roles: [role] },
        token: tokens.admin,
      })
      expect(response.status).toBe(201)
      const { doc } = await response.json()
      expect(doc.roles).toEqual([role])
      ids[role] = doc.id
      tokens[role] = await api.login(`${role}@example.org`, PASSWORD)
    }
  })

  it('refuses account creation to everyone but admins', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const response = await api.request('POST', '/users', {
        body: { email: `x-${role}@example.org`, name: 'x', password: PASSWORD, roles: ['admin'] },
        token: tokens[role],
      })
      expect(response.status).toBe(403)
    }
    const anonymous = await api.request('POST', '/users', {
      body: { email: 'anon@example.org', password: PASSWORD },
    })
    expect(anonymous.status).toBe(403)
  })

  it('does not let a user grant themselves a role', async () => {
    const response = await api.request('PATCH', `/users/${ids.author}`, {
      body: { name: 'Author renamed', roles: ['admin'] },
      token: tokens.author,
    })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: ids.author })
    expect(stored.name).toBe('Author renamed')
    expect(stored.roles).toEqual(['author'])
  })

  it('does not let a user edit somebody else', async () => {
    const response = await api.request('PATCH', `/users/${ids.editor}`, {
      body: { name: 'hijacked' },
      token: tokens.author,
    })
    expect(response.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'users', id: ids.editor })).name).toBe(
      'editor',
    )
  })

  it('hides the staff list from anonymous callers', async () => {
    const response = await api.request('GET', '/users')
    expect(response.status).toBe(403)
    const graphql = await api.graphql('{ Users { docs { email } } }')
    expect(graphql.body.data?.Users ?? null).toBeNull()
  })

  it('lets an author save a draft but not publish it directly (nor anyone else: see workflow tests)', async () => {
    const draft = await api.request('POST', '/articles', {
      body: { title: 'مسودة' },
      token: tokens.author,
    })
    expect(draft.status).toBe(201)
    const { doc } = await draft.json()
    expect(doc._status).toBe('draft')
    const publish = await api.request('PATCH', `/articles/${doc.id}`, {
      body: { _status: 'published' },
      token: tokens.author,
    })
    expect(publish.status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(stored._status).toBe('draft')
    const byEditor = await api.request('PATCH', `/articles/${doc.id}`, {
      body: { _status: 'published' },
      token: tokens.editor,
    })
    expect(byEditor.status).toBe(403)
  })

  it('shows anonymous readers published articles only, whatever the draft flag says', async () => {
    const hidden = await ctx.payload.create({
      collection: 'articles',
      data: { title: 'غير منشور' },
    })
    const list = await (await api.request('GET', '/articles?draft=true&limit=100')).json()
    expect(list.docs.map((doc: { title: string }) => doc.title)).not.toContain('غير منشور')
    expect((await api.request('GET', `/articles/${hidden.id}?draft=true`)).status).toBe(404)
    const graphql = await api.graphql(`{ Articles(draft: true, limit: 100) { docs { title } } }`)
    expect(
      graphql.body.data?.Articles.docs.map((doc: { title: string }) => doc.title),
    ).not.toContain('غير منشور')
    const staff = await api.request('GET', `/articles/${hidden.id}?draft=true`, {
      token: tokens.reviewer,
    })
    expect(staff.status).toBe(200)
  })

  // How the admin shows dates is each user's own choice, kept on their account (collections/users:
  // dateDigits, hijriDate; src/admin/dates reads it).
  type DateDisplay = { dateDigits?: null | string; hijriDate?: boolean | null }
  const NOT_ADMINS = ROLES.filter((role) => role !== 'admin')

  const dateDisplayOf = async (role: Role): Promise<DateDisplay> => {
    const { dateDigits, hijriDate } = await ctx.payload.findByID({
      collection: 'users',
      id: ids[role],
    })
    return { dateDigits, hijriDate }
  }

  const setDateDisplay = (role: Role, by: Role, body: DateDisplay, language = 'en') =>
    api.request('PATCH', `/users/${ids[role]}`, {
      body,
      headers: { 'accept-language': language },
      token: tokens[by],
    })

  it('lets every user choose how the admin shows them dates (Arabic-Indic digits, no Hijri date by default)', async () => {
    expect(await dateDisplayOf('author')).toEqual({ dateDigits: 'arab', hijriDate: false })
    for (const role of NOT_ADMINS) {
      const response = await setDateDisplay(role, role, { dateDigits: 'latn', hijriDate: true })
      expect([role, response.status]).toEqual([role, 200])
      expect(await dateDisplayOf(role)).toEqual({ dateDigits: 'latn', hijriDate: true })
    }
    // Each choice on its own.
    expect((await setDateDisplay('author', 'author', { dateDigits: 'arab' })).status).toBe(200)
    expect(await dateDisplayOf('author')).toEqual({ dateDigits: 'arab', hijriDate: true })
  })

  it('refuses to change somebody else’s choice of how dates are shown, unless an admin does', async () => {
    const before = await dateDisplayOf('editor')
    for (const by of NOT_ADMINS.filter((role) => role !== 'editor')) {
      const response = await setDateDisplay('editor', by, { dateDigits: 'arab', hijriDate: false })
      expect([by, response.status]).toEqual([by, 403])
    }
    expect(await dateDisplayOf('editor')).toEqual(before)
    const byAdmin = await setDateDisplay('editor', 'admin', {
      dateDigits: 'arab',
      hijriDate: false,
    })
    expect(byAdmin.status).toBe(200)
    expect(await dateDisplayOf('editor')).toEqual({ dateDigits: 'arab', hijriDate: false })
  })

  it('refuses a way of showing dates that is not one of the choices with a 400 naming the field', async () => {
    const before = await dateDisplayOf('reviewer')
    for (const [language, label] of [
      ['en', 'Digits in dates'],
      ['ar', 'الأرقام في التواريخ'],
    ] as const) {
      const response = await setDateDisplay(
        'reviewer',
        'reviewer',
        { dateDigits: 'roman' },
        language,
      )
      expect(response.status).toBe(400)
      const { errors } = (await response.json()) as {
        errors: { data?: { errors?: { path: string }[] }; message: string }[]
      }
      expect(errors[0]!.message).toContain(label)
      expect(errors[0]!.data?.errors?.map((error) => error.path)).toEqual(['dateDigits'])
    }
    const notABoolean = await setDateDisplay('reviewer', 'reviewer', { hijriDate: 'yes' as never })
    expect(notABoolean.status).toBe(400)
    expect(await dateDisplayOf('reviewer')).toEqual(before)
  })
  // Lockout, unlock and token revocation: tests/int/auth.int.spec.ts.
})
