import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { REPORT_ARTICLE } from '../../src/seed/report-article'
import { chromiumRequirement, horizontalOverflow, launchChromium } from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'
import { PROJECT_ROOT } from '../helpers/test-payload'

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results')

describeIfAvailable(chromiumRequirement())('the admin in a real browser', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const offMachine: string[] = []
  /** Where an editor types an article's text: its title, its slug, its body. */
  const TYPED_FIELDS = ['#field-title', '#field-slug', '[data-lexical-editor="true"]']
  const directionOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).direction)

  /** Whether the first letter of `element`'s text is inside its box (not cut off by its overflow). */
  const firstLetterShown = (element: Locator) =>
    element.evaluate((box) => {
      const text = document.createTreeWalker(box, NodeFilter.SHOW_TEXT).nextNode()
      if (!text?.textContent) return false
      const range = document.createRange()
      range.setStart(text, 0)
      range.setEnd(text, 1)
      const letter = range.getBoundingClientRect()
      const bounds = box.getBoundingClientRect()
      return letter.left >= bounds.left - 1 && letter.right <= bounds.right + 1
    })

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    // An editor whose browser asks for Arabic; the English admin is chosen later through Payload's language cookie.
    page = await browser.newPage({ locale: 'ar-EG', viewport: { height: 900, width: 1280 } })
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (
        !['127.0.0.1', 'localhost'].includes(url.hostname) &&
        !['data:', 'blob:'].includes(url.protocol)
      ) {
        offMachine.push(request.url())
      }
    })
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('logs an editor in through the Arabic login form, under Jusur’s own name and mark', async () => {
    await page.goto(`${server.url}/admin/login`)
    expect(await page.getAttribute('html', 'dir')).toMatch(/rtl/i)
    // Jusur's name and mark, not Payload's, on the page, in the tab's title and as its icon.
    const logo = page.locator('.jusur-logo')
    await expect(logo.locator('[lang="ar"]').textContent()).resolves.toBe('جسور')
    await expect(logo.locator('[lang="en"]').textContent()).resolves.toBe('Jusur')
    await expect(logo.locator('svg path').count()).resolves.toBeGreaterThan(0)
    expect(await page.title()).toContain('جسور Jusur')
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    expect(icons.length).toBeGreaterThan(0)
    for (const icon of icons) expect(icon).toMatch(/^data:image\/svg\+xml,/)
    expect(await page.locator('meta[property="og:site_name"]').getAttribute('content')).toBe(
      'جسور Jusur',
    )
    await page.fill('#field-email', 'editor@jusur.demo')
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
    // The navigation's link to the dashboard carries the mark, named in both languages.
    await expect(page.locator('.jusur-icon').first().getAttribute('aria-label')).resolves.toBe(
      'جسور Jusur',
    )
  }, 60_000)

  it('opens the seeded article in the Arabic admin, right to left, without horizontal scrolling', async () => {
    await page.goto(`${server.url}/admin/collections/articles`)
    await page.getByText(REPORT_ARTICLE.ar.title).first().click()
    await page.waitForURL(/\/admin\/collections\/articles\/\w+/)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    expect(await page.getAttribute('html', 'dir')).toMatch(/rtl/i)
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    expect(await page.inputValue('#field-title')).toBe(REPORT_ARTICLE.ar.title)
    await expect(page.getByText('الملخص').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'admin-article-ar.png') })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  }, 60_000)

  it("follows the article's link to its event", async () => {
    const event = 'زيارة وزير الداخلية الرسمية إلى الصين'
    await page
      .locator('#field-events')
      .getByRole('button', { exact: true, name: `تعديل ${event}` })
      .click()
    const drawer = page.locator('.doc-drawer.drawer--is-open')
    await drawer.waitFor()
    expect(await drawer.locator('#field-title').inputValue()).toBe(event)
    await expect(drawer.getByText('زيارة رسمية').first().isVisible()).resolves.toBe(true)
    // The year-precision start date is shown as the year alone.
    expect(await drawer.locator('#field-startDate__display').inputValue()).toBe('2024')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })
  }, 60_000)

  it("writes each language in its own direction, whatever the admin's language", async () => {
    // The Arabic admin, the Arabic text: right to left.
    for (const field of TYPED_FIELDS) await expect(directionOf(field)).resolves.toBe('rtl')
    // The Arabic admin, the English text: left to right, the page around it still right to left.
    await page.goto(`${page.url().split('?')[0]}?locale=en`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    expect(await page.inputValue('#field-title')).toBe(REPORT_ARTICLE.en.title)
    expect(await page.getAttribute('html', 'dir')).toMatch(/rtl/i)
    for (const field of TYPED_FIELDS) await expect(directionOf(field)).resolves.toBe('ltr')
    // Its title, too long for a phone's width, loses its end to the ellipsis, not its start.
    await page.setViewportSize({ height: 844, width: 390 })
    const title = page.locator('.doc-header__title')
    await title.getByText(REPORT_ARTICLE.en.title.slice(0, 20)).waitFor()
    expect(await title.evaluate((heading) => heading.scrollWidth > heading.clientWidth)).toBe(true)
    expect(await firstLetterShown(title)).toBe(true)
    await page.setViewportSize({ height: 900, width: 1280 })
    await page.goto(`${page.url().split('?')[0]}?locale=ar`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
  }, 60_000)

  it('names things to screen readers in Arabic, never «[object Object]»', async () => {
    /** Every attribute a screen reader or tooltip reads, and the text, that holds a stringified object. */
    const objectTexts = () =>
      page.evaluate(() => {
        const found: string[] = []
        for (const element of document.querySelectorAll('*')) {
          for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'])
            if (element.getAttribute(name)?.includes('[object Object]'))
              found.push(`${element.tagName} ${name}=${element.getAttribute(name)}`)
        }
        if (document.body.innerText.includes('[object Object]')) found.push('text')
        return found
      })
    const articleURL = page.url().split('?')[0]
    for (const route of ['/admin', '/admin/collections/articles', '/admin/collections/events']) {
      await page.goto(`${server.url}${route}`)
      await page
        .locator(route === '/admin' ? '.dashboard' : '.collection-list')
        .first()
        .waitFor()
      expect([route, await objectTexts()]).toEqual([route, []])
    }
    // The list's sort buttons and its create button name the field and the collection.
    await page.goto(`${server.url}/admin/collections/articles`)
    await page.locator('button[aria-label="ترتيب تصاعدي حسب العنوان"]').first().waitFor()
    await page.locator('[aria-label="إنشاء مقال"]').first().waitFor({ state: 'attached' })
    // The preview names the linked entities' fields in the language of the text.
    const id = articleURL.split('/').at(-1)
    for (const [locale, events] of [
      ['ar', 'الفعاليات'],
      ['en', 'Events'],
    ]) {
      await page.goto(`${server.url}/preview/articles/${id}?locale=${locale}`)
      await page.locator(`[data-linked="${events}"] li`).first().waitFor()
    }
    // An article's edit view, with its relationship fields and their add buttons.
    await page.goto(articleURL)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    expect(await objectTexts()).toEqual([])
  }, 60_000)

  it('shows the same article in the English admin, left to right, with the English text', async () => {
    await page.context().addCookies([{ name: 'jusur-lng', url: server.url, value: 'en' }])
    await page.goto(`${page.url().split('?')[0]}?locale=en`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    expect(await page.getAttribute('html', 'dir')).toMatch(/ltr/i)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.inputValue('#field-title')).toBe(REPORT_ARTICLE.en.title)
    await expect(page.getByText('Summary').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'admin-article-en.png') })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    // The English admin, the Arabic text: right to left.
    await page.goto(`${page.url().split('?')[0]}?locale=ar`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    expect(await page.inputValue('#field-title')).toBe(REPORT_ARTICLE.ar.title)
    for (const field of TYPED_FIELDS) await expect(directionOf(field)).resolves.toBe('rtl')
  }, 60_000)

  it('made no request that left the machine', () => {
    expect(offMachine).toEqual([])
  })
})
