import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { plainBody } from '../helpers/content'
import {
  chromiumRequirement,
  horizontalOverflow,
  launchChromium,
  signInToAdmin,
} from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'

const TITLE = 'وفد أمني من السنغال في الرباط'

/**
 * An article's Versions tab (issue #21), in Arabic: each version with the
 * step that made it and who took it, its state and whether it is the
 * published one; a row opens Payload's comparison view; nothing wider than a
 * phone's screen.
 */
describeIfAvailable(chromiumRequirement())('the versions view in a real browser', () => {
  let server: RunningServer
  let browser: Browser
  const contexts: BrowserContext[] = []
  let id = 0

  /** A new session of the demo user with `role`, signed in, at `width`. */
  const signIn = async (role: string, width: number): Promise<Page> => {
    const context = await browser.newContext({
      locale: 'ar-EG',
      viewport: { height: 900, width },
    })
    contexts.push(context)
    const page = await context.newPage()
    await signInToAdmin(page, server.url, role)
    return page
  }

  /** A REST call from the page, with its user's session; what it answers. */
  const rest = async (page: Page, path: string, method: string, body: unknown) => {
    const reply = await page.evaluate(
      async (call) => {
        const response = await fetch(`/api${call.path}`, {
          body: JSON.stringify(call.body),
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          method: call.method,
        })
        return { body: (await response.json()) as Record<string, any>, status: response.status }
      },
      { body, method, path },
    )
    expect(reply.status).toBeLessThan(300)
    return reply.body
  }

  const openVersions = async (page: Page) => {
    await page.goto(`${server.url}/admin/collections/articles/${id}/versions`)
    await page.locator('[data-workflow-versions] [data-version-row]').first().waitFor()
  }

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    const [author, reviewer, editor] = await Promise.all(
      ['author', 'reviewer', 'editor'].map((role) => signIn(role, 1280)),
    )
    // Written in both languages by the author, submitted, approved and published.
    const created = await rest(author, '/articles?draft=true&locale=ar', 'POST', {
      body: plainBody(`نص ${TITLE}`),
      summary: `ملخص ${TITLE}`,
      title: TITLE,
    })
    id = created.doc.id
    await rest(author, `/articles/${id}?draft=true&locale=en`, 'PATCH', {
      body: plainBody('The text'),
      summary: 'The summary',
      title: 'A Senegalese security delegation in Rabat',
    })
    await rest(author, `/articles/${id}/workflow`, 'POST', { transition: 'submit' })
    await rest(reviewer, `/articles/${id}/workflow`, 'POST', { transition: 'approve' })
    await rest(editor, `/articles/${id}/workflow`, 'POST', { transition: 'publish' })
  }, 240_000)

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await server?.stop()
  })

  it('names each step and who took it, in Arabic, and opens a version for comparison', async () => {
    const page = await signIn('editor', 1280)
    await openVersions(page)
    const row = (transition: string) =>
      page.locator(`[data-version-row][data-version-transition="${transition}"]`)
    const said = async (transition: string) => ({
      action: await row(transition).locator('[data-version-action]').innerText(),
      by: await row(transition).locator('[data-version-by]').innerText(),
      state: await row(transition).locator('[data-workflow-state]').innerText(),
    })
    expect(await said('publish')).toEqual({
      action: 'نشر',
      by: 'هالة رئيسة التحرير',
      state: 'منشور',
    })
    expect(await said('approve')).toEqual({
      action: 'اعتماد',
      by: 'كريم المراجع',
      state: 'معتمد',
    })
    expect(await said('submit')).toEqual({
      action: 'إرسال للمراجعة',
      by: 'نور المحررة',
      state: 'قيد المراجعة',
    })
    expect(await row('publish').locator('[data-version-publication]').innerText()).toBe(
      'النسخة المنشورة',
    )
    // The plain saves (creation, the English) are saves; the newest version comes first.
    const transitions = await page
      .locator('[data-version-row]')
      .evaluateAll((rows) => rows.map((each) => each.getAttribute('data-version-transition')))
    expect(transitions).toEqual(['publish', 'approve', 'submit', '', ''])
    expect(await page.locator('[data-version-row] [data-version-action]').last().innerText()).toBe(
      'حفظ',
    )
    // No English but the users' own names (the demo users' names carry their role in English).
    const words = await page
      .locator('main[data-workflow-versions]')
      .evaluate((main) =>
        [...main.querySelectorAll('th, td:not([data-version-by])')].map(
          (cell) => (cell as HTMLElement).innerText,
        ),
      )
    expect(words.filter((word) => /[A-Za-z]/.test(word))).toEqual([])
    expect((await page.locator('html').getAttribute('dir'))?.toLowerCase()).toBe('rtl')

    const versionId = await row('submit').getAttribute('data-version-row')
    await row('submit').locator('a').click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}/versions/${versionId}`))
    // Payload's comparison view, with its restore button.
    await page.locator('.view-version .restore-version button').first().waitFor()
  }, 120_000)

  it('pages through the versions, keeping the page size', async () => {
    const page = await signIn('reviewer', 1280)
    await page.goto(`${server.url}/admin/collections/articles/${id}/versions?limit=2`)
    const pages = page.locator('[data-versions-pages]')
    await expect(pages.innerText()).resolves.toContain('الصفحة 1 من 3')
    await pages.getByText('نسخ أقدم').click()
    await page.waitForURL(/[?&]page=2/)
    await pages.getByText('الصفحة 2 من 3').waitFor()
    expect(new URL(page.url()).searchParams.get('limit')).toBe('2')
    // The second page: the submission and the English saved before it.
    const transitions = await page
      .locator('[data-version-row]')
      .evaluateAll((rows) => rows.map((each) => each.getAttribute('data-version-transition')))
    expect(transitions).toEqual(['submit', ''])
  }, 120_000)

  it('fits a phone: the table scrolls in its own box, not the page', async () => {
    const page = await signIn('author', 390)
    await openVersions(page)
    expect(await horizontalOverflow(page)).toBe(0)
    const table = await page.locator('[data-workflow-versions] .table').boundingBox()
    expect(table!.x).toBeGreaterThanOrEqual(0)
    expect(table!.x + table!.width).toBeLessThanOrEqual(390)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true)
  }, 120_000)
})
