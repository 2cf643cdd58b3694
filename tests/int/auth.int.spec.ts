import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { anonymousTurns, takeTurn } from '../../src/cost/read-budget'
import { COST_MESSAGES } from '../../src/cost/messages'
import {
  LOCK_TIME_MS,
  MAX_LOGIN_ATTEMPTS,
  rateLimits,
  readBudget,
} from '../../src/settings/security'
import { CLIENT_ADDRESS_HEADER } from '../../src/server/rate-limiters'
import { apiClient } from '../helpers/api'
import { AS_IMPORT } from '../helpers/content'
import { createStaff, type Staff, STAFF_PASSWORD } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

/**
 * Logging in and staying logged in (issue #6): Payload's temporary account
 * lockout, the admin's unlock, and tokens that stop working when their
 * session ends (logout) or their user is deleted, through REST and GraphQL.
 */
describeIntegration('authentication: lockout and token revocation', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let draftArticle: number | string
  let counter = 0
  let addresses = 0
  /** A client address of its own (as the server passes it on), so that tests do not share rate-limit counters. */
  const newAddress = () => `2001:db8::${(++addresses).toString(16)}`

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    draftArticle = (
      await ctx.payload.create({
        collection: 'articles',
        context: AS_IMPORT,
        data: { _status: 'draft', title: 'مسودة للموظفين فقط' },
      })
    ).id
  }, 120_000)
  afterAll(() => ctx?.stop())

  /** A fresh author account of its own for each test, so that locks and sessions do not leak between tests. */
  const newAccount = async (): Promise<{ email: string; id: number | string }> => {
    const email = `auth-${++counter}@example.org`
    const user = await ctx.payload.create({
      collection: 'users',
      data: { email, name: `auth ${counter}`, password: STAFF_PASSWORD, roles: ['author'] },
    })
    return { email, id: user.id }
  }

  const login = (email: string, password: string, language = 'en', address = newAddress()) =>
    api.request('POST', '/users/login', {
      body: { email, password },
      headers: { 'accept-language': language, [CLIENT_ADDRESS_HEADER]: address },
    })

  const failLogins = async (email: string, times: number) => {
    for (let attempt = 0; attempt < times; attempt++) {
      const response = await login(email, 'wrong password')
      expect(response.status).toBe(401)
      expect((await response.json()).errors[0].message).toMatch(/incorrect/i)
    }
  }

  const stored = (id: number | string) =>
    ctx.payload.db.findOne<Json & { id: number | string }>({
      collection: 'users',
      where: { id: { equals: id } },
    })

  // ---------------------------------------------------------------- lockout

  it(`locks an account after ${MAX_LOGIN_ATTEMPTS} wrong passwords: the right one is then refused with a readable 401, in the caller's language`, async () => {
    const { email, id } = await newAccount()
    await failLogins(email, MAX_LOGIN_ATTEMPTS - 1)
    // One attempt short of the limit, the account is not locked yet.
    expect((await stored(id))?.lockUntil ?? null).toBeNull()
    await failLogins(email, 1)

    const locked = await login(email, STAFF_PASSWORD)
    expect(locked.status).toBe(401)
    const body = await locked.json()
    expect(body.token).toBeUndefined()
    expect(body.errors[0].message).toBe(
      'This user is locked due to having too many failed login attempts.',
    )
    const inArabic = await login(email, STAFF_PASSWORD, 'ar')
    expect(inArabic.status).toBe(401)
    expect((await inArabic.json()).errors[0].message).toBe(
      'قُفل حساب هذا المستخدم لكثرة محاولات تسجيل الدخول الفاشلة.',
    )

    // GraphQL's login refuses it too, with the same message and no token.
    const graphql = await api.graphql(
      `mutation { loginUser(email: "${email}", password: "${STAFF_PASSWORD}") { token } }`,
      {
        headers: { 'accept-language': 'en' },
      },
    )
    expect(graphql.body.data?.loginUser ?? null).toBeNull()
    expect(graphql.body.errors?.[0].message).toBe(
      'This user is locked due to having too many failed login attempts.',
    )

    const lockUntil = new Date((await stored(id))!.lockUntil).getTime()
    expect(lockUntil).toBeGreaterThan(Date.now() + LOCK_TIME_MS - 60_000)
    expect(lockUntil).toBeLessThanOrEqual(Date.now() + LOCK_TIME_MS)
  })

  it('does not lengthen a lock however many more attempts come while it holds: the lock ends lockTime after the last counted failure', async () => {
    const { email, id } = await newAccount()
    await failLogins(email, MAX_LOGIN_ATTEMPTS)
    const { lockUntil, loginAttempts } = (await stored(id))!
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await login(email, attempt % 2 ? STAFF_PASSWORD : 'wrong password')
      expect(response.status).toBe(401)
      expect((await response.json()).errors[0].message).toMatch(/locked/i)
    }
    const after = (await stored(id))!
    expect(new Date(after.lockUntil).getTime()).toBe(new Date(lockUntil).getTime())
    expect(after.loginAttempts).toBe(loginAttempts)
  })

  it('lets the user in again once the lock has expired, and counts failures afresh from then', async () => {
    const { email, id } = await newAccount()
    await failLogins(email, MAX_LOGIN_ATTEMPTS)
    expect((await login(email, STAFF_PASSWORD)).status).toBe(401)
    // lockTime (15 minutes) has gone by: the stored lock is in the past.
    await ctx.payload.db.updateOne({
      collection: 'users',
      data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
      id,
    })

    // One wrong password after the lock expired is one failure, not a new lock.
    await failLogins(email, 1)
    expect((await stored(id))!.loginAttempts).toBe(1)
    const response = await login(email, STAFF_PASSWORD)
    expect(response.status).toBe(200)
    expect((await response.json()).token).toEqual(expect.any(String))
    const after = (await stored(id))!
    expect(after.loginAttempts).toBe(0)
    expect(after.lockUntil ?? null).toBeNull()
  })

  it('resets the count on a successful login, so failures spread between good logins never lock the account', async () => {
    const { email, id } = await newAccount()
    for (let round = 0; round < 3; round++) {
      await failLogins(email, MAX_LOGIN_ATTEMPTS - 1)
      expect((await stored(id))!.loginAttempts).toBe(MAX_LOGIN_ATTEMPTS - 1)
      const response = await login(email, STAFF_PASSWORD)
      expect(response.status).toBe(200)
      expect((await stored(id))!.loginAttempts).toBe(0)
    }
    // Without the reset, that was 12 failures: far past the limit.
    expect((await stored(id))!.lockUntil ?? null).toBeNull()
  })

  it('lets an admin unlock an account at once (REST and GraphQL); nobody else may', async () => {
    for (const via of ['REST', 'GraphQL'] as const) {
      const { email, id } = await newAccount()
      await failLogins(email, MAX_LOGIN_ATTEMPTS)

      const byEditor = await api.request('POST', '/users/unlock', {
        body: { email },
        token: staff.tokens.editor,
      })
      expect(byEditor.status).toBe(403)
      const anonymous = await api.request('POST', '/users/unlock', { body: { email } })
      expect(anonymous.status).toBe(403)
      const selfUnlock = await api.graphql(`mutation { unlockUser(email: "${email}") }`, {
        token: staff.tokens.author,
      })
      expect(selfUnlock.body.data?.unlockUser ?? null).toBeNull()
      expect((await login(email, STAFF_PASSWORD)).status).toBe(401)

      if (via === 'REST') {
        const response = await api.request('POST', '/users/unlock', {
          body: { email },
          token: staff.tokens.admin,
        })
        expect(response.status).toBe(200)
      } else {
        const { body } = await api.graphql(`mutation { unlockUser(email: "${email}") }`, {
          token: staff.tokens.admin,
        })
        expect(body.errors).toBeUndefined()
        expect(body.data?.unlockUser).toBe(true)
      }
      expect((await stored(id))!.lockUntil ?? null).toBeNull()
      expect((await login(email, STAFF_PASSWORD)).status).toBe(200)
    }
  })

  it('answers a wrong password for an unknown e-mail like one for a real account, and locks nothing', async () => {
    const response = await login('nobody@example.org', 'wrong password')
    expect(response.status).toBe(401)
    expect((await response.json()).errors[0].message).toBe(
      'The email or password provided is incorrect.',
    )
  })

  // ---------------------------------------------------------------- rate limits

  type Outcome = { message?: string; retryAfter: null | string; status: number }
  type Headers = Record<string, string>

  /** Every way to log in, each answering as { status, message, Retry-After }; GraphQL carries the status in the error. */
  const loginPaths: Record<
    string,
    (email: string, password: string, headers: Headers) => Promise<Outcome>
  > = {
    json: async (email, password, headers) =>
      restOutcome(
        await api.request('POST', '/users/login', { body: { email, password }, headers }),
      ),
    multipart: async (email, password, headers) => {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ email, password }))
      return restOutcome(await api.request('POST', '/users/login', { form, headers }))
    },
    graphql: async (email, password, headers) =>
      graphqlOutcome(
        await api.graphql(
          'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
          {
            headers,
            variables: { email, password },
          },
        ),
      ),
  }

  const restOutcome = async (response: Response): Promise<Outcome> => {
    const body = (await response.json()) as Json
    return {
      message: body.errors?.[0]?.message,
      retryAfter: response.headers.get('retry-after'),
      status: response.status,
    }
  }
  const graphqlOutcome = ({ body, headers }: Awaited<ReturnType<typeof api.graphql>>): Outcome => {
    const error = body.errors?.[0] as
      undefined | { extensions?: { statusCode?: number }; message: string }
    return {
      message: error?.message,
      retryAfter: headers.get('retry-after'),
      status: error ? (error.extensions?.statusCode ?? 500) : 200,
    }
  }

  const PATHS = Object.keys(loginPaths)
  const perAddressAndAccount = rateLimits().loginPerIpAndEmail.points

  it('counts failed logins per account and address on every login path alike, and refuses the next with a 429 before the account locks', async () => {
    for (const first of PATHS) {
      const { email, id } = await newAccount()
      const from = { 'accept-language': 'en', [CLIENT_ADDRESS_HEADER]: newAddress() }
      // The failures go round the paths, starting with a different one each time.
      const order = [...PATHS.slice(PATHS.indexOf(first)), ...PATHS.slice(0, PATHS.indexOf(first))]
      for (let attempt = 0; attempt < perAddressAndAccount; attempt++) {
        expect(
          await loginPaths[order[attempt % order.length]!]!(email, 'wrong password', from),
        ).toMatchObject({ status: 401 })
      }
      for (const path of PATHS) {
        const refused = await loginPaths[path]!(email, STAFF_PASSWORD, from)
        expect({ path, ...refused }).toMatchObject({
          path,
          message: expect.stringMatching(/^Too many requests: try again in \d+ seconds\.$/),
          status: 429,
        })
        expect(Number(refused.retryAfter)).toBeGreaterThan(0)
      }
      // Arabic by default.
      expect(
        (
          await loginPaths[first]!(email, STAFF_PASSWORD, {
            [CLIENT_ADDRESS_HEADER]: from[CLIENT_ADDRESS_HEADER],
          })
        ).message,
      ).toMatch(/طلبات كثيرة/)
      // Refused before Payload counted them: the account is not locked, and its owner gets in from elsewhere.
      expect((await stored(id))!.lockUntil ?? null).toBeNull()
      expect(
        await loginPaths[first]!(email, STAFF_PASSWORD, { [CLIENT_ADDRESS_HEADER]: newAddress() }),
      ).toMatchObject({ status: 200 })
      // The same address may still try another account: the pair is limited, not the address.
      expect(
        await loginPaths.json!((await newAccount()).email, STAFF_PASSWORD, from),
      ).toMatchObject({ status: 200 })
    }
    // A urlencoded form is no way in at all: refused before Payload (src/api/request-guard.ts), right password or not.
    const { email } = await newAccount()
    const form = await api.request('POST', '/users/login', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        [CLIENT_ADDRESS_HEADER]: newAddress(),
      },
      rawBody: new URLSearchParams({ email, password: STAFF_PASSWORD }).toString(),
    })
    expect(form.status).toBe(415)
  }, 180_000)

  it('counts a burst of parallel failures as it arrives: one address cannot lock an account', async () => {
    const { email, id } = await newAccount()
    const from = { [CLIENT_ADDRESS_HEADER]: newAddress() }
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        loginPaths[PATHS[i % PATHS.length]!]!(email, 'wrong password', from),
      ),
    )
    expect(outcomes.filter((outcome) => outcome.status === 401)).toHaveLength(perAddressAndAccount)
    expect(outcomes.filter((outcome) => outcome.status === 429)).toHaveLength(
      12 - perAddressAndAccount,
    )
    expect((await stored(id))!.lockUntil ?? null).toBeNull()
  }, 180_000)

  it('lets staff sign in on every path while anonymous reads hold every turn, which a read must wait for', async () => {
    const turns = anonymousTurns(ctx.config)
    const held = await Promise.all(
      Array.from({ length: readBudget().concurrency }, () => takeTurn(turns)),
    )
    try {
      for (const path of PATHS) {
        const { email } = await newAccount()
        expect({
          path,
          ...(await loginPaths[path]!(email, STAFF_PASSWORD, {
            [CLIENT_ADDRESS_HEADER]: newAddress(),
          })),
        }).toMatchObject({ path, status: 200 })
      }
      const forgot = await api.request('POST', '/users/forgot-password', {
        body: { email: (await newAccount()).email },
        headers: { [CLIENT_ADDRESS_HEADER]: newAddress() },
      })
      expect(forgot.status).toBe(200)
      // The turns are really held: an anonymous read (one the read cache has not seen) waits, then is refused.
      const read = await api.request('GET', `/countries?limit=1&depth=0&page=${++counter}`, {
        headers: { 'accept-language': 'en' },
      })
      expect(read.status).toBe(503)
      expect(((await read.json()) as Json).errors?.[0]?.message).toBe(COST_MESSAGES.busy.en)
    } finally {
      for (const release of held) release?.()
    }
  }, 60_000)

  it('counts failures only: twenty successful logins of one account in a minute all succeed, and a success resets the count for its address', async () => {
    const { email } = await newAccount()
    const from = { [CLIENT_ADDRESS_HEADER]: newAddress() }
    for (let i = 0; i < 20; i++)
      expect(
        await loginPaths[PATHS[i % PATHS.length]!]!(email, STAFF_PASSWORD, from),
      ).toMatchObject({ status: 200 })
    // Failures just short of the limit, then a success, again and again: never refused.
    for (let round = 0; round < 3; round++) {
      for (let attempt = 0; attempt < perAddressAndAccount - 1; attempt++) {
        expect(
          await loginPaths[PATHS[attempt % PATHS.length]!]!(email, 'wrong password', from),
        ).toMatchObject({ status: 401 })
      }
      expect(
        await loginPaths[PATHS[round % PATHS.length]!]!(email, STAFF_PASSWORD, from),
      ).toMatchObject({ status: 200 })
    }
  }, 180_000)

  it('limits failures per account over all addresses, and per address over all accounts', async () => {
    const { email } = await newAccount()
    const perAccount = rateLimits().loginPerEmail.points
    for (let attempt = 0; attempt < perAccount; attempt++) {
      // Payload's lock answers 401 after its own count: still failures.
      expect(
        await loginPaths[PATHS[attempt % PATHS.length]!]!(email, 'wrong password', {
          [CLIENT_ADDRESS_HEADER]: newAddress(),
        }),
      ).toMatchObject({ status: 401 })
    }
    for (const path of PATHS)
      expect(
        await loginPaths[path]!(email, 'wrong password', { [CLIENT_ADDRESS_HEADER]: newAddress() }),
      ).toMatchObject({ status: 429 })

    const from = { [CLIENT_ADDRESS_HEADER]: newAddress() }
    const perAddress = rateLimits().loginPerIp.points
    for (let attempt = 0; attempt < perAddress; attempt++) {
      expect(
        await loginPaths[PATHS[attempt % PATHS.length]!]!(
          `spray-${attempt}@example.org`,
          'wrong password',
          from,
        ),
      ).toMatchObject({ status: 401 })
    }
    expect(
      await loginPaths.graphql!(`spray-last@example.org`, 'wrong password', from),
    ).toMatchObject({ status: 429 })
  }, 180_000)

  it('limits password-reset requests per address on every path, forgot and reset, REST and GraphQL', async () => {
    const { email } = await newAccount()
    const from = { 'accept-language': 'en', [CLIENT_ADDRESS_HEADER]: newAddress() }
    const resetPaths: (() => Promise<Outcome>)[] = [
      async () =>
        restOutcome(
          await api.request('POST', '/users/forgot-password', { body: { email }, headers: from }),
        ),
      async () =>
        graphqlOutcome(
          await api.graphql(`mutation { forgotPasswordUser(email: "${email}") }`, {
            headers: from,
          }),
        ),
      async () =>
        restOutcome(
          await api.request('POST', '/users/reset-password', {
            body: { password: 'a-new-long-password', token: 'bogus' },
            headers: from,
          }),
        ),
      async () =>
        graphqlOutcome(
          await api.graphql(
            'mutation { resetPasswordUser(password: "a-new-long-password", token: "bogus") { token } }',
            { headers: from },
          ),
        ),
    ]
    const limit = rateLimits().passwordResetPerIp.points
    for (let request = 0; request < limit; request++)
      expect((await resetPaths[request % resetPaths.length]!()).status).not.toBe(429)
    for (const path of resetPaths) {
      const refused = await path()
      expect(refused).toMatchObject({
        message: expect.stringMatching(/Too many requests/),
        status: 429,
      })
      expect(Number(refused.retryAfter)).toBeGreaterThan(0)
    }
    // Another address is not limited by this one.
    expect(
      (
        await api.request('POST', '/users/forgot-password', {
          body: { email },
          headers: { [CLIENT_ADDRESS_HEADER]: newAddress() },
        })
      ).status,
    ).toBe(200)
  }, 180_000)

  // ---------------------------------------------------------------- token revocation

  /** What a token lets its bearer do: who /me says it is, the staff list, a draft, over REST and GraphQL. */
  const whatTokenReaches = async (token: string) => {
    const me = (await (await api.request('GET', '/users/me', { token })).json()) as Json
    const usersList = await api.request('GET', '/users', { token })
    const draft = await api.request('GET', `/articles/${draftArticle}?draft=true`, { token })
    const graphqlMe = await api.graphql('{ meUser { user { id email } } }', { token })
    const graphqlUsers = await api.graphql('{ Users { docs { email } } }', { token })
    const graphqlDraft = await api.graphql(
      `{ Article(id: ${JSON.stringify(draftArticle)}, draft: true) { title } }`,
      { token },
    )
    return {
      draftViaGraphQL: graphqlDraft.body.data?.Article?.title ?? null,
      draftViaREST: draft.status,
      meViaGraphQL: graphqlMe.body.data?.meUser?.user?.email ?? null,
      meViaREST: me.user?.email ?? null,
      usersViaGraphQL: graphqlUsers.body.data?.Users?.docs?.length ?? null,
      usersViaREST: usersList.status,
    }
  }

  const ANONYMOUS = {
    draftViaGraphQL: null,
    draftViaREST: 404,
    meViaGraphQL: null,
    meViaREST: null,
    usersViaGraphQL: null,
    usersViaREST: 403,
  }

  const loggedIn = (email: string) => ({
    draftViaGraphQL: 'مسودة للموظفين فقط',
    draftViaREST: 200,
    meViaGraphQL: email,
    meViaREST: email,
    usersViaGraphQL: expect.any(Number),
    usersViaREST: 200,
  })

  it('uses server-side sessions, so that a token can be revoked', () => {
    const users = ctx.config.collections.find((collection) => collection.slug === 'users')!
    expect(users.auth.useSessions).toBe(true)
  })

  it("makes a token worthless after logout over REST, and leaves the same user's other sessions alone", async () => {
    const { email } = await newAccount()
    const token = await api.login(email, STAFF_PASSWORD)
    const otherDevice = await api.login(email, STAFF_PASSWORD)
    expect(await whatTokenReaches(token)).toEqual(loggedIn(email))

    const logout = await api.request('POST', '/users/logout', { token })
    expect(logout.status).toBe(200)
    expect(await whatTokenReaches(token)).toEqual(ANONYMOUS)
    // Logging out again with it is refused with a readable 400, not a 500.
    const again = await api.request('POST', '/users/logout', { token })
    expect(again.status).toBe(400)
    expect((await again.json()).errors[0].message).toMatch(/\S/)

    expect(await whatTokenReaches(otherDevice)).toEqual(loggedIn(email))
  })

  it('makes a token worthless after logout over GraphQL', async () => {
    const { email } = await newAccount()
    const token = await api.login(email, STAFF_PASSWORD)
    expect(await whatTokenReaches(token)).toEqual(loggedIn(email))
    const { body } = await api.graphql('mutation { logoutUser }', { token })
    expect(body.errors).toBeUndefined()
    expect(body.data?.logoutUser).toEqual(expect.any(String))
    expect(await whatTokenReaches(token)).toEqual(ANONYMOUS)
    // Nor can it write: the draft stays as it was.
    const update = await api.request('PATCH', `/articles/${draftArticle}?draft=true`, {
      body: { title: 'عبث' },
      token,
    })
    expect(update.status).toBe(403)
    const article = await ctx.payload.findByID({
      collection: 'articles',
      draft: true,
      id: draftArticle,
    })
    expect(article.title).toBe('مسودة للموظفين فقط')
  })

  it("makes a deleted user's tokens worthless, even when a new account later gets the same id", async () => {
    const { email, id } = await newAccount()
    const token = await api.login(email, STAFF_PASSWORD)
    expect(await whatTokenReaches(token)).toEqual(loggedIn(email))

    const deletion = await api.request('DELETE', `/users/${id}`, { token: staff.tokens.admin })
    expect(deletion.status).toBe(200)
    expect(await whatTokenReaches(token)).toEqual(ANONYMOUS)

    // SQLite hands a deleted highest id to the next row; a token names its user by id, and
    // only its session (not in the new account's sessions) keeps it from passing as the newcomer.
    const successor = await ctx.payload.create({
      collection: 'users',
      data: {
        email: `successor-${id}@example.org`,
        name: 'successor',
        password: STAFF_PASSWORD,
        roles: ['editor'],
      },
    })
    await api.login(`successor-${id}@example.org`, STAFF_PASSWORD)
    if (ctx.databaseUrl.startsWith('file:')) expect(successor.id).toBe(id)
    expect(await whatTokenReaches(token)).toEqual(ANONYMOUS)
  })

  it('answers forgot-password alike for a known and an unknown e-mail, and stamps the known account', async () => {
    // Payload reserves its rate stamp outside the request's transaction; on SQLite that write must
    // not wait for the transaction its own request holds (src/db/sqlite-transactions.ts).
    const { email, id } = await newAccount()
    for (const address of [email, 'nobody-here@example.org']) {
      const response = await api.request('POST', '/users/forgot-password', {
        body: { email: address },
        headers: { [CLIENT_ADDRESS_HEADER]: newAddress() },
      })
      expect(response.status).toBe(200)
    }
    const user = await stored(id)
    expect(user?.resetPasswordRequestedAt).toEqual(expect.any(String))
    expect(user?.resetPasswordToken).toEqual(expect.any(String))
  })
})
