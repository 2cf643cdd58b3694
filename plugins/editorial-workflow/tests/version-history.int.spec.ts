import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import { createLocalReq, Forbidden, type PayloadRequest } from 'payload'

import { versionHistory } from '../src/version-history'
import type { Json } from './helpers/api'
import { DEFAULT_OPTIONS, resolvedDefaults } from './helpers/options'
import { describeIntegration, Posts, Users } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * What the versions view says of each version (issue #21): which transition
 * made it, or a plain save; who saved it; its state; the published version
 * and the current draft; newest first, a page at a time, in the reader's
 * language, read as the reader. On SQLite and PostgreSQL.
 */

const STAFF = {
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
  translator: { roles: ['translator'] },
}
type StaffName = keyof typeof STAFF

describeIntegration('editorial-workflow versions view', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>
  let id: number | string

  const as = (member: StaffName) => ({ token: staff[member].token })
  const transition = async (member: StaffName, name: string) =>
    expect(
      await api.request('POST', `/posts/${id}/workflow`, {
        body: { transition: name },
        ...as(member),
      }),
    ).toMatchObject({ status: 200 })
  const save = async (member: StaffName, locale: string, body: Json) =>
    expect(
      await api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, {
        body,
        ...as(member),
      }),
    ).toMatchObject({ status: 200 })

  /** The editor's request, in `language`. */
  const editorReq = async (language: 'ar' | 'en'): Promise<PayloadRequest> => {
    const i18n = await initI18n({ config: bed.payload.config.i18n, context: 'api', language })
    return createLocalReq({ req: { i18n }, user: staff.editor.user as never }, bed.payload)
  }
  const history = async (language: 'ar' | 'en', page = 1, limit = 10) =>
    versionHistory({
      collection: 'posts',
      hasPublishedDoc: true,
      id,
      limit,
      options: resolvedDefaults(bed.payload.config),
      page,
      req: await editorReq(language),
    })

  beforeAll(async () => {
    // Users are named by their name field, as the admin titles them.
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF, DEFAULT_OPTIONS, {
      collections: [{ ...Users, admin: { useAsTitle: 'name' } }, Posts],
    }))

    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'بيان' },
      ...as('author'),
    })
    expect(created.status).toBe(201)
    id = created.body.doc.id
    await save('translator', 'en', { title: 'Statement' })
    await transition('author', 'submit')
    await transition('reviewer', 'approve')
    await transition('editor', 'publish')
    // The first edit after publication starts a new draft (an automatic move the history records); the next is a plain save.
    await save('author', 'ar', { title: 'بيان معدّل' })
    await save('translator', 'en', { title: 'Statement, revised' })
  })
  afterAll(() => stop?.())

  const EXPECTED = [
    { by: 'translator', state: 'draft', transition: null, currentDraft: true, published: false },
    { by: 'author', state: 'draft', transition: 'edited', currentDraft: false, published: false },
    {
      by: 'editor',
      state: 'published',
      transition: 'publish',
      currentDraft: false,
      published: true,
    },
    {
      by: 'reviewer',
      state: 'approved',
      transition: 'approve',
      currentDraft: false,
      published: false,
    },
    {
      by: 'author',
      state: 'in_review',
      transition: 'submit',
      currentDraft: false,
      published: false,
    },
    { by: 'translator', state: 'draft', transition: null, currentDraft: false, published: false },
    { by: 'author', state: 'draft', transition: null, currentDraft: false, published: false },
  ]

  it('says of each version, newest first, which transition made it, who saved it and its state', async () => {
    const { rows, totalDocs, totalPages } = await history('en')
    expect({ totalDocs, totalPages }).toEqual({ totalDocs: 7, totalPages: 1 })
    expect(
      rows.map(({ by, currentDraft, published, state, transition }) => ({
        by,
        currentDraft,
        published,
        state,
        transition,
      })),
    ).toEqual(EXPECTED)
    expect(rows.map((row) => row.action)).toEqual([
      'Saved',
      'Content edited',
      'Publish',
      'Approve',
      'Submit for review',
      'Saved',
      'Saved',
    ])
    expect(rows.map((row) => row.stateLabel)).toEqual([
      'Draft',
      'Draft',
      'Published',
      'Approved',
      'In review',
      'Draft',
      'Draft',
    ])
    const times = rows.map((row) => row.updatedAt)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('says it in Arabic to an Arabic reader', async () => {
    const { rows } = await history('ar')
    expect(rows.map((row) => [row.action, row.stateLabel])).toEqual([
      ['حفظ', 'مسودة'],
      ['تعديل المحتوى', 'مسودة'],
      ['نشر', 'منشور'],
      ['اعتماد', 'معتمد'],
      ['إرسال للمراجعة', 'قيد المراجعة'],
      ['حفظ', 'مسودة'],
      ['حفظ', 'مسودة'],
    ])
  })

  it('pages through them, each page knowing transitions whose versions are on another', async () => {
    // The newest version shares its sequence with the edit on the next page: it is still a plain save.
    const first = await history('en', 1, 1)
    expect(first).toMatchObject({ limit: 1, page: 1, totalDocs: 7, totalPages: 7 })
    expect(first.rows.map((row) => row.transition)).toEqual([null])
    const pages = await Promise.all([1, 2, 3].map((page) => history('en', page, 3)))
    expect(pages.map(({ page, totalPages }) => ({ page, totalPages }))).toEqual([
      { page: 1, totalPages: 3 },
      { page: 2, totalPages: 3 },
      { page: 3, totalPages: 3 },
    ])
    expect(pages.flatMap(({ rows }) => rows.map((row) => row.transition))).toEqual(
      EXPECTED.map((row) => row.transition),
    )
  })

  it('refuses a reader who may not read versions, as Payload does', async () => {
    const anonymous = await createLocalReq({}, bed.payload)
    await expect(
      versionHistory({
        collection: 'posts',
        hasPublishedDoc: true,
        id,
        limit: 10,
        options: resolvedDefaults(bed.payload.config),
        page: 1,
        req: anonymous,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
  })
})
