import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import type { Json } from './helpers/api'
import { describeIntegration, loose, type LooseLocalAPI } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * Translation status follows the language a post was written in (issue #21):
 * editing the source outdates the complete translations, editing a
 * translation never outdates the source nor another translation. The source
 * is the locale the post was created in, changed by `set_source_locale`.
 */

const STAFF = {
  admin: { roles: ['admin'] },
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
  translator: { roles: ['translator'] },
}

type StaffName = keyof typeof STAFF
type Locale = 'ar' | 'en'

describeIntegration('editorial-workflow: the source language', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>
  let local: LooseLocalAPI

  beforeAll(async () => {
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF))
    local = loose(bed.payload)
  })
  afterAll(() => stop?.())

  const create = async (member: StaffName, locale: Locale, title: string) => {
    const reply = await api.request('POST', `/posts?draft=true&locale=${locale}`, {
      body: { title },
      token: staff[member].token,
    })
    expect(reply.status).toBe(201)
    return reply.body.doc.id as number | string
  }

  const save = async (member: StaffName, id: number | string, locale: Locale, body: Json) => {
    const reply = await api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, {
      body,
      token: staff[member].token,
    })
    expect(reply.status).toBe(200)
  }

  const transition = (member: StaffName, id: number | string, body: Json, language = 'ar') =>
    api.request('POST', `/posts/${id}/workflow`, {
      body,
      headers: { 'accept-language': language },
      token: staff[member].token,
    })

  const workflowOf = async (id: number | string) => {
    const reply = await api.request('GET', `/posts/${id}/workflow`, { token: staff.admin.token })
    expect(reply.status).toBe(200)
    return reply.body
  }

  const statuses = async (id: number | string) =>
    Object.fromEntries(
      (await workflowOf(id)).translations.map((t: Json) => [t.locale, t.status]),
    ) as Record<Locale, string>

  it('keeps the Arabic source complete when English catches up, and publication is not refused', async () => {
    const id = await create('author', 'ar', 'خبر بالعربية')
    expect((await workflowOf(id)).sourceLocale).toBe('ar')
    await save('translator', id, 'en', { title: 'Story in English' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    // The newsroom's case: the English is updated to catch up with the Arabic.
    await save('translator', id, 'en', { title: 'Story in English, revised' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    await save('author', id, 'ar', { title: 'خبر بالعربية منقح' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'outdated' })
    // Catching up on the outdated text makes it complete again, and outdates nothing.
    await save('translator', id, 'en', { title: 'Story in English, revised again' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
  })

  it('takes the locale a post is created in as its source: an English story outdates its Arabic', async () => {
    const id = await create('author', 'en', 'Written in English')
    expect((await workflowOf(id)).sourceLocale).toBe('en')
    await save('translator', id, 'ar', { title: 'مترجم إلى العربية' })
    await save('translator', id, 'ar', { title: 'مترجم إلى العربية، منقح' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    await save('author', id, 'en', { title: 'Written in English, revised' })
    expect(await statuses(id)).toEqual({ ar: 'outdated', en: 'complete' })
  })

  it('lets writers change the source language, recorded in the history; others get 403, a bad locale 400', async () => {
    const id = await create('author', 'ar', 'مصدره الإنجليزية')
    await save('translator', id, 'en', { title: 'Its source is English' })

    const byReviewer = await transition('reviewer', id, {
      locale: 'en',
      transition: 'set_source_locale',
    })
    expect(byReviewer.status).toBe(403)
    expect(byReviewer.body.errors[0].data.reason).toBe('role')
    for (const locale of [undefined, 'fr']) {
      const arabic = await transition('author', id, { locale, transition: 'set_source_locale' })
      expect(arabic.status).toBe(400)
      expect(arabic.body.errors[0]).toMatchObject({
        data: { reason: 'invalidLocale' },
        message: 'هذا الإجراء يتطلب لغة صحيحة.',
      })
      const english = await transition(
        'author',
        id,
        { locale, transition: 'set_source_locale' },
        'en',
      )
      expect(english.body.errors[0].message).toBe('This action needs a valid locale.')
    }
    expect((await workflowOf(id)).sourceLocale).toBe('ar')

    const changed = await transition('translator', id, {
      locale: 'en',
      transition: 'set_source_locale',
    })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ sourceLocale: 'en', state: 'draft' })
    expect(changed.body.history.at(-1)).toMatchObject({
      from: 'draft',
      locale: 'en',
      to: 'draft',
      transition: 'set_source_locale',
    })
    // Bookkeeping, not content: the statuses stay, and now English edits outdate the Arabic.
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    await save('author', id, 'ar', { title: 'ترجمة منقحة' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    await save('author', id, 'en', { title: 'Its source is English, revised' })
    expect(await statuses(id)).toEqual({ ar: 'outdated', en: 'complete' })

    // Nobody sets it by writing the bookkeeping.
    const direct = await api.request('PATCH', `/posts/${id}?draft=true&locale=ar`, {
      body: { workflow: { sourceLocale: 'ar' } },
      token: staff.admin.token,
    })
    expect(direct.status).toBe(403)
    expect((await workflowOf(id)).sourceLocale).toBe('en')
  })

  it('reads a post saved before the source was recorded as written in the default locale', async () => {
    const id = await create('author', 'en', 'Old English story')
    await save('translator', id, 'ar', { title: 'قصة قديمة' })
    // As a row saved before the field existed holds it: null (an import may write the bookkeeping).
    const { workflow } = await local.findByID({ collection: 'posts', depth: 0, draft: true, id })
    await local.update({
      collection: 'posts',
      context: { [WORKFLOW_IMPORT]: true },
      data: { workflow: { ...workflow, sourceLocale: null } },
      draft: true,
      id,
    })
    expect((await workflowOf(id)).sourceLocale).toBe('ar')
    await save('translator', id, 'en', { title: 'Old English story, revised' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'complete' })
    await save('author', id, 'ar', { title: 'قصة قديمة منقحة' })
    expect(await statuses(id)).toEqual({ ar: 'complete', en: 'outdated' })
  })

  it('gives imports the default locale unless they name one, refuses an unknown one, and keeps a duplicate’s', async () => {
    const imported = (sourceLocale?: string) =>
      local.create({
        collection: 'posts',
        context: { [WORKFLOW_IMPORT]: true },
        data: { title: 'Imported', workflow: sourceLocale ? { sourceLocale } : undefined },
        draft: true,
        locale: 'en',
      })
    expect((await workflowOf((await imported()).id)).sourceLocale).toBe('ar')
    const english = await imported('en')
    expect((await workflowOf(english.id)).sourceLocale).toBe('en')
    await expect(imported('fr')).rejects.toMatchObject({
      data: { reason: 'invalidLocale' },
      status: 400,
    })
    await expect(
      local.update({
        collection: 'posts',
        context: { [WORKFLOW_IMPORT]: true },
        data: { workflow: { sourceLocale: 'fr' } },
        draft: true,
        id: english.id,
      }),
    ).rejects.toMatchObject({ data: { reason: 'invalidLocale' }, status: 400 })

    const copy = await api.request('POST', `/posts/${english.id}/duplicate?locale=ar`, {
      body: {},
      token: staff.author.token,
    })
    expect(copy.status).toBe(200)
    expect((await workflowOf(copy.body.doc.id)).sourceLocale).toBe('en')
  })

  it('over random edits (Local API as the user, and REST): only a source edit outdates, and only a complete translation', async () => {
    const writers: StaffName[] = ['author', 'translator', 'editor']
    const edit = fc.record({
      complete: fc.boolean(),
      locale: fc.constantFrom<Locale>('ar', 'en'),
      rest: fc.boolean(),
      writer: fc.constantFrom(...writers),
    })
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Locale>('ar', 'en'),
        fc.array(edit, { maxLength: 6, minLength: 1 }),
        async (source, edits) => {
          run += 1
          const id = await create('author', source, `source ${run}`)
          const recorded = async () => {
            const doc = await local.findByID({
              collection: 'posts',
              depth: 0,
              draft: true,
              id,
              overrideAccess: false,
              user: staff.admin.user,
            })
            return doc.workflow.translations as Record<Locale, { status: string }>
          }
          let before = await recorded()
          for (const [step, { complete, locale, rest, writer }] of edits.entries()) {
            // An empty title is a missing text: drafts are saved without validation.
            const data = { title: complete ? `${locale} ${run}.${step}` : '' }
            if (rest) await save(writer, id, locale, data)
            else
              await local.update({
                collection: 'posts',
                data,
                draft: true,
                id,
                locale,
                overrideAccess: false,
                user: staff[writer].user,
              })
            const after = await recorded()
            const other: Locale = locale === 'ar' ? 'en' : 'ar'
            expect(after[locale].status).toBe(complete ? 'complete' : 'missing')
            if (after[other].status === 'outdated' && before[other].status !== 'outdated') {
              expect(locale).toBe(source)
              expect(before[other].status).toBe('complete')
            } else expect(after[other]).toEqual(before[other])
            // The source is never outdated: nothing but its own edits changes it.
            expect(after[source].status).not.toBe('outdated')
            before = after
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 120_000)
})
