import type { AddressInfo } from 'node:net'
import type { PayloadRequest } from 'payload'

import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { createLocalReq } from 'payload'

import { performTransition, resolveWorkflowOptions } from '@jusur/editorial-workflow'

import { WORKFLOW_OPTIONS } from '../../src/editorial/workflow'
import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

// Read when the config is built (retries, backoff) and when an endpoint is saved (the allowlist).
process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1'
process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
process.env.WEBHOOK_RETRIES = '2'
process.env.WEBHOOK_RETRY_DELAY_MS = '200'

type Json = Record<string, any>
type Received = { at: number; body: string; headers: http.IncomingHttpHeaders }

/**
 * Webhooks (src/webhooks) in Jusur's config, on SQLite and PostgreSQL: every
 * public change the feed lists is POSTed, signed, to a receiver listening on
 * a local port, by Payload's job runner (run here by the test, as the
 * server's cron would); retries with backoff, the delivery log, "send again",
 * who may see what, and which URLs an admin may save.
 */
describeIntegration('webhooks', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let receiver: http.Server
  let hookURL: string
  let endpoint: Json
  let received: Received[] = []
  /** Statuses the receiver answers with, one per request, then 200. */
  let answers: number[] = []

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    receiver = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        received.push({ at: Date.now(), body, headers: request.headers })
        response.statusCode = answers.shift() ?? 200
        response.end(response.statusCode === 200 ? 'ok' : 'try later')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    hookURL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    const created = await call('admin', 'POST', '/webhook-endpoints', {
      description: 'الموقع العام',
      url: hookURL,
    })
    expect(created.status).toBe(201)
    endpoint = created.body.doc
  }, 120_000)
  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve))
    await ctx?.stop()
  })
  beforeEach(async () => {
    await deliverDue()
    received = []
    answers = []
  })

  const call = async (
    member: null | StaffMember,
    method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
    path: string,
    body?: Json,
    headers?: Record<string, string>,
  ) => {
    const response = await api.request(method, path, {
      body,
      headers,
      token: member ? staff.tokens[member] : undefined,
    })
    return { body: (await response.json()) as Json, status: response.status }
  }
  const transition = async (member: StaffMember, collection: string, id: unknown, body: Json) => {
    const reply = await call(member, 'POST', `/${collection}/${id}/workflow`, body)
    expect({ error: reply.body.errors?.[0], status: reply.status }).toEqual({
      error: undefined,
      status: 200,
    })
  }
  /** What the job runner sends now, as the server's cron would. */
  const deliverDue = () => ctx.payload.jobs.run({ queue: 'webhooks', silent: true })
  const deliveries = async () =>
    (
      await ctx.payload.find({
        collection: 'webhook-deliveries',
        depth: 0,
        pagination: false,
        sort: 'id',
      })
    ).docs
  const feedSince = async (since: string) =>
    (await call(null, 'GET', `/changes?since=${since}`)).body
  const feedHead = async () => (await call(null, 'GET', '/changes?limit=500')).body.next as string

  /** Whether `header` signs `body` with `secret`: what a receiver checks (docs/webhooks.md). */
  const signed = (secret: string, body: string, header: string) => {
    const { t, v1 } = Object.fromEntries(header.split(',').map((part) => part.split('=')))
    const expected = crypto.createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
    return Math.abs(Date.now() / 1000 - Number(t)) < 300 && v1 === expected
  }

  const person = async (name: string) => {
    const created = await call('author', 'POST', '/people?draft=true&locale=ar', { name })
    expect(created.status).toBe(201)
    return created.body.doc.id
  }
  const publishPerson = async (id: unknown) => {
    await transition('author', 'people', id, { transition: 'submit' })
    await transition('reviewer', 'people', id, { transition: 'approve_publish' })
  }
  const article = async (words: string) => {
    const created = await call('author', 'POST', '/articles?draft=true&locale=ar', {
      body: plainBody(`نص ${words}`),
      summary: `ملخص ${words}`,
      title: `تقرير ${words}`,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const english = await call('author', 'PATCH', `/articles/${id}?draft=true&locale=en`, {
      body: plainBody(`Text ${words}`),
      summary: `Summary ${words}`,
      title: `Report ${words}`,
    })
    expect(english.status).toBe(200)
    return id
  }
  const publishArticle = async (id: unknown) => {
    await transition('author', 'articles', id, { transition: 'submit' })
    await transition('reviewer', 'articles', id, { transition: 'approve' })
    await transition('editor', 'articles', id, { transition: 'publish' })
  }

  it('POSTs a publication, signed, with the change as the feed lists it; draft work sends nothing', async () => {
    const start = await feedHead()
    const id = await person('لي وي')
    await call('author', 'PATCH', `/people/${id}?draft=true&locale=en`, { name: 'Li Wei' })
    await transition('author', 'people', id, { transition: 'submit' })
    await deliverDue()
    expect(received).toEqual([])
    expect(await deliveries()).toHaveLength(0)

    await transition('reviewer', 'people', id, { transition: 'approve_publish' })
    await deliverDue()
    expect(received).toHaveLength(1)
    const [{ body, headers }] = received as [Received]
    const [delivery] = await deliveries()
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'jusur-delivery': String(delivery!.id),
      'jusur-event': 'published',
    })
    expect(signed(endpoint.secret, body, String(headers['jusur-signature']))).toBe(true)
    expect(signed('whsec_another', body, String(headers['jusur-signature']))).toBe(false)
    const feed = await feedSince(start)
    expect(JSON.parse(body)).toEqual({
      change: feed.changes[0],
      cursor: feed.next,
      event: 'published',
    })
    expect(feed.changes[0]).toMatchObject({
      collection: 'people',
      id: String(id),
      kind: 'published',
    })
    expect(delivery).toMatchObject({
      attempts: 1,
      collection: 'people',
      document: String(id),
      endpoint: endpoint.id,
      event: 'published',
      lastStatus: 200,
      status: 'delivered',
    })
    expect(delivery!.deliveredAt).toEqual(expect.any(String))
  })

  it('sends every kind the feed lists: updated, unpublished, deleted, corrected, retracted', async () => {
    const personId = await person('تشانغ مينغ')
    await publishPerson(personId)
    await call('author', 'PATCH', `/people/${personId}?draft=true&locale=ar`, {
      name: 'تشانغ مينغ.',
    })
    await publishPerson(personId)
    await transition('editor', 'people', personId, {
      comment: 'No longer current.',
      transition: 'unpublish',
    })

    const id = await article('تعاون أمني')
    await publishArticle(id)
    await call('author', 'PATCH', `/articles/${id}?draft=true&locale=ar`, {
      correction: { kind: 'correction', note: 'صُحّح التاريخ.' },
      summary: 'ملخص مصحح',
    })
    await call('author', 'PATCH', `/articles/${id}?draft=true&locale=en`, {
      correction: { note: 'The date was corrected.' },
      summary: 'Corrected summary',
    })
    await transition('translator', 'articles', id, {
      locale: 'en',
      transition: 'confirm_translation',
    })
    await publishArticle(id)
    await transition('editor', 'articles', id, {
      notice: { ar: 'سُحب التقرير.', en: 'Withdrawn.' },
      transition: 'retract',
    })
    expect((await call('editor', 'DELETE', `/articles/${id}`)).status).toBe(200)

    await deliverDue()
    const events = received
      .map(({ body }) => JSON.parse(body).change)
      .map(({ collection, kind }: Json) => `${collection}:${kind}`)
    expect(events.sort()).toEqual(
      [
        'people:published',
        'people:updated',
        'people:unpublished',
        'articles:published',
        'articles:corrected',
        'articles:retracted',
        'articles:deleted',
      ].sort(),
    )
    expect(
      received.every(({ headers, body }) => headers['jusur-event'] === JSON.parse(body).event),
    ).toBe(true)
  })

  it('sends nothing for a change that rolls back', async () => {
    const id = await person('وانغ لين')
    await transition('author', 'people', id, { transition: 'submit' })
    const before = (await deliveries()).length
    const reviewer = await ctx.payload.findByID({ collection: 'users', id: staff.ids.reviewer })
    const req = (await createLocalReq(
      { user: { ...reviewer, collection: 'users' } as never },
      ctx.payload,
    )) as PayloadRequest
    const db = ctx.payload.db as unknown as {
      beginTransaction: () => Promise<number | string>
      rollbackTransaction: (id: number | string) => Promise<void>
    }
    const transaction = await db.beginTransaction()
    req.transactionID = transaction
    await performTransition({
      input: { transition: 'approve_publish' },
      options: resolveWorkflowOptions(WORKFLOW_OPTIONS, ctx.config as never),
      req,
      target: { collection: 'people', id },
    })
    // Inside the transaction, the delivery is there, queued with the change.
    const inside = await ctx.payload.find({ collection: 'webhook-deliveries', req })
    expect(inside.totalDocs).toBe(before + 1)
    await db.rollbackTransaction(transaction)
    await deliverDue()
    expect(received).toEqual([])
    expect(await deliveries()).toHaveLength(before)
  })

  it('retries a failing receiver with exponential backoff until it answers 2xx', async () => {
    answers = [500, 503]
    const id = await person('ليو يانغ')
    await publishPerson(id)
    const deadline = Date.now() + 15_000
    let delivery: Json | undefined
    while (Date.now() < deadline) {
      await deliverDue()
      delivery = (await deliveries()).at(-1)
      if (delivery?.status !== 'pending') break
      await sleep(25)
    }
    expect(received).toHaveLength(3)
    expect(delivery).toMatchObject({ attempts: 3, lastStatus: 200, status: 'delivered' })
    // 200 ms, then 400 ms (WEBHOOK_RETRY_DELAY_MS, doubled each time).
    const [first, second, third] = received.map(({ at }) => at) as [number, number, number]
    expect(second - first).toBeGreaterThanOrEqual(190)
    expect(third - second).toBeGreaterThanOrEqual(390)
    // The same delivery each time, signed anew.
    expect(new Set(received.map(({ headers }) => headers['jusur-delivery'])).size).toBe(1)
    expect(
      received.every(({ body, headers }) =>
        signed(endpoint.secret, body, String(headers['jusur-signature'])),
      ),
    ).toBe(true)
  })

  it('logs a delivery that keeps failing as failed; an admin, and only an admin, sends it again', async () => {
    answers = [500, 500, 500]
    const id = await person('تشو هوا')
    await publishPerson(id)
    const deadline = Date.now() + 15_000
    let delivery: Json | undefined
    while (Date.now() < deadline) {
      await deliverDue()
      delivery = (await deliveries()).at(-1)
      if (delivery?.status !== 'pending') break
      await sleep(25)
    }
    expect(delivery).toMatchObject({
      attempts: 3,
      lastError: 'try later',
      lastStatus: 500,
      status: 'failed',
    })
    await sleep(1_000)
    await deliverDue()
    expect(received).toHaveLength(3)

    const resend = (member: null | StaffMember, language = 'ar') =>
      call(member, 'POST', `/webhook-deliveries/${delivery!.id}/resend`, undefined, {
        'accept-language': language,
      })
    expect((await resend(null, 'en')).body.errors[0].message).toBe('Log in first.')
    const refused = await resend('editor')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('إعادة الإرسال لمديري النظام فقط.')
    expect((await call('admin', 'POST', '/webhook-deliveries/999999/resend')).status).toBe(404)
    await deliverDue()
    expect(received).toHaveLength(3)

    const accepted = await resend('admin')
    expect(accepted.status).toBe(202)
    expect(accepted.body.delivery).toMatchObject({ id: delivery!.id, status: 'pending' })
    await deliverDue()
    expect(received).toHaveLength(4)
    expect(received[3]!.headers['jusur-delivery']).toBe(String(delivery!.id))
    expect((await deliveries()).at(-1)).toMatchObject({
      attempts: 4,
      lastStatus: 200,
      status: 'delivered',
    })
  })

  it('lets only admins read endpoints and deliveries, over REST and GraphQL; the secret is made by Jusur and rotated on request', async () => {
    for (const member of [null, 'editor', 'reviewer', 'author', 'translator'] as const) {
      for (const path of ['/webhook-endpoints', '/webhook-deliveries']) {
        const reply = await call(member, 'GET', path)
        expect({ member, path, status: reply.status }).toEqual({ member, path, status: 403 })
      }
      const graphql = await api.graphql(
        '{ WebhookEndpoints { docs { url secret } } WebhookDeliveries { docs { id body } } }',
        { token: member ? staff.tokens[member] : undefined },
      )
      expect(graphql.body.data?.WebhookEndpoints ?? null).toBeNull()
      expect(graphql.body.data?.WebhookDeliveries ?? null).toBeNull()
      expect(graphql.body.errors?.length).toBeGreaterThan(0)
    }
    const asAdmin = await api.graphql('{ WebhookEndpoints { docs { url secret } } }', {
      token: staff.tokens.admin,
    })
    expect(asAdmin.body.data?.WebhookEndpoints.docs).toEqual([
      { secret: endpoint.secret, url: hookURL },
    ])

    expect(endpoint.secret).toMatch(/^whsec_[\w-]{43}$/)
    const forged = await call('admin', 'PATCH', `/webhook-endpoints/${endpoint.id}`, {
      secret: 'whsec_chosen',
    })
    expect(forged.body.doc.secret).toBe(endpoint.secret)
    const rotated = await call('admin', 'PATCH', `/webhook-endpoints/${endpoint.id}`, {
      rotateSecret: true,
    })
    expect(rotated.status).toBe(200)
    expect(rotated.body.doc.secret).toMatch(/^whsec_/)
    expect(rotated.body.doc.secret).not.toBe(endpoint.secret)
    endpoint = rotated.body.doc

    const id = await person('سون لي')
    await publishPerson(id)
    await deliverDue()
    const [{ body, headers }] = received as [Received]
    expect(signed(endpoint.secret, body, String(headers['jusur-signature']))).toBe(true)
  })

  it('refuses to save a URL that is not http(s), not on the allowlist or private, with a 400 in the caller’s language', async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'false'
    try {
      for (const [url, language, message] of [
        ['ftp://127.0.0.1/hook', 'en', 'The URL must start with http:// or https://.'],
        [
          'https://hooks.example.org/',
          'en',
          'The host "hooks.example.org" is not on the allowed hosts',
        ],
        ['http://127.0.0.1:9/hook', 'en', '"127.0.0.1" is a private or local address'],
        ['http://127.0.0.1:9/hook', 'ar', '«127.0.0.1» عنوان خاص أو محلي'],
        ['not a url', 'ar', 'الرابط غير صالح.'],
      ] as const) {
        const reply = await call(
          'admin',
          'POST',
          '/webhook-endpoints',
          { url },
          { 'accept-language': language },
        )
        expect({ status: reply.status, url }).toEqual({ status: 400, url })
        expect(reply.body.errors[0].data.errors[0].message).toContain(message)
      }
      const update = await call('admin', 'PATCH', `/webhook-endpoints/${endpoint.id}`, {
        url: 'http://[::1]/hook',
      })
      expect(update.status).toBe(400)
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    }
    expect((await call('admin', 'GET', `/webhook-endpoints/${endpoint.id}`)).body.url).toBe(hookURL)
  })
})
