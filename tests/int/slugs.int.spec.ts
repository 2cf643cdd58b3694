import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { slugify } from '../../src/lib/slugify'
import { apiClient } from '../helpers/api'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'
import { AS_IMPORT, fieldErrors } from '../helpers/content'
import { createStaff } from '../helpers/staff'

describeIntegration('article slugs', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
  })
  afterAll(() => ctx?.stop())

  it('makes a readable slug from the title in each language', async () => {
    const doc = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { title: 'وزير الداخلية يزور «بكين»' },
      locale: 'ar',
    })
    expect(doc.slug).toBe('وزير-الداخليه-يزور-بكين')
    const english = await ctx.payload.update({
      context: AS_IMPORT,
      collection: 'articles',
      data: { title: 'Minister visits Beijing' },
      id: doc.id,
      locale: 'en',
    })
    expect(english.slug).toBe('minister-visits-beijing')
    const arabic = await ctx.payload.findByID({ collection: 'articles', id: doc.id, locale: 'ar' })
    expect(arabic.slug).toBe('وزير-الداخليه-يزور-بكين')
  })

  it('numbers the slug when the title is already taken', async () => {
    const title = 'لقاء ثنائي في القاهرة'
    const first = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { title },
      locale: 'ar',
    })
    const second = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { title },
      locale: 'ar',
    })
    expect(first.slug).toBe(slugify(title))
    expect(second.slug).toBe(`${slugify(title)}-2`)
  })

  it('refuses a slug with unsafe characters on every API, with a field error in the caller’s language', async () => {
    const { tokens } = await createStaff(ctx.payload, api)
    for (const slug of ['../../admin', 'a/b', 'a.b', '50%', 'two words', 'a--b']) {
      const response = await api.request('POST', '/articles', {
        body: { slug, title: 'عنوان' },
        headers: { 'accept-language': 'en' },
        token: tokens.author,
      })
      expect(response.status).toBe(400)
      expect(fieldErrors(await response.json())).toEqual([
        {
          message: expect.stringMatching(/letters and digits separated by single hyphens/),
          path: 'slug',
        },
      ])
    }
    const arabic = await api.request('POST', '/articles', {
      body: { slug: '../../admin', title: 'عنوان' },
      token: tokens.author,
    })
    expect(fieldErrors(await arabic.json())[0]!.message).toMatch(/الحروف والأرقام/)
    const graphql = await api.graphql(
      'mutation { createArticle(data: { title: "عنوان", slug: "../../admin" }) { id } }',
      { token: tokens.author },
    )
    expect(JSON.stringify(graphql.body.errors)).toMatch(/"path":"slug"/)
    await expect(
      ctx.payload.create({ collection: 'articles', data: { slug: '../../admin', title: 'عنوان' } }),
    ).rejects.toMatchObject({ status: 400 })
    expect(
      (
        await ctx.payload.count({
          collection: 'articles',
          where: { slug: { equals: '../../admin' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('makes whole-word Arabic slugs, without splitting letters that carry a hamza', async () => {
    const doc = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { title: 'المؤتمر الدولي لمسؤولي الأمن' },
      locale: 'ar',
    })
    expect(doc.slug).toBe('المؤتمر-الدولي-لمسؤولي-الامن')
  })

  it('keeps a slug the editor typed', async () => {
    const doc = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { slug: 'my-own-slug', title: 'عنوان' },
      locale: 'ar',
    })
    expect(doc.slug).toBe('my-own-slug')
  })

  it('keeps the old slug of a published article resolving, with a redirect to the new one', async () => {
    const doc = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { _status: 'published', slug: 'old-slug', title: 'مقال منشور' },
      locale: 'ar',
    })
    const moved = await ctx.payload.update({
      context: AS_IMPORT,
      collection: 'articles',
      data: { slug: 'new-slug' },
      id: doc.id,
      locale: 'ar',
    })
    expect(moved.previousSlugs).toEqual(['old-slug'])

    const current = await api.request('GET', '/articles/by-slug/new-slug')
    expect(current.status).toBe(200)
    expect((await current.json()).id).toBe(doc.id)

    const old = await api.request('GET', '/articles/by-slug/old-slug')
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/api/articles/by-slug/new-slug?locale=ar')
    expect(await old.json()).toEqual({ redirect: 'new-slug' })

    // Changing it back makes the first slug current again, not a redirect to itself.
    const back = await ctx.payload.update({
      context: AS_IMPORT,
      collection: 'articles',
      data: { slug: 'old-slug' },
      id: doc.id,
      locale: 'ar',
    })
    expect(back.previousSlugs).toEqual(['new-slug'])
  })

  it('does not keep the slugs of an article that was never published', async () => {
    const draft = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { slug: 'draft-one', title: 'مسودة' },
      locale: 'ar',
    })
    const renamed = await ctx.payload.update({
      context: AS_IMPORT,
      collection: 'articles',
      data: { slug: 'draft-two' },
      id: draft.id,
      locale: 'ar',
    })
    expect(renamed.previousSlugs ?? []).toEqual([])
  })

  it('gives events, delegations and agreements slugs and by-slug lookups too', async () => {
    const country = (code: string) =>
      ctx.payload.create({
        context: AS_IMPORT,
        collection: 'countries',
        data: { code, name: code },
      })
    const [eg, cn] = [await country('EG'), await country('CN')]
    const event = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'events',
      data: { _status: 'published', kind: 'talks', title: 'مباحثات أمنية موسّعة' },
      locale: 'ar',
    })
    const delegation = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'delegations',
      data: { _status: 'published', direction: 'incoming', name: 'الوفد الغيني' },
      locale: 'ar',
    })
    const agreement = await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'agreements',
      data: {
        _status: 'published',
        kind: 'protocol',
        parties: [{ country: eg.id }, { country: cn.id }],
        status: 'signed',
        title: 'بروتوكول التعاون الأمني',
      },
      locale: 'ar',
    })
    expect([event.slug, delegation.slug, agreement.slug]).toEqual([
      'مباحثات-امنيه-موسعه',
      'الوفد-الغيني',
      'بروتوكول-التعاون-الامني',
    ])
    for (const [collection, doc] of [
      ['events', event],
      ['delegations', delegation],
      ['agreements', agreement],
    ] as const) {
      const response = await api.request(
        'GET',
        `/${collection}/by-slug/${encodeURIComponent(doc.slug!)}`,
      )
      expect(response.status).toBe(200)
      expect((await response.json()).id).toBe(doc.id)
    }
    const renamed = await ctx.payload.update({
      context: AS_IMPORT,
      collection: 'events',
      data: { slug: 'security-talks' },
      id: event.id,
      locale: 'ar',
    })
    expect(renamed.previousSlugs).toEqual(['مباحثات-امنيه-موسعه'])
    const old = await api.request(
      'GET',
      `/events/by-slug/${encodeURIComponent('مباحثات-امنيه-موسعه')}`,
    )
    expect(old.status).toBe(301)
    expect(await old.json()).toEqual({ redirect: 'security-talks' })
  })

  it('shows anonymous callers published articles only, and 404 otherwise', async () => {
    await ctx.payload.create({
      context: AS_IMPORT,
      collection: 'articles',
      data: { slug: 'unpublished', title: 'غير منشور' },
      locale: 'ar',
    })
    expect((await api.request('GET', '/articles/by-slug/unpublished')).status).toBe(404)
    expect((await api.request('GET', '/articles/by-slug/no-such-slug')).status).toBe(404)
    const arabic = await api.request(
      'GET',
      `/articles/by-slug/${encodeURIComponent('وزير-الداخليه-يزور-بكين')}`,
    )
    expect(arabic.status).toBe(404) // it exists, but as a draft
  })
})
