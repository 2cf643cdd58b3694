import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { jusurConfig } from '../../src/config/jusur-config'
import { closeDatabase } from '../../src/db/close-database'
import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import {
  describeIntegration,
  PROJECT_ROOT,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/**
 * Two app instances on one PostgreSQL database: the second starts after the
 * publication was scheduled (as after a restart), and both then run the
 * scheduler at the same moment.
 */
describeIntegration('scheduled publication across app instances', () => {
  let first: TestPayload
  let second: Payload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    first = await startTestPayload()
    api = apiClient(first.config)
    staff = await createStaff(first.payload, api)
  })
  afterAll(async () => {
    if (second) await closeDatabase(second)
    await first?.stop()
  })

  const transition = async (
    member: keyof Staff['tokens'],
    id: number | string,
    body: Record<string, unknown>,
  ) => {
    const response = await api.request('POST', `/articles/${id}/workflow`, {
      body,
      token: staff.tokens[member],
    })
    expect(response.status).toBe(200)
    return (await response.json()) as { history: { transition: string }[]; state: string }
  }

  it('publishes once, from whichever instance runs the job, including one started after scheduling', async () => {
    const created = await api.request('POST', '/articles?draft=true&locale=ar', {
      body: { body: plainBody('نص'), summary: 'ملخص', title: 'نشر مجدول على خادمين' },
      token: staff.tokens.author,
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await api.request('PATCH', `/articles/${id}?draft=true&locale=en`, {
      body: { body: plainBody('text'), summary: 'Summary', title: 'Scheduled on two servers' },
      token: staff.tokens.translator,
    })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    await transition('editor', id, {
      publishAt: new Date(Date.now() + 1000).toISOString(),
      transition: 'schedule',
    })

    second = await getPayload({
      config: await jusurConfig({ databaseUrl: first.databaseUrl, rootDir: PROJECT_ROOT }),
      key: 'second-instance',
    })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const runs = await Promise.allSettled([
      first.payload.jobs.run({ queue: 'editorial-workflow' }),
      second.jobs.run({ queue: 'editorial-workflow' }),
    ])
    expect(runs.some((run) => run.status === 'fulfilled')).toBe(true)

    const live = await second.findByID({ collection: 'articles', id, locale: 'ar' })
    expect(live).toMatchObject({
      _status: 'published',
      title: 'نشر مجدول على خادمين',
      workflowState: 'published',
    })
    const events = await second.find({
      collection: 'workflow-events',
      where: { document: { equals: String(id) } },
    })
    expect(events.docs.filter((event) => event.transition === 'publish_scheduled')).toHaveLength(1)
  })
})
