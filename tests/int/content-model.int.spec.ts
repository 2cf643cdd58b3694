import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type {
  Agreement,
  Country,
  Delegation,
  Event,
  Organization,
  Person,
  Topic,
} from '../../src/payload-types'
import { apiClient } from '../helpers/api'
import { AS_IMPORT, bodyLinkingTo, fieldErrors, joinIds, plainBody } from '../helpers/content'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

const PASSWORD = 'correct horse battery staple'
const EN = { 'accept-language': 'en' }

describeIntegration(
  'content model: bilingual entities, validation, joins, mentions, link integrity',
  () => {
    let ctx: TestPayload
    let api: ReturnType<typeof apiClient>
    let token: string

    // The graph every join test reads.
    let egypt: Country
    let nigeria: Country
    let france: Country
    let topic: Topic
    let ministry: Organization
    let unit: Organization
    let bankole: Person
    let member: Person
    let delegation: Delegation
    let event: Event
    let agreement: Agreement
    let article: { id: number }

    /** Reference data is public once published (issue #16): the fixtures publish it, as an import. */
    const published = (collection: CollectionSlug) =>
      ['countries', 'organizations', 'people', 'topics'].includes(collection)
        ? { _status: 'published' }
        : {}

    /** Creates in Arabic, then adds the English texts with a second write in locale 'en'. */
    const bilingual = async <T extends { id: number }>(
      collection: CollectionSlug,
      ar: Record<string, unknown>,
      en?: Record<string, unknown>,
    ) => {
      const created = (await ctx.payload.create({
        context: AS_IMPORT,
        collection,
        data: { ...published(collection), ...ar } as any,
        locale: 'ar',
      })) as unknown as T
      if (!en) return created
      return (await ctx.payload.update({
        context: AS_IMPORT,
        collection,
        data: { ...published(collection), ...en } as any,
        id: created.id,
        locale: 'en',
      })) as unknown as T
    }

    const count = async (collection: CollectionSlug, where: Record<string, unknown>) =>
      (await ctx.payload.count({ collection, where: where as any })).totalDocs

    beforeAll(async () => {
      ctx = await startTestPayload()
      api = apiClient(ctx.config)
      // The first account becomes an administrator.
      await ctx.payload.create({
        context: AS_IMPORT,
        collection: 'users',
        data: { email: 'admin@example.org', name: 'Admin', password: PASSWORD, roles: ['admin'] },
      })
      token = await api.login('admin@example.org', PASSWORD)

      egypt = await bilingual<Country>(
        'countries',
        { alpha3: 'EGY', code: 'EG', name: 'مصر' },
        { name: 'Egypt' },
      )
      nigeria = await bilingual<Country>(
        'countries',
        { alpha3: 'NGA', code: 'NG', name: 'نيجيريا' },
        { name: 'Nigeria' },
      )
      france = await bilingual<Country>('countries', { alpha3: 'FRA', code: 'FR', name: 'فرنسا' })
      topic = await bilingual<Topic>(
        'topics',
        { key: 'counter-terrorism', name: 'مكافحة الإرهاب' },
        { name: 'Counter-terrorism' },
      )
      ministry = await bilingual<Organization>(
        'organizations',
        { acronym: 'و.د', country: egypt.id, kind: 'ministry', name: 'وزارة الداخلية' },
        { acronym: 'MOI', name: 'Ministry of Interior' },
      )
      unit = await bilingual<Organization>('organizations', {
        kind: 'department',
        name: 'قطاع التعاون الدولي',
        parent: ministry.id,
      })
      bankole = await bilingual<Person>('people', {
        country: nigeria.id,
        name: 'بانكولي أديوي',
        positions: [{ organization: ministry.id, title: 'مستشار' }],
      })
      // A position title is required in each language the person is saved in.
      bankole = (await ctx.payload.update({
        context: AS_IMPORT,
        collection: 'people',
        data: {
          _status: 'published',
          name: 'Bankole Adeoye',
          positions: [
            { id: bankole.positions?.[0]?.id, organization: ministry.id, title: 'Adviser' },
          ],
        },
        id: bankole.id,
        locale: 'en',
      })) as Person
      member = await bilingual<Person>(
        'people',
        { country: egypt.id, name: 'أحمد سامي' },
        { name: 'Ahmed Samy' },
      )
      delegation = await bilingual<Delegation>(
        'delegations',
        {
          _status: 'published',
          direction: 'incoming',
          head: { person: bankole.id, title: 'رئيس الوفد' },
          members: [bankole.id, member.id],
          name: 'وفد الاتحاد الأفريقي',
          representedCountry: nigeria.id,
        },
        { name: 'African Union delegation' },
      )
      event = await bilingual<Event>(
        'events',
        {
          _status: 'published',
          delegations: [delegation.id],
          endDate: { date: '2024-10-12T00:00:00.000Z', precision: 'day' },
          kind: 'official_visit',
          startDate: { date: '2024-10-10T00:00:00.000Z', precision: 'day' },
          title: 'زيارة رسمية إلى القاهرة',
        },
        { title: 'Official visit to Cairo' },
      )
      agreement = await bilingual<Agreement>(
        'agreements',
        {
          _status: 'published',
          kind: 'protocol',
          parties: [{ country: egypt.id, signatory: member.id }, { organization: ministry.id }],
          signingDate: { date: '2024-10-11T00:00:00.000Z', precision: 'day' },
          signingEvent: event.id,
          title: 'بروتوكول تعاون أمني',
        },
        { title: 'Security cooperation protocol' },
      )
      article = await bilingual<{ id: number }>(
        'articles',
        { _status: 'published', events: [event.id], title: 'مقال عن الزيارة', topics: [topic.id] },
        { title: 'An article on the visit' },
      )
    })
    afterAll(() => ctx?.stop())

    describe('both locales', () => {
      const cases: {
        collection: CollectionSlug
        field: string
        ar: () => string
        en: () => string
        id: () => number
      }[] = [
        {
          ar: () => 'زيارة رسمية إلى القاهرة',
          collection: 'events',
          en: () => 'Official visit to Cairo',
          field: 'title',
          id: () => event.id,
        },
        {
          ar: () => 'وفد الاتحاد الأفريقي',
          collection: 'delegations',
          en: () => 'African Union delegation',
          field: 'name',
          id: () => delegation.id,
        },
        {
          ar: () => 'بروتوكول تعاون أمني',
          collection: 'agreements',
          en: () => 'Security cooperation protocol',
          field: 'title',
          id: () => agreement.id,
        },
        {
          ar: () => 'بانكولي أديوي',
          collection: 'people',
          en: () => 'Bankole Adeoye',
          field: 'name',
          id: () => bankole.id,
        },
        {
          ar: () => 'وزارة الداخلية',
          collection: 'organizations',
          en: () => 'Ministry of Interior',
          field: 'name',
          id: () => ministry.id,
        },
        {
          ar: () => 'مصر',
          collection: 'countries',
          en: () => 'Egypt',
          field: 'name',
          id: () => egypt.id,
        },
        {
          ar: () => 'مكافحة الإرهاب',
          collection: 'topics',
          en: () => 'Counter-terrorism',
          field: 'name',
          id: () => topic.id,
        },
      ]

      it.each(cases)(
        '$collection: Arabic by default, English with locale en, over Local API and REST',
        async ({ ar, collection, en, field, id }) => {
          const byDefault = (await ctx.payload.findByID({
            collection,
            id: id(),
          })) as unknown as Record<string, unknown>
          expect(byDefault[field]).toBe(ar())
          const arabic = (await ctx.payload.findByID({
            collection,
            id: id(),
            locale: 'ar',
          })) as unknown as Record<string, unknown>
          expect(arabic[field]).toBe(ar())
          const english = (await ctx.payload.findByID({
            collection,
            id: id(),
            locale: 'en',
          })) as unknown as Record<string, unknown>
          expect(english[field]).toBe(en())
          const all = (await ctx.payload.findByID({
            collection,
            id: id(),
            locale: 'all',
          })) as unknown as Record<string, unknown>
          expect(all[field]).toEqual({ ar: ar(), en: en() })

          const restAr = await api.request('GET', `/${collection}/${id()}`, { token })
          expect(restAr.status).toBe(200)
          expect((await restAr.json())[field]).toBe(ar())
          const restEn = await api.request('GET', `/${collection}/${id()}?locale=en`, { token })
          expect((await restEn.json())[field]).toBe(en())
        },
      )

      // APP BUG: a person, organization or country stored in one language only cannot be
      // edited in that language. The update inserts an empty row for the other locale into
      // people_locales / organizations_locales / countries_locales and fails on NOT NULL(name)
      // (a 500 over REST); on SQLite the failed update also leaves the stored name erased.
      // Only these three collections have a `mentionedIn` join on the localized
      // articles.mentions field; topics and events, without it, are edited fine (next test).
      it.each([
        {
          collection: 'people' as const,
          data: { name: 'نغوزي أوكونجو' },
          edit: { aliases: [{ name: 'Ngozi Okonjo' }] },
        },
        {
          collection: 'organizations' as const,
          data: { name: 'أكاديمية الشرطة' },
          edit: { kind: 'academy' },
        },
        {
          collection: 'countries' as const,
          data: { code: 'SN', name: 'السنغال' },
          edit: { alpha3: 'SEN' },
        },
      ])(
        '$collection: a document known only in Arabic can be edited in Arabic',
        async ({ collection, data, edit }) => {
          const created = await ctx.payload.create({
            context: AS_IMPORT,
            collection,
            data: data as any,
            locale: 'ar',
          })
          const response = await api.request('PATCH', `/${collection}/${created.id}`, {
            body: edit,
            token,
          })
          expect(response.status).toBe(200)
          expect((await ctx.payload.findByID({ collection, id: created.id })).name).toBe(data.name)
        },
      )

      it.each([
        {
          collection: 'topics' as const,
          data: { key: 'peacekeeping', name: 'حفظ السلام' },
          edit: { description: 'وصف' },
        },
        {
          collection: 'events' as const,
          data: { kind: 'other', title: 'فعالية بالعربية' },
          edit: { kind: 'workshop' },
        },
      ])(
        '$collection: a document known only in Arabic can be edited in Arabic',
        async ({ collection, data, edit }) => {
          const created = (await ctx.payload.create({
            context: AS_IMPORT,
            collection,
            data: data as any,
            locale: 'ar',
          })) as unknown as { id: number }
          const response = await api.request('PATCH', `/${collection}/${created.id}`, {
            body: edit,
            token,
          })
          expect(response.status).toBe(200)
          const stored = (await ctx.payload.findByID({
            collection,
            id: created.id,
          })) as unknown as Record<string, unknown>
          expect(stored).toMatchObject(edit)
          await ctx.payload.delete({ collection, id: created.id })
        },
      )

      const arabicOnly: {
        collection: CollectionSlug
        data: () => Record<string, unknown>
        field: string
      }[] = [
        {
          collection: 'events',
          data: () => ({ kind: 'workshop', title: 'ورشة عمل بالعربية فقط' }),
          field: 'title',
        },
        {
          collection: 'delegations',
          data: () => ({ direction: 'outgoing', name: 'وفد بالعربية فقط' }),
          field: 'name',
        },
        {
          collection: 'agreements',
          data: () => ({
            kind: 'mou',
            parties: [{ country: egypt.id }, { country: france.id }],
            title: 'مذكرة بالعربية فقط',
          }),
          field: 'title',
        },
        { collection: 'people', data: () => ({ name: 'شخص بالعربية فقط' }), field: 'name' },
        { collection: 'organizations', data: () => ({ name: 'جهة بالعربية فقط' }), field: 'name' },
        { collection: 'countries', data: () => ({ code: 'JO', name: 'الأردن' }), field: 'name' },
        {
          collection: 'topics',
          data: () => ({ key: 'arabic-only', name: 'موضوع بالعربية فقط' }),
          field: 'name',
        },
      ]

      it.each(arabicOnly)(
        '$collection: falls back to Arabic where English is missing',
        async ({ collection, data, field }) => {
          const created = (await ctx.payload.create({
            context: AS_IMPORT,
            collection,
            data: data() as any,
            locale: 'ar',
          })) as unknown as Record<string, unknown>
          const arabic = created[field]
          const english = (await ctx.payload.findByID({
            collection,
            id: created.id as number,
            locale: 'en',
          })) as unknown as Record<string, unknown>
          expect(english[field]).toBe(arabic)
          // It is a fallback, not a copy: English itself is still empty.
          const noFallback = (await ctx.payload.findByID({
            collection,
            fallbackLocale: false,
            id: created.id as number,
            locale: 'en',
          })) as unknown as Record<string, unknown>
          expect(noFallback[field] ?? null).toBeNull()
          await ctx.payload.delete({ collection, id: created.id as number })
        },
      )
    })

    describe('fuzzy dates', () => {
      it('writes a month-precision date as "أكتوبر 2024" in Arabic and "October 2024" in English', async () => {
        const monthly = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'events',
          data: {
            kind: 'conference',
            startDate: { date: '2024-10-01T00:00:00.000Z', precision: 'month' },
            title: 'مؤتمر أكتوبر',
          },
          locale: 'ar',
        })
        const ar = await ctx.payload.findByID({
          collection: 'events',
          id: monthly.id,
          locale: 'ar',
        })
        expect(ar.startDate?.display).toBe('أكتوبر 2024')
        const en = await ctx.payload.findByID({
          collection: 'events',
          id: monthly.id,
          locale: 'en',
        })
        expect(en.startDate?.display).toBe('October 2024')
        const rest = await (
          await api.request('GET', `/events/${monthly.id}?locale=en`, { token })
        ).json()
        expect(rest.startDate).toMatchObject({ display: 'October 2024', precision: 'month' })
        const restAr = await (await api.request('GET', `/events/${monthly.id}`, { token })).json()
        expect(restAr.startDate.display).toBe('أكتوبر 2024')
        // Day and year precisions, and no display without a date.
        const day = await ctx.payload.findByID({ collection: 'events', id: event.id, locale: 'en' })
        expect(day.startDate?.display).toBe('10 October 2024')
        await ctx.payload.update({
          context: AS_IMPORT,
          collection: 'events',
          data: { startDate: { date: '2024-10-01T00:00:00.000Z', precision: 'year' } },
          id: monthly.id,
          locale: 'ar',
        })
        const yearly = await ctx.payload.findByID({
          collection: 'events',
          id: monthly.id,
          locale: 'en',
        })
        expect(yearly.startDate?.display).toBe('2024')
        expect(yearly.endDate?.display ?? null).toBeNull()
        await ctx.payload.delete({ collection: 'events', id: monthly.id })
      })
    })

    describe('validation: a 400 naming the field, in the caller language, and nothing written', () => {
      /** POSTs in Arabic (default) then in English, expecting the same refusal; returns the two messages. */
      const refusedCreate = async (
        collection: CollectionSlug,
        body: Record<string, unknown>,
        path: string,
      ) => {
        const messages: string[] = []
        const summaries: string[] = []
        for (const headers of [undefined, EN]) {
          const response = await api.request('POST', `/${collection}`, { body, headers, token })
          const json = await response.json()
          expect(response.status).toBe(400)
          expect(json.errors[0].name).toBe('ValidationError')
          const errors = fieldErrors(json)
          const error = errors.find((e) => e.path === path)
          expect(error).toBeDefined()
          messages.push(error!.message)
          summaries.push(json.errors[0].message)
        }
        // The admin's toast names the field as the form labels it, in the caller's language.
        expect(summaries[0]).toMatch(/^[\u0600-\u06FF][^A-Za-z]*$/)
        expect(summaries[1]).toMatch(/^The following field is invalid: [A-Z]/)
        expect(summaries[1]).not.toContain(path)
        // Arabic by default, English on request (names quoted in them stay as written).
        expect(messages[0]).toMatch(/[\u0600-\u06FF]{3}/)
        expect(messages[0]).not.toMatch(/[A-Za-z]{3}/)
        expect(messages[1]).toMatch(/\b(the|an?|is|must|already|does)\b/i)
        expect(messages[1]).not.toBe(messages[0])
        return { ar: messages[0], en: messages[1], summaries }
      }

      it('refuses an article whose slug another article already has in that language (slug)', async () => {
        const slug = `duplicate-slug-${Date.now()}`
        await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'articles',
          data: { slug, title: 'الأصل' },
          locale: 'ar',
        })
        const messages = await refusedCreate(
          'articles',
          { slug, title: 'نسخة بالرابط نفسه' },
          'slug',
        )
        expect(messages.ar).toMatch(/فريدة|موجود|مستخدم/)
        expect(messages.en).toMatch(/unique/i)
        expect(await count('articles', { title: { equals: 'نسخة بالرابط نفسه' } })).toBe(0)
      })

      it('refuses an event that ends before it starts (endDate.date)', async () => {
        const title = 'فعالية تنتهي قبل أن تبدأ'
        const messages = await refusedCreate(
          'events',
          {
            endDate: { date: '2024-10-01T00:00:00.000Z', precision: 'day' },
            kind: 'talks',
            startDate: { date: '2024-10-10T00:00:00.000Z', precision: 'day' },
            title,
          },
          'endDate.date',
        )
        expect(messages).toMatchObject({
          ar: 'تاريخ النهاية يسبق تاريخ البداية.',
          en: 'The end date is before the start date.',
        })
        expect(await count('events', { title: { equals: title } })).toBe(0)
      })

      it('accepts an end inside a month-precision start (fuzzy overlap), and refuses an update that moves the end before the stored start', async () => {
        const ok = await api.request('POST', '/events', {
          body: {
            endDate: { date: '2024-10-05T00:00:00.000Z', precision: 'day' },
            kind: 'talks',
            startDate: { date: '2024-10-01T00:00:00.000Z', precision: 'month' },
            title: 'مباحثات أكتوبر',
          },
          token,
        })
        expect(ok.status).toBe(201)
        const { doc } = await ok.json()
        const patch = await api.request('PATCH', `/events/${doc.id}`, {
          body: { endDate: { date: '2024-09-20T00:00:00.000Z', precision: 'day' } },
          headers: EN,
          token,
        })
        expect(patch.status).toBe(400)
        expect(fieldErrors(await patch.json())).toEqual([
          { message: 'The end date is before the start date.', path: 'endDate.date' },
        ])
        const stored = await ctx.payload.findByID({ collection: 'events', id: doc.id })
        expect(stored.endDate?.date).toBe('2024-10-05T00:00:00.000Z')
        await ctx.payload.delete({ collection: 'events', id: doc.id })
      })

      it('refuses an agreement with fewer than two parties (parties)', async () => {
        const title = 'اتفاقية بطرف واحد'
        const messages = await refusedCreate(
          'agreements',
          { kind: 'mou', parties: [{ country: egypt.id }], title },
          'parties',
        )
        expect(messages.en).toBe('An agreement needs at least two parties.')
        expect(messages.ar).toBe('يجب أن يكون للاتفاقية طرفان على الأقل.')
        expect(await count('agreements', { title: { equals: title } })).toBe(0)
        // Without any party at all, too.
        const none = await api.request('POST', '/agreements', {
          body: { kind: 'mou', title },
          token,
        })
        expect(none.status).toBe(400)
        expect(fieldErrors(await none.json()).map((e) => e.path)).toContain('parties')
        expect(await count('agreements', { title: { equals: title } })).toBe(0)
      })

      it('refuses an agreement party that is both a country and an organization, or neither', async () => {
        const title = 'اتفاقية بطرف ملتبس'
        const both = await api.request('POST', '/agreements', {
          body: {
            kind: 'mou',
            parties: [{ country: egypt.id }, { country: nigeria.id, organization: ministry.id }],
            title,
          },
          headers: EN,
          token,
        })
        expect(both.status).toBe(400)
        expect(fieldErrors(await both.json())).toEqual([
          {
            message: 'Each party is either a country or an organization, not both.',
            path: 'parties.1.country',
          },
        ])
        const neither = await api.request('POST', '/agreements', {
          body: { kind: 'mou', parties: [{}, { country: nigeria.id }], title },
          token,
        })
        expect(neither.status).toBe(400)
        expect(fieldErrors(await neither.json()).map((e) => e.path)).toEqual(['parties.0.country'])
        expect(await count('agreements', { title: { equals: title } })).toBe(0)
      })

      it('refuses an agreement signed outside the dates of its signing event (signingDate.date)', async () => {
        const title = 'اتفاقية بتاريخ توقيع خارج الفعالية'
        const body = {
          kind: 'protocol',
          parties: [{ country: egypt.id }, { country: nigeria.id }],
          signingDate: { date: '2024-11-02T00:00:00.000Z', precision: 'day' },
          signingEvent: event.id,
          title,
        }
        const messages = await refusedCreate('agreements', body, 'signingDate.date')
        expect(messages.en).toBe(
          'The signing date does not fall within the dates of the signing event.',
        )
        expect(await count('agreements', { title: { equals: title } })).toBe(0)
        // A month-precision signing date that overlaps the event (10-12 October) is accepted.
        const overlapping = await api.request('POST', '/agreements', {
          body: { ...body, signingDate: { date: '2024-10-01T00:00:00.000Z', precision: 'month' } },
          token,
        })
        expect(overlapping.status).toBe(201)
        const { doc } = await overlapping.json()
        // Moving the signing date out of the event on update is refused and changes nothing.
        const patch = await api.request('PATCH', `/agreements/${doc.id}`, {
          body: { signingDate: { date: '2024-09-30T00:00:00.000Z', precision: 'day' } },
          token,
        })
        expect(patch.status).toBe(400)
        expect(fieldErrors(await patch.json()).map((e) => e.path)).toEqual(['signingDate.date'])
        expect(
          (await ctx.payload.findByID({ collection: 'agreements', id: doc.id })).signingDate
            ?.precision,
        ).toBe('month')
        await ctx.payload.delete({ collection: 'agreements', id: doc.id })
      })

      it('refuses a delegation whose head is not among its members (head.person)', async () => {
        const name = 'وفد رئيسه ليس عضوًا'
        const messages = await refusedCreate(
          'delegations',
          { direction: 'incoming', head: { person: bankole.id }, members: [member.id], name },
          'head.person',
        )
        expect(messages.en).toBe('The head of the delegation must be one of its members.')
        expect(messages.summaries).toEqual([
          expect.stringMatching(/: رئيس الوفد › الشخص$/),
          'The following field is invalid: Head of delegation › Person',
        ])
        expect(await count('delegations', { name: { equals: name } })).toBe(0)
        // Dropping the head from the members of an existing delegation is refused too.
        const patch = await api.request('PATCH', `/delegations/${delegation.id}?draft=true`, {
          body: { members: [member.id] },
          token,
        })
        expect(patch.status).toBe(400)
        expect(fieldErrors(await patch.json()).map((e) => e.path)).toEqual(['head.person'])
        const stored = await ctx.payload.findByID({
          collection: 'delegations',
          depth: 0,
          draft: true,
          id: delegation.id,
        })
        expect(stored.members).toEqual([bankole.id, member.id])
      })

      it('refuses a person whose name is an existing name spelled differently, naming the existing one', async () => {
        const spelling = 'بانكولى أديوى'
        const before = await count('people', {})
        const messages = await refusedCreate('people', { name: spelling }, 'name')
        expect(messages.ar).toContain(String(bankole.id))
        expect(messages.ar).toContain('بانكولي أديوي')
        expect(messages.en).toContain(`#${bankole.id}`)
        expect(await count('people', { name: { equals: spelling } })).toBe(0)
        // Diacritics, tatweel and other alef forms spell the same name too.
        for (const name of ['بَانْكُولِي أَدِيُوِي', 'بانكـــولي إديوي']) {
          const response = await api.request('POST', '/people', { body: { name }, token })
          expect(response.status).toBe(400)
          expect(fieldErrors(await response.json())[0].message).toContain(String(bankole.id))
        }
        expect(await count('people', {})).toBe(before)
        // A different name is accepted.
        const other = await api.request('POST', '/people', { body: { name: 'بانكولي آخر' }, token })
        expect(other.status).toBe(201)
        await ctx.payload.delete({ collection: 'people', id: (await other.json()).doc.id })
      })

      it('refuses a person whose alias is another person’s name, or whose name is another person’s alias', async () => {
        const name = 'شخص جديد تماما'
        const messages = await refusedCreate(
          'people',
          { aliases: [{ name: 'Bankole Adeoye' }, { name: 'بانكولي اديوي' }], name },
          'name',
        )
        expect(messages.ar).toContain(String(bankole.id))
        expect(messages.en).toContain(`#${bankole.id}`)
        expect(await count('people', { name: { equals: name } })).toBe(0)
        // English names count too: a person created in English, then their name as another's alias.
        const wang = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'people',
          data: { aliases: [{ name: 'وانغ شياو هونغ' }], name: 'Wang Xiaohong' },
          locale: 'en',
        })
        const byAlias = await api.request('POST', '/people', {
          body: { aliases: [{ name: 'WANG xiaohong' }], name: 'شخص آخر' },
          token,
        })
        expect(byAlias.status).toBe(400)
        expect(fieldErrors(await byAlias.json())[0].message).toContain(String(wang.id))
        const byName = await api.request('POST', '/people', {
          body: { name: 'وانج شياو هونغ' },
          headers: EN,
          token,
        })
        expect(byName.status).toBe(201) // ج and غ are different letters: no false positive
        await ctx.payload.delete({ collection: 'people', id: (await byName.json()).doc.id })
        const exactAlias = await api.request('POST', '/people', {
          body: { name: 'وانغ شياو هونغ' },
          headers: EN,
          token,
        })
        expect(exactAlias.status).toBe(400)
        expect(fieldErrors(await exactAlias.json())).toEqual([
          { message: expect.stringContaining(`#${wang.id}`), path: 'name' },
        ])
        await ctx.payload.delete({ collection: 'people', id: wang.id })
      })

      it('does not refuse updating a person, in either language, when the name stays the same', async () => {
        // Reference data is edited as drafts (issue #16): the draft is what these checks look at.
        const ar = await api.request('PATCH', `/people/${bankole.id}?draft=true`, {
          body: { aliases: [{ name: 'Bankolé Adeoye' }], name: 'بانكولي أديوي' },
          token,
        })
        expect(ar.status).toBe(200)
        const en = await api.request('PATCH', `/people/${bankole.id}?draft=true&locale=en`, {
          body: { name: 'Bankole Adeoye' },
          token,
        })
        expect(en.status).toBe(200)
        const stored = await ctx.payload.findByID({
          collection: 'people',
          draft: true,
          id: bankole.id,
          locale: 'all',
        })
        expect(stored.name).toEqual({ ar: 'بانكولي أديوي', en: 'Bankole Adeoye' })
        expect(stored.aliases?.map((alias) => alias.name)).toEqual(['Bankolé Adeoye'])
        // The keys still hold both names and the alias, so the duplicate check still sees them all.
        expect([...(stored.nameKeys ?? [])].sort()).toEqual(
          ['bankole adeoye', 'bankolé adeoye', 'بانكولي اديوي'].sort(),
        )
        // The duplicate check compares with published names (the alias above is in a draft only).
        for (const name of ['Bankole Adeoye', 'bankole adeoye']) {
          expect((await api.request('POST', '/people', { body: { name }, token })).status).toBe(400)
        }
      })

      it('refuses a duplicate organization name or alias, naming the existing one', async () => {
        const messages = await refusedCreate('organizations', { name: 'وزاره الداخليه' }, 'name')
        expect(messages.ar).toContain(String(ministry.id))
        expect(messages.en).toContain(`#${ministry.id}`)
        expect(await count('organizations', { name: { equals: 'وزاره الداخليه' } })).toBe(0)
        const byAlias = await api.request('POST', '/organizations', {
          body: { aliases: [{ name: 'وزارة  الداخلية!' }], name: 'جهة أخرى' },
          token,
        })
        expect(byAlias.status).toBe(400)
        expect(fieldErrors(await byAlias.json())[0].message).toContain(String(ministry.id))
        expect(await count('organizations', { name: { equals: 'جهة أخرى' } })).toBe(0)
        // The same name in another collection is no clash.
        const person = await api.request('POST', '/people', {
          body: { name: 'وزارة الداخلية' },
          token,
        })
        expect(person.status).toBe(201)
        await ctx.payload.delete({ collection: 'people', id: (await person.json()).doc.id })
      })

      it('does not refuse updating an organization under its own name', async () => {
        const response = await api.request('PATCH', `/organizations/${ministry.id}?draft=true`, {
          body: { kind: 'ministry', name: 'وزارة الداخلية' },
          token,
        })
        expect(response.status).toBe(200)
        const english = await api.request(
          'PATCH',
          `/organizations/${ministry.id}?draft=true&locale=en`,
          { body: { name: 'Ministry of Interior' }, token },
        )
        expect(english.status).toBe(200)
        expect(
          (
            await ctx.payload.findByID({
              collection: 'organizations',
              draft: true,
              id: ministry.id,
              locale: 'all',
            })
          ).name,
        ).toEqual({
          ar: 'وزارة الداخلية',
          en: 'Ministry of Interior',
        })
      })
    })

    describe('joins, from both sides', () => {
      const joined = async (collection: CollectionSlug, id: number, field: string, depth = 0) => {
        const doc = (await ctx.payload.findByID({ collection, depth, id })) as unknown as Record<
          string,
          unknown
        >
        return joinIds(doc[field])
      }

      it('article.events → event.articles, at depth 0 and 1', async () => {
        expect(await joined('events', event.id, 'articles')).toEqual([article.id])
        const deep = await ctx.payload.findByID({
          collection: 'events',
          depth: 1,
          id: event.id,
          locale: 'en',
        })
        expect(deep.articles?.docs?.[0]).toMatchObject({
          id: article.id,
          title: 'An article on the visit',
        })
      })

      it('event.delegations → delegation.events', async () => {
        expect(await joined('delegations', delegation.id, 'events')).toEqual([event.id])
        expect(await joined('delegations', delegation.id, 'events', 1)).toEqual([event.id])
      })

      it('agreement.signingEvent → event.agreementsSigned', async () => {
        expect(await joined('events', event.id, 'agreementsSigned')).toEqual([agreement.id])
      })

      it('delegation.members → person.delegations and head.person → person.delegationsLed', async () => {
        expect(await joined('people', bankole.id, 'delegations')).toEqual([delegation.id])
        expect(await joined('people', bankole.id, 'delegationsLed')).toEqual([delegation.id])
        expect(await joined('people', member.id, 'delegations')).toEqual([delegation.id])
        expect(await joined('people', member.id, 'delegationsLed')).toEqual([])
      })

      it('agreement parties → country.agreements and organization.agreements; signatory → person.agreementsSigned', async () => {
        expect(await joined('countries', egypt.id, 'agreements')).toEqual([agreement.id])
        expect(await joined('organizations', ministry.id, 'agreements')).toEqual([agreement.id])
        expect(await joined('countries', nigeria.id, 'agreements')).toEqual([])
        expect(await joined('organizations', unit.id, 'agreements')).toEqual([])
        expect(await joined('people', member.id, 'agreementsSigned')).toEqual([agreement.id])
      })

      it('person.country → country.people', async () => {
        expect(await joined('countries', nigeria.id, 'people')).toEqual([bankole.id])
        expect(await joined('countries', egypt.id, 'people')).toEqual([member.id])
        expect(await joined('countries', france.id, 'people')).toEqual([])
      })

      it('organization.parent → parent.units, and people.positions[].organization → organization.people', async () => {
        expect(await joined('organizations', ministry.id, 'units')).toEqual([unit.id])
        expect(await joined('organizations', unit.id, 'units')).toEqual([])
        expect(await joined('organizations', ministry.id, 'people')).toEqual([bankole.id])
        expect(await joined('organizations', unit.id, 'people')).toEqual([])
      })

      it('article.topics → topic.articles', async () => {
        expect(await joined('topics', topic.id, 'articles')).toEqual([article.id])
        const deep = await ctx.payload.findByID({ collection: 'topics', depth: 1, id: topic.id })
        expect(deep.articles?.docs?.[0]).toMatchObject({ id: article.id, title: 'مقال عن الزيارة' })
      })

      it('serves joins through REST and GraphQL, in both languages', async () => {
        const rest = await (
          await api.request('GET', `/people/${bankole.id}?depth=1&locale=en`)
        ).json()
        expect(rest.delegationsLed.docs.map((d: { name: string }) => d.name)).toEqual([
          'African Union delegation',
        ])

        const query = `query ($id: Int!, $locale: LocaleInputType) {
        Event(id: $id, locale: $locale) { title articles { docs { id title } } agreementsSigned { docs { id title } } }
        Person(id: ${bankole.id}, locale: $locale) { name delegations { docs { id name } } }
      }`
        const ar = await api.graphql(query, { variables: { id: event.id, locale: 'ar' } })
        expect(ar.body.errors).toBeUndefined()
        expect(ar.body.data?.Event.articles.docs).toEqual([
          { id: article.id, title: 'مقال عن الزيارة' },
        ])
        expect(ar.body.data?.Event.agreementsSigned.docs).toEqual([
          { id: agreement.id, title: 'بروتوكول تعاون أمني' },
        ])
        expect(ar.body.data?.Person.delegations.docs).toEqual([
          { id: delegation.id, name: 'وفد الاتحاد الأفريقي' },
        ])
        const en = await api.graphql(query, { variables: { id: event.id, locale: 'en' } })
        expect(en.body.data?.Event.title).toBe('Official visit to Cairo')
        expect(en.body.data?.Event.articles.docs).toEqual([
          { id: article.id, title: 'An article on the visit' },
        ])
      })
    })

    describe('inline mentions', () => {
      it('lists an article under person.mentionedIn while its body links to the person, and follows the link when it changes', async () => {
        const mentioning = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'articles',
          data: {
            _status: 'published',
            body: bodyLinkingTo({ relationTo: 'people', value: member.id }, 'أحمد سامي'),
            title: 'مقال يذكر شخصًا',
          },
          locale: 'ar',
        })
        expect(mentioning.mentions).toEqual([
          { relationTo: 'people', value: expect.objectContaining({ id: member.id }) },
        ])
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: member.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([mentioning.id])
        // Only the linked person; and an inline link is not the article's `people` field.
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: bankole.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([])
        expect(
          joinIds((await ctx.payload.findByID({ collection: 'people', id: member.id })).articles),
        ).toEqual([])
        // Through REST and GraphQL too.
        const rest = await (await api.request('GET', `/people/${member.id}?depth=1`)).json()
        expect(rest.mentionedIn.docs.map((doc: { title: string }) => doc.title)).toEqual([
          'مقال يذكر شخصًا',
        ])
        const graphql = await api.graphql(
          `{ Person(id: ${member.id}) { mentionedIn { docs { id } } } }`,
        )
        expect(graphql.body.data?.Person.mentionedIn.docs).toEqual([{ id: mentioning.id }])

        // The link now points at another person: the mention moves with it.
        await ctx.payload.update({
          context: AS_IMPORT,
          collection: 'articles',
          data: { body: bodyLinkingTo({ relationTo: 'people', value: bankole.id }, 'بانكولي') },
          id: mentioning.id,
          locale: 'ar',
        })
        const stored = await ctx.payload.findByID({
          collection: 'articles',
          depth: 0,
          id: mentioning.id,
          locale: 'ar',
        })
        expect(stored.mentions).toEqual([{ relationTo: 'people', value: bankole.id }])
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: member.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([])
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: bankole.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([mentioning.id])
        await ctx.payload.delete({ collection: 'articles', id: mentioning.id })
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: bankole.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([])
      })

      // APP BUG: collectMentions (src/hooks/collect-mentions.ts) sets `mentions` to [] when the
      // body has no link left, but an empty value for the localized hasMany relationship
      // `articles.mentions` is never written: the old rows stay (SQLite and Postgres alike,
      // and likewise when `mentions: []` is written directly). The article stays listed under
      // person.mentionedIn, and the person can no longer be deleted (see link integrity).
      it('drops the mention once the body no longer links to the person', async () => {
        const person = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'people',
          data: { name: 'شخص يُذكر ثم لا يُذكر' },
        })
        const mentioning = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'articles',
          data: {
            body: bodyLinkingTo({ relationTo: 'people', value: person.id }, 'رابط'),
            title: 'مقال يفقد رابطه',
          },
          locale: 'ar',
        })
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: person.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([mentioning.id])
        await ctx.payload.update({
          context: AS_IMPORT,
          collection: 'articles',
          data: { body: plainBody('لم يعد في النص رابط.') },
          id: mentioning.id,
          locale: 'ar',
        })
        const stored = await ctx.payload.findByID({
          collection: 'articles',
          depth: 0,
          id: mentioning.id,
          locale: 'ar',
        })
        expect(stored.mentions ?? []).toEqual([])
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'people', id: person.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([])
      })

      it('collects links to other kinds of documents, once each', async () => {
        const body = bodyLinkingTo({ relationTo: 'countries', value: france.id }, 'فرنسا')
        body.root.children.push(
          ...bodyLinkingTo({ relationTo: 'countries', value: france.id }, 'فرنسا مرة أخرى').root
            .children,
        )
        body.root.children.push(
          ...bodyLinkingTo({ relationTo: 'organizations', value: unit.id }, 'القطاع').root.children,
        )
        const doc = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'articles',
          data: { body, title: 'روابط متعددة' },
          locale: 'ar',
        })
        const stored = await ctx.payload.findByID({
          collection: 'articles',
          depth: 0,
          id: doc.id,
          locale: 'ar',
        })
        expect(stored.mentions).toEqual([
          { relationTo: 'countries', value: france.id },
          { relationTo: 'organizations', value: unit.id },
        ])
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'countries', id: france.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([doc.id])
        expect(
          joinIds(
            (await ctx.payload.findByID({ collection: 'organizations', id: unit.id, locale: 'ar' }))
              .mentionedIn,
          ),
        ).toEqual([doc.id])
        await ctx.payload.delete({ collection: 'articles', id: doc.id })
      })
    })

    describe('link integrity', () => {
      type Case = {
        collection: CollectionSlug
        /** Makes the target and something that links to it; returns their ids and how to unlink. */
        setUp: () => Promise<{ referrer: string; targetId: number; unlink: () => Promise<unknown> }>
      }

      const linkedByArticle =
        (field: string, collection: CollectionSlug, targetId: number) => async () => {
          const doc = await ctx.payload.create({
            context: AS_IMPORT,
            collection: 'articles',
            data: { [field]: [targetId], title: `مقال يشير إلى ${collection}` } as any,
          })
          return {
            referrer: `articles #${doc.id}`,
            targetId,
            unlink: () =>
              ctx.payload.update({
                context: AS_IMPORT,
                collection: 'articles',
                data: { [field]: [] } as any,
                id: doc.id,
              }),
          }
        }

      const cases: Case[] = [
        {
          collection: 'people',
          setUp: async () =>
            linkedByArticle(
              'people',
              'people',
              (
                await ctx.payload.create({
                  context: AS_IMPORT,
                  collection: 'people',
                  data: { name: 'شخص سيُحذف' },
                })
              ).id,
            )(),
        },
        {
          collection: 'organizations',
          setUp: async () => {
            const org = await ctx.payload.create({
              context: AS_IMPORT,
              collection: 'organizations',
              data: { name: 'جهة ستُحذف' },
            })
            const person = await ctx.payload.create({
              context: AS_IMPORT,
              collection: 'people',
              data: { name: 'موظف في الجهة', positions: [{ organization: org.id, title: 'مدير' }] },
            })
            return {
              referrer: `people #${person.id}`,
              targetId: org.id,
              unlink: () => ctx.payload.delete({ collection: 'people', id: person.id }),
            }
          },
        },
        {
          collection: 'countries',
          setUp: async () =>
            linkedByArticle(
              'countries',
              'countries',
              (
                await ctx.payload.create({
                  context: AS_IMPORT,
                  collection: 'countries',
                  data: { code: 'MA', name: 'المغرب' },
                })
              ).id,
            )(),
        },
        {
          collection: 'events',
          setUp: async () =>
            linkedByArticle(
              'events',
              'events',
              (
                await ctx.payload.create({
                  context: AS_IMPORT,
                  collection: 'events',
                  data: { kind: 'other', title: 'فعالية ستُحذف' },
                })
              ).id,
            )(),
        },
        {
          collection: 'countries',
          // A reference from inside an array: an agreement party.
          setUp: async () => {
            const country = await ctx.payload.create({
              context: AS_IMPORT,
              collection: 'countries',
              data: { code: 'TN', name: 'تونس' },
            })
            const doc = await ctx.payload.create({
              context: AS_IMPORT,
              collection: 'agreements',
              data: {
                kind: 'mou',
                status: 'signed',
                parties: [{ country: country.id }, { country: egypt.id }],
                title: 'مذكرة مع تونس',
              },
            })
            return {
              referrer: `agreements #${doc.id}`,
              targetId: country.id,
              unlink: () => ctx.payload.delete({ collection: 'agreements', id: doc.id }),
            }
          },
        },
      ]

      it.each(cases)(
        'refuses to delete a linked $collection (409 naming the referrer), then deletes it once unlinked',
        async ({ collection, setUp }) => {
          const { referrer, targetId, unlink } = await setUp()
          const response = await api.request('DELETE', `/${collection}/${targetId}`, { token })
          expect(response.status).toBe(409)
          const body = await response.json()
          expect(body.errors[0].message).toContain(referrer)
          expect(body.errors[0].message).toMatch(/[\u0600-\u06FF]/)
          const english = await api.request('DELETE', `/${collection}/${targetId}`, {
            headers: EN,
            token,
          })
          expect(english.status).toBe(409)
          expect((await english.json()).errors[0].message).toMatch(
            new RegExp(`^Cannot delete: .*${referrer}`),
          )
          await expect(ctx.payload.delete({ collection, id: targetId })).rejects.toMatchObject({
            status: 409,
          })
          expect((await ctx.payload.findByID({ collection, id: targetId })).id).toBe(targetId)

          await unlink()
          const deleted = await api.request('DELETE', `/${collection}/${targetId}`, { token })
          expect(deleted.status).toBe(200)
          expect(
            await ctx.payload.findByID({ collection, disableErrors: true, id: targetId }),
          ).toBeNull()
        },
      )

      it('refuses to delete a person linked only inline, in the body of an article', async () => {
        const person = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'people',
          data: { name: 'شخص في النص فقط' },
        })
        const doc = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'articles',
          data: {
            body: bodyLinkingTo({ relationTo: 'people', value: person.id }, 'رابط'),
            title: 'مقال برابط داخلي',
          },
          locale: 'ar',
        })
        const response = await api.request('DELETE', `/people/${person.id}`, { token })
        expect(response.status).toBe(409)
        expect((await response.json()).errors[0].message).toContain(`articles #${doc.id}`)
        await expect(
          ctx.payload.delete({ collection: 'people', id: person.id }),
        ).rejects.toMatchObject({ status: 409 })
        expect((await ctx.payload.findByID({ collection: 'people', id: person.id })).id).toBe(
          person.id,
        )
        // Once the article itself is gone, so is the link.
        await ctx.payload.delete({ collection: 'articles', id: doc.id })
        expect((await api.request('DELETE', `/people/${person.id}`, { token })).status).toBe(200)
      })

      // APP BUG, the stale mentions above: the inline link is gone, the refusal stays.
      it('deletes a person once the inline link to them is removed from the body', async () => {
        const person = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'people',
          data: { name: 'شخص سيُزال رابطه' },
        })
        const doc = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'articles',
          data: {
            body: bodyLinkingTo({ relationTo: 'people', value: person.id }, 'رابط'),
            title: 'مقال سيُزال رابطه',
          },
          locale: 'ar',
        })
        expect((await api.request('DELETE', `/people/${person.id}`, { token })).status).toBe(409)
        await ctx.payload.update({
          context: AS_IMPORT,
          collection: 'articles',
          data: { body: plainBody('بلا رابط') },
          id: doc.id,
          locale: 'ar',
        })
        expect((await api.request('DELETE', `/people/${person.id}`, { token })).status).toBe(200)
      })

      it('deletes an entity nothing links to', async () => {
        const lone = await ctx.payload.create({
          context: AS_IMPORT,
          collection: 'topics',
          data: { key: 'lone', name: 'موضوع وحيد' },
        })
        expect((await api.request('DELETE', `/topics/${lone.id}`, { token })).status).toBe(200)
        expect(await count('topics', { id: { equals: lone.id } })).toBe(0)
      })
    })
  },
)
