import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { chromiumRequirement, launchChromium } from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'

const TITLE = 'مسودة للمعاينة الحية: وفد أمني يزور القاهرة'
const SUMMARY = 'ملخص لا يراه القراء بعد.'
const NEW_TITLE = 'مسودة معدلة: وفد أمني يزور الإسكندرية'

type Violations = { cspViolations?: string[] }

/**
 * Payload's live preview (the staff-only draft page of src/app/(preview) in
 * an iframe beside the edit form) under the production server's
 * Content-Security-Policy (src/server/security.ts), in Chromium: the frame
 * must render the draft and follow a save, and the browser must report no
 * violation of the policy, in the admin or in the frame.
 */
describeIfAvailable(chromiumRequirement())(
  'live preview under the Content-Security-Policy, in a real browser',
  () => {
    let server: RunningServer
    let browser: Browser
    let context: BrowserContext
    let page: Page
    let articleId: number
    const consoleReports: string[] = []

    beforeAll(async () => {
      server = await startProductionServer()
      const login = await fetch(`${server.url}/api/users/login`, {
        body: JSON.stringify({ email: 'editor@jusur.demo', password: DEMO_PASSWORD }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const { token } = (await login.json()) as { token: string }
      const created = await fetch(`${server.url}/api/articles?draft=true`, {
        body: JSON.stringify({ summary: SUMMARY, title: TITLE }),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(created.status).toBe(201)
      articleId = ((await created.json()) as { doc: { id: number } }).doc.id

      browser = await launchChromium()
      context = await browser.newContext({
        locale: 'ar-EG',
        viewport: { height: 900, width: 1400 },
      })
      // In every document, the admin's and the frame's: remember each violation the browser reports.
      await context.addInitScript(() => {
        const w = window as unknown as Violations
        w.cspViolations = []
        document.addEventListener('securitypolicyviolation', (event) => {
          w.cspViolations!.push(
            `${event.effectiveDirective} ${event.blockedURI} (${event.documentURI})`,
          )
        })
      })
      page = await context.newPage()
      // Chromium also logs refusals (frame-ancestors, X-Frame-Options) to the console of the page that embeds.
      page.on('console', (message) => {
        if (/Content Security Policy|X-Frame-Options|Refused to/i.test(message.text()))
          consoleReports.push(message.text())
      })
      await page.goto(`${server.url}/admin/login`)
      await page.fill('#field-email', 'editor@jusur.demo')
      await page.fill('#field-password', DEMO_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/admin\/?$/)
    }, 240_000)

    afterAll(async () => {
      await context?.close()
      await browser?.close()
      await server?.stop()
    })

    const violationsIn = (frame: Frame | Page) =>
      frame.evaluate(() => (window as unknown as Violations).cspViolations ?? [])

    const previewFrame = async (): Promise<Frame> => {
      const handle = await page
        .locator('iframe#live-preview-iframe')
        .elementHandle({ timeout: 30_000 })
      const frame = await handle!.contentFrame()
      if (!frame) throw new Error('the live preview iframe has no document')
      return frame
    }

    it('serves the admin and the preview under a policy that lets only our own origin frame them', async () => {
      for (const path of [
        `/admin/collections/articles/${articleId}`,
        `/preview/articles/${articleId}?locale=ar`,
      ]) {
        const response = await fetch(`${server.url}${path}`)
        const csp = response.headers.get('content-security-policy') ?? ''
        expect(csp).toContain("frame-ancestors 'self'")
        expect(csp).toContain("default-src 'self'")
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      }
    })

    it("opens the article's live preview: the frame renders the draft's title and summary, with no violation reported", async () => {
      await page.goto(`${server.url}/admin/collections/articles/${articleId}`)
      await page.locator('#field-title').waitFor()
      await page.locator('#live-preview-toggler').click()
      const frame = await previewFrame()
      await frame.locator('h1', { hasText: TITLE }).waitFor({ timeout: 30_000 })
      expect(frame.url()).toBe(`${server.url}/preview/articles/${articleId}?locale=ar`)
      expect(await frame.locator('h1').textContent()).toBe(TITLE)
      expect(await frame.locator('article').textContent()).toContain(SUMMARY)
      expect(await frame.locator('[data-preview-banner]').count()).toBe(1)
      expect(await frame.getAttribute('html', 'dir')).toBe('rtl')

      expect(await violationsIn(page)).toEqual([])
      expect(await violationsIn(frame)).toEqual([])
      expect(consoleReports).toEqual([])
    }, 120_000)

    it('follows a saved draft: the frame shows the new title, still with no violation', async () => {
      await page.locator('#field-title').fill(NEW_TITLE)
      await page.locator('#action-save-draft').click()
      const frame = await previewFrame()
      await frame.locator('h1', { hasText: NEW_TITLE }).waitFor({ timeout: 30_000 })

      expect(await violationsIn(page)).toEqual([])
      expect(await violationsIn(frame)).toEqual([])
      expect(consoleReports).toEqual([])
    }, 120_000)

    it('would notice a violation: something the policy forbids, loaded in the frame, is reported', async () => {
      const frame = await previewFrame()
      // Another origin on the loopback: the policy refuses it before any request is made.
      await frame.evaluate(() => {
        const img = document.createElement('img')
        img.src = 'http://127.0.0.2:9/not-allowed.png'
        document.body.append(img)
      })
      for (let i = 0; i < 50 && (await violationsIn(frame)).length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 100))
      expect(await violationsIn(frame)).toEqual([
        expect.stringMatching(/^img-src http:\/\/127\.0\.0\.2:9\/not-allowed\.png/),
      ])
    }, 60_000)
  },
)
