import type { CollectionSlug, PayloadRequest } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { buildFormState } from '@payloadcms/ui/utilities/buildFormState'
import fc from 'fast-check'
import { createLocalReq, getLocalI18n } from 'payload'

import { AS_IMPORT } from '../helpers/content'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type FormState = Record<string, { errorMessage?: string; valid?: boolean }>

/**
 * Rules that span fields (src/validation/cross-field.ts) as the admin's form
 * sees them: Payload builds a form's state on the server and validates each
 * field there, so a rule shows on the field the editor has to change, in
 * their language, in a page and in a drawer alike. The writes the same rules
 * refuse are tested in content-model.int.spec.ts.
 */
describeIntegration('rules spanning fields, on the fields of the admin form', () => {
  let ctx: TestPayload
  const reqs: Record<'ar' | 'en', PayloadRequest> = {} as never
  const people: number[] = []
  let country: number
  let organization: number
  let event: number

  const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
    (await ctx.payload.create({
      collection,
      context: AS_IMPORT,
      data: { _status: 'published', ...data } as never,
      locale: 'ar',
    })) as unknown as { id: number }

  /** The form state the admin's edit view receives for `data`, validated as after a refused save. */
  const formState = async (
    collection: CollectionSlug,
    data: Record<string, unknown>,
    {
      id,
      language = 'ar',
      skipValidation = false,
    }: { id?: number; language?: string; skipValidation?: boolean } = {},
  ): Promise<FormState> => {
    const { state } = await buildFormState({
      collectionSlug: collection,
      id,
      data,
      docPermissions: undefined,
      docPreferences: { fields: {} },
      locale: 'ar',
      mockRSCs: true,
      operation: id === undefined ? 'create' : 'update',
      renderAllFields: false,
      req: reqs[language as 'ar' | 'en'],
      schemaPath: collection,
      skipValidation,
    } as never)
    return state as FormState
  }

  const errors = (state: FormState): Record<string, string> =>
    Object.fromEntries(
      Object.entries(state)
        .filter(([, field]) => field.valid === false && field.errorMessage)
        .map(([path, field]) => [path, field.errorMessage!]),
    )

  const day = (iso: string) => ({ date: `${iso}T00:00:00.000Z`, precision: 'day' })

  beforeAll(async () => {
    ctx = await startTestPayload()
    const admin = await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'admin@example.org',
        name: 'admin',
        password: 'long enough password',
        roles: ['admin'],
      },
    })
    for (const language of ['ar', 'en'] as const) {
      const i18n = await getLocalI18n({ config: ctx.payload.config, language })
      reqs[language] = await createLocalReq(
        { req: { i18n }, user: { ...admin, collection: 'users' } as never },
        ctx.payload,
      )
    }
    for (const name of ['عضو أول', 'عضو ثان', 'عضو ثالث', 'من خارج الوفد'])
      people.push((await create('people', { name })).id)
    await create('people', {
      aliases: [{ name: 'وانج شياو هونج' }],
      name: 'وانغ شياو هونغ',
    })
    country = (await create('countries', { code: 'EG', name: 'مصر' })).id
    organization = (await create('organizations', { name: 'أكاديمية الشرطة' })).id
    event = (
      await create('events', {
        endDate: day('2025-05-22'),
        kind: 'official_visit',
        startDate: day('2025-05-20'),
        title: 'زيارة',
      })
    ).id
  }, 180_000)

  afterAll(() => ctx?.stop())

  it('shows a head outside the members on head.person, in the admin language', async () => {
    const data = {
      direction: 'incoming',
      head: { person: people[3] },
      members: [people[0]],
      name: 'وفد',
    }
    expect(errors(await formState('delegations', data))).toEqual({
      'head.person': 'يجب أن يكون رئيس الوفد أحد أعضائه.',
    })
    expect(errors(await formState('delegations', data, { language: 'en' }))).toEqual({
      'head.person': 'The head of the delegation must be one of its members.',
    })
    // Built without validation, as before any save: nothing is shown.
    expect(errors(await formState('delegations', data, { skipValidation: true }))).toEqual({})
  })

  it('shows head.person as invalid exactly when the head is not among the members (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([0, 1, 2, 3], { minLength: 1 }),
        fc.integer({ max: 3, min: 0 }),
        async (members, head) => {
          const data = {
            direction: 'incoming',
            head: { person: people[head] },
            members: members.map((index) => people[index]),
            name: 'وفد',
          }
          const shown = errors(await formState('delegations', data))
          expect('head.person' in shown).toBe(!members.includes(head))
        },
      ),
      { numRuns: 12 },
    )
  }, 60_000)

  it('shows an end before the start on endDate.date, for events and delegations', async () => {
    const dates = { endDate: day('2025-05-01'), startDate: day('2025-05-10') }
    expect(
      errors(await formState('events', { ...dates, kind: 'official_visit', title: 'زيارة' })),
    ).toEqual({
      'endDate.date': 'تاريخ النهاية يسبق تاريخ البداية.',
    })
    expect(
      errors(await formState('delegations', { ...dates, direction: 'incoming', name: 'وفد' })),
    ).toEqual({ 'endDate.date': 'تاريخ النهاية يسبق تاريخ البداية.' })
    expect(
      errors(
        await formState('events', {
          endDate: day('2025-05-10'),
          kind: 'official_visit',
          startDate: day('2025-05-10'),
          title: 'زيارة',
        }),
      ),
    ).toEqual({})
  })

  it('shows a party that is both a country and an organization on its own row, and a signing date outside its event', async () => {
    const shown = errors(
      await formState('agreements', {
        kind: 'protocol',
        parties: [
          { country, id: 'row-a' },
          { country, id: 'row-b', organization },
        ],
        signingDate: day('2025-06-01'),
        signingEvent: event,
        status: 'signed',
        title: 'بروتوكول',
      }),
    )
    expect(shown).toEqual({
      'parties.1.country': 'كل طرف إما دولة وإما جهة، لا كلتاهما.',
      'signingDate.date': 'تاريخ التوقيع لا يقع ضمن تواريخ فعالية التوقيع.',
    })
    const alone = errors(
      await formState('agreements', {
        kind: 'protocol',
        parties: [{ country, id: 'row-a' }],
        status: 'signed',
        title: 'بروتوكول',
      }),
    )
    expect(alone).toEqual({ parties: 'يجب أن يكون للاتفاقية طرفان على الأقل.' })
  })

  it('shows a name already known under another spelling on the name field, and keeps Payload’s own checks', async () => {
    const shown = errors(await formState('people', { name: 'وانج شياو هونج' }))
    expect(Object.keys(shown)).toEqual(['name'])
    expect(shown.name).toMatch(/^يوجد من قبل «وانغ شياو هونغ»/)
    // The field's own validation still runs first: a missing name is "required", not a clash.
    expect(errors(await formState('people', { name: '' })).name).toBe(
      reqs.ar.t('validation:required'),
    )
    expect(errors(await formState('people', { name: 'اسم جديد تمامًا' }))).toEqual({})
  })

  it('words a country code refused in the admin language', async () => {
    const data = { code: 'eg', name: 'مصر' }
    expect(errors(await formState('countries', data))).toEqual({
      code: 'الرمز حرفان لاتينيان كبيران وفق المعيار أيزو 3166-1، مثل EG.',
    })
    expect(errors(await formState('countries', data, { language: 'en' }))).toEqual({
      code: 'The code is two capital letters (ISO 3166-1 alpha-2), such as EG.',
    })
  })

  it('shows a slug another document has in the language edited on the slug field', async () => {
    const taken = await create('events', {
      endDate: day('2025-05-22'),
      kind: 'official_visit',
      slug: 'زيارة-محجوزة',
      startDate: day('2025-05-20'),
      title: 'زيارة محجوزة',
    })
    const event = { kind: 'official_visit', slug: 'زيارة-محجوزة', title: 'زيارة أخرى' }
    expect(errors(await formState('events', event))).toEqual({
      slug: 'هذا المعرّف في الرابط لوثيقة أخرى بهذه اللغة؛ اختر غيره.',
    })
    expect(errors(await formState('events', event, { language: 'en' }))).toEqual({
      slug: 'Another document has this slug in this language; choose another.',
    })
    // Its own slug is no clash, and a free one is none either.
    expect(errors(await formState('events', event, { id: taken.id }))).toEqual({})
    expect(errors(await formState('events', { ...event, slug: 'زيارة-حرة' }))).toEqual({})
  })
})
