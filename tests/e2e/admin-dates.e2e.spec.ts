import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import {
  chromiumRequirement,
  horizontalOverflow,
  launchChromium,
  signInToAdmin,
} from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'
import { PROJECT_ROOT } from '../helpers/test-payload'

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results')
const LATIN_DIGIT = /[0-9]/
const ARABIC_INDIC_DIGIT = /[٠-٩]/
const HIJRI = 'هـ'

/**
 * Dates in the admin follow each user's choice (issue #21): Arabic-Indic
 * digits by default; Latin digits and the Hijri date beside the Gregorian
 * one once the user chooses them in their account, in the lists, the
 * workflow's queue and the calendar, without a reload; and back. As the
 * demo's reviewer, whose queue holds the demo's article in review.
 */
describeIfAvailable(chromiumRequirement())('dates in the admin, in a real browser', () => {
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page

  /** The dates of the articles list's cells, once the list shows them with the Hijri date or without, as `hijri` says. */
  const listDates = async (hijri = false): Promise<string[]> => {
    await page.waitForFunction(
      ({ hijri, mark }) => {
        const cells = [...document.querySelectorAll('.table time[datetime]')]
        return cells.length > 0 && cells.every((cell) => cell.textContent!.includes(mark) === hijri)
      },
      { hijri, mark: HIJRI },
    )
    return page.locator('.table time[datetime]').allInnerTexts()
  }

  /** Chooses the digits and the Hijri date in the account page and saves, as the user does. */
  const choose = async (digits: string, hijri: boolean) => {
    await page.goto(`${server.url}/admin/account`)
    await page.locator('#field-dateDigits .rs__control').click()
    await page.locator('.rs__option', { hasText: digits }).click()
    const checkbox = page.locator('#field-hijriDate')
    if ((await checkbox.isChecked()) !== hijri) await checkbox.click()
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && /\/api\/users\//.test(response.url()),
    )
    // Payload refreshes its user after an own-account save: the choice applies from then on.
    const refreshed = page.waitForResponse((response) =>
      response.url().endsWith('/api/users/refresh-token'),
    )
    await page.locator('#action-save').click()
    expect((await saved).status()).toBe(200)
    await refreshed
  }

  /** The dates written under the date pickers of a demo event's edit view (its start and end). */
  const datesUnderPickers = async (): Promise<string> => {
    const answer = await page.request.get(`${server.url}/api/events?limit=1&depth=0&sort=id`)
    const [event] = (await answer.json()).docs as { id: number }[]
    await page.goto(`${server.url}/admin/collections/events/${event!.id}`)
    const under = page.locator('[data-date-as-read]')
    await under.first().waitFor()
    return (await under.allInnerTexts()).join(' | ')
  }

  /**
   * The dates of the edit view's meta strip (last modified, created) that Payload formats, and their
   * tooltips, once the page has written them in the reader's digits (`digit`).
   */
  const metaDates = async (digit: RegExp): Promise<string[]> => {
    const values = page.locator('.doc-controls__value-wrap .doc-controls__value')
    await page.waitForFunction(
      (source) =>
        [...document.querySelectorAll('.doc-controls__value-wrap')].every((item) =>
          new RegExp(source).test(item.textContent! + item.getAttribute('title')),
        ),
      digit.source,
    )
    const titles = await page
      .locator('.doc-controls__value-wrap')
      .evaluateAll((items) => items.map((item) => item.getAttribute('title') ?? ''))
    return [...(await values.allInnerTexts()), ...titles]
  }

  /** Goes to the articles list through the navigation, without loading a page. */
  const navigateToArticles = async () => {
    await page.locator('aside.nav--nav-hydrated').waitFor({ state: 'attached' })
    // The navigation stays as the user left it: closed, it is opened first.
    if ((await page.locator('aside.nav--nav-open').count()) === 0)
      await page.locator('button.nav-toggler:visible').first().click()
    await page.locator('aside.nav--nav-open a[href$="/admin/collections/articles"]').click()
    await page.waitForURL(/\/admin\/collections\/articles(\?.*)?$/)
  }

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    context = await browser.newContext({ locale: 'ar-EG', viewport: { height: 900, width: 1280 } })
    page = await context.newPage()
    await signInToAdmin(page, server.url, 'reviewer')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
  }, 240_000)

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.stop()
  })

  it('lists dates in Arabic-Indic digits by default, without the Hijri date', async () => {
    await page.goto(`${server.url}/admin/collections/articles`)
    const dates = await listDates(false)
    expect(dates.join(' ')).toMatch(ARABIC_INDIC_DIGIT)
    expect(dates.join(' ')).not.toMatch(LATIN_DIGIT)
    expect(dates.join(' ')).not.toContain(HIJRI)
    // Under the date pickers, which write Latin digits: the date in the reader's digits.
    const under = await datesUnderPickers()
    expect(under).toMatch(ARABIC_INDIC_DIGIT)
    expect(under).not.toMatch(LATIN_DIGIT)
    expect(under).not.toContain(HIJRI)
    // A date and time picker (the article's publication date) writes the day first, the time on 24 hours.
    const answer = await page.request.get(
      `${server.url}/api/articles?limit=1&depth=0&where[publishedAt][exists]=true`,
    )
    const [article] = (await answer.json()).docs as { id: number; publishedAt: string }[]
    await page.goto(`${server.url}/admin/collections/articles/${article!.id}`)
    const picker = page.locator('#field-publishedAt input').first()
    await picker.waitFor()
    const expected = await page.evaluate((iso) => {
      const at = new Date(iso)
      const two = (n: number) => String(n).padStart(2, '0')
      return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`
    }, article!.publishedAt)
    expect(await picker.inputValue()).toBe(expected)
    // Payload's own dates of the document, day first, in the same digits.
    const meta = await metaDates(ARABIC_INDIC_DIGIT)
    expect(meta).toHaveLength(4)
    for (const date of meta) {
      expect(date).toMatch(/^[٠-٩]{1,2} [\u0600-\u06FF]+ [٠-٩]{4} [٠-٩]{1,2}:[٠-٩]{2} [صم]$/)
    }
  }, 60_000)

  it('writes Latin digits and the Hijri date everywhere once the user chooses them', async () => {
    await choose('0123 (لاتينية)', true)
    await navigateToArticles()
    const dates = await listDates(true)
    for (const date of dates) {
      expect(date).toMatch(LATIN_DIGIT)
      expect(date).not.toMatch(ARABIC_INDIC_DIGIT)
      expect(date).toContain(HIJRI)
    }
    // On a phone, with the longest dates: the table scrolls in its own box, the page does not.
    await page.setViewportSize({ height: 844, width: 390 })
    await page.reload()
    await listDates(true)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'dates-list-390.png') })
    await page.setViewportSize({ height: 900, width: 1280 })
    await page.reload()

    // The workflow's queue on the dashboard: the demo's article awaiting review, and when it last changed.
    await page.goto(`${server.url}/admin`)
    const queued = page.locator('[data-queue-item] time').first()
    await queued.waitFor()
    const when = await queued.innerText()
    expect(when).toMatch(LATIN_DIGIT)
    expect(when).not.toMatch(ARABIC_INDIC_DIGIT)
    expect(when).toContain(HIJRI)

    // Under the date pickers: the Hijri date beside the Gregorian one, in Latin digits.
    const under = await datesUnderPickers()
    expect(under).toMatch(LATIN_DIGIT)
    expect(under).not.toMatch(ARABIC_INDIC_DIGIT)
    expect(under).toContain(HIJRI)
    for (const date of await metaDates(LATIN_DIGIT)) {
      expect(date).toMatch(/^\d{1,2} [\u0600-\u06FF]+ \d{4} \d{1,2}:\d{2} [صم]$/)
    }

    // The calendar's heading and day numbers.
    await page.goto(`${server.url}/admin/calendar`)
    const heading = await page.locator('[data-calendar-heading]').innerText()
    expect(heading).toMatch(LATIN_DIGIT)
    expect(heading).not.toMatch(ARABIC_INDIC_DIGIT)
    expect(await page.locator('.jusur-calendar__day-head').first().innerText()).toMatch(LATIN_DIGIT)
    // The Hijri months the view spans beside the heading, and each day's Hijri day and month.
    expect(await page.locator('[data-calendar-hijri-heading]').innerText()).toContain(HIJRI)
    const days = page.locator('[data-calendar-day]')
    expect(await page.locator('[data-calendar-day] [data-calendar-hijri]').count()).toBe(
      await days.count(),
    )
    const first = await days.first().getAttribute('data-calendar-day')
    const [year, month, day] = first!.split('-').map(Number)
    const hijriDay = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', {
      day: 'numeric',
      month: 'short',
    }).format(new Date(year, month - 1, day))
    expect(await days.first().locator('[data-calendar-hijri]').innerText()).toBe(hijriDay)
  }, 90_000)

  it('goes back to Arabic-Indic digits without the Hijri date', async () => {
    await choose('٠١٢٣ (هندية)', false)
    await navigateToArticles()
    const dates = (await listDates(false)).join(' ')
    expect(dates).toMatch(ARABIC_INDIC_DIGIT)
    expect(dates).not.toMatch(LATIN_DIGIT)
    expect(dates).not.toContain(HIJRI)
    await page.goto(`${server.url}/admin/calendar`)
    await page.locator('[data-calendar-day]').first().waitFor()
    expect(await page.locator('[data-calendar-hijri], [data-calendar-hijri-heading]').count()).toBe(
      0,
    )
  }, 60_000)
})
