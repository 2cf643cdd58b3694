import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { chromiumRequirement, launchChromium } from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'
import { PROJECT_ROOT } from '../helpers/test-payload'

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results')

/** A paragraph of a report, as an editor would paste it: names spelled as the press spells them. */
const REPORT =
  'التقى اللواء محمود توفيق وزير الداخلية نظيره «وانج شيا هونج» في بكين، وبحث الجانبان التعاون الأمنى مع الصين.'

describeIfAvailable(chromiumRequirement())('link suggestions in the article edit view', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let token: string

  const api = async (route: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.url}/api${route}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...init.headers,
      },
    })
    return (await response.json()) as any
  }
  const idOf = async (collection: string, field: string, value: string) =>
    (
      await api(
        `/${collection}?locale=en&depth=0&where[${field}][equals]=${encodeURIComponent(value)}`,
      )
    ).docs[0].id as number

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'ar-EG', viewport: { height: 900, width: 1280 } })
    token = (
      await api('/users/login', {
        body: JSON.stringify({ email: 'author@jusur.demo', password: DEMO_PASSWORD }),
        method: 'POST',
      })
    ).token
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('offers what a pasted report mentions, and adds a person to the article with one click', async () => {
    const wang = await idOf('people', 'name', 'Wang Xiaohong')
    const tawfik = await idOf('people', 'name', 'Mahmoud Tawfik')
    const china = await idOf('countries', 'code', 'CN')

    await page.goto(`${server.url}/admin/login`)
    await page.fill('#field-email', 'author@jusur.demo')
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)

    await page.goto(`${server.url}/admin/collections/articles/create`)
    const panel = page.getByTestId('link-suggestions')
    await panel.waitFor()
    await expect(panel.getByText('المذكور في النص').isVisible()).resolves.toBe(true)
    await page.fill('#field-title', 'لقاء وزيري الداخلية والأمن العام')
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.insertText(REPORT)

    const item = (key: string) => panel.locator(`[data-suggestion="${key}"]`)
    await item(`people:${wang}`).waitFor({ timeout: 20_000 })
    await item(`people:${tawfik}`).waitFor()
    await item(`countries:${china}`).waitFor()
    expect(await item(`people:${wang}`).innerText()).toContain('وانغ شياو هونغ')
    await expect(panel.getByText('الأشخاص').isVisible()).resolves.toBe(true)

    await item(`people:${wang}`).getByRole('button', { name: 'إضافة' }).click()
    await item(`people:${wang}`).locator('[data-linked="true"]').waitFor()
    // The others stay on offer.
    expect(await item(`people:${tawfik}`).getByRole('button', { name: 'إضافة' }).count()).toBe(1)

    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0)
    await page.screenshot({
      fullPage: true,
      path: path.join(SCREENSHOTS, 'admin-link-suggestions-ar.png'),
    })

    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const id = Number(page.url().match(/articles\/(\d+)/)![1])
    const saved = await api(`/articles/${id}?draft=true&depth=0`)
    expect(saved.people).toEqual([wang])
    expect(saved.countries ?? []).toEqual([])

    // Opened again, the person shows as linked.
    await page.reload()
    await item(`people:${wang}`).locator('[data-linked="true"]').waitFor({ timeout: 20_000 })
  }, 120_000)
})
