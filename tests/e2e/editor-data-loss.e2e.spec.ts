import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { REPORT_ARTICLE } from '../../src/seed/report-article'
import { chromiumRequirement, launchChromium } from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'

type Json = Record<string, any>

/**
 * The ways an editor lost work in the admin (issue #21): Arabic overwritten
 * by English after a locale switch, no way back to an older version, and a
 * drawer thrown away by Escape, its ✕ or Back. Each test walks the path an
 * editor took.
 */
describeIfAvailable(chromiumRequirement())('the admin keeps an editor’s work', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let token: string
  let articleURL: string
  let id: string

  const api = async (
    path: string,
    init: { body?: Json; method?: string; token?: string } = {},
  ): Promise<Json> => {
    const response = await fetch(`${server.url}/api${path}`, {
      body: init.body ? JSON.stringify(init.body) : undefined,
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
      },
      method: init.method ?? 'GET',
    })
    expect(response.status).toBeLessThan(300)
    return (await response.json()) as Json
  }
  /** Both languages of the article's draft, as the editor's REST client reads them. */
  const stored = async () => {
    const doc = await api(`/articles/${id}?locale=all&draft=true&depth=0`, { token })
    return { body: doc.body, slug: doc.slug, summary: doc.summary, title: doc.title }
  }
  /** The Arabic title anonymous readers get. */
  const publicTitle = async () => (await api(`/articles/${id}?locale=ar&depth=0`)).title
  /** The confirmation the drawer guard shows before unsaved work in a drawer is discarded. */
  const discardDialog = () => page.locator('#jusur-discard-drawer')
  const DISCARD_HEADING = 'إغلاق النافذة دون حفظ؟'
  /** The article in Arabic, once its form has loaded (a drawer opened earlier goes with a re-render). */
  const openArticle = async () => {
    await page.goto(`${articleURL}?locale=ar`)
    await page.locator('#field-title').waitFor()
    await page.waitForLoadState('networkidle')
  }
  /** The article's button that opens a "create new" drawer for an organization. */
  const addOrganization = () =>
    page.locator('[id$="organizations-add-new"] .relationship-add-new__add-button').first()
  /** Opens that drawer on the article shown and types `name` in it; returns the drawer. */
  const typeInNewOrganization = async (name: string) => {
    await addOrganization().click()
    const drawer = page.locator('.doc-drawer.drawer--is-open')
    await drawer.locator('#field-name').fill(name)
    return drawer
  }
  /** The content locale the locale switcher shows. */
  const switcherLocale = async () =>
    (await page.locator('.localizer').innerText()).includes('الإنجليزية') ? 'en' : 'ar'

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'ar-EG', viewport: { height: 900, width: 1280 } })
    await page.goto(`${server.url}/admin/login`)
    await page.fill('#field-email', 'editor@jusur.demo')
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/)
    token = (
      await api('/users/login', {
        body: { email: 'editor@jusur.demo', password: DEMO_PASSWORD },
        method: 'POST',
      })
    ).token
    await page.goto(`${server.url}/admin/collections/articles`)
    await page.getByText(REPORT_ARTICLE.ar.title).first().click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    articleURL = page.url().split('?')[0]
    id = articleURL.split('/').at(-1) as string
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('edits the language the switcher shows after English, the breadcrumb and back, and never writes English into Arabic', async () => {
    const before = await stored()
    await page.locator('#field-title').waitFor()
    expect(await page.inputValue('#field-title')).toBe(REPORT_ARTICLE.ar.title)
    await page.locator('.localizer button').first().click()
    await page.locator('.popup__content [data-locale="en"]').click()
    await page.waitForURL(/locale=en/)
    await page.waitForFunction(
      (title) =>
        (document.querySelector('#field-title') as HTMLInputElement | null)?.value === title,
      REPORT_ARTICLE.en.title,
    )

    // Back to the list through the breadcrumb, and the same article again.
    await page.locator('.step-nav a[href$="/admin/collections/articles"]').click()
    await page.waitForURL(/\/admin\/collections\/articles(\?.*)?$/)
    await page
      .locator(`.table :is(a[href$="/articles/${id}"], a[href*="/articles/${id}?"])`)
      .first()
      .click()
    // The edit view puts the locale the switcher shows into its URL, which the server renders the form in.
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}\\?(.*&)?locale=`))
    await page.locator('#field-title').waitFor()
    await page.waitForLoadState('networkidle')
    const shown = await switcherLocale()
    expect(await page.inputValue('#field-title')).toBe(REPORT_ARTICLE[shown].title)
    expect(shown).toBe('en')

    const edited = `${REPORT_ARTICLE.en.title} (updated)`
    await page.fill('#field-title', edited)
    await page.locator('#action-save-draft').click()
    await page.locator('.payload-toast-container .toast-success').waitFor()
    const after = await stored()
    expect(after.title).toEqual({ ...before.title, en: edited })
    expect(after.summary.ar).toBe(before.summary.ar)
    expect(after.slug.ar).toBe(before.slug.ar)
    expect(after.body.ar).toEqual(before.body.ar)
  }, 180_000)

  it('restores an older version from the versions view in Arabic as a draft; readers keep the published text', async () => {
    const published = REPORT_ARTICLE.ar.title
    await api(`/articles/${id}?draft=true&locale=ar`, {
      body: { title: 'عنوان مسودة لاحقة' },
      method: 'PATCH',
      token,
    })
    const { docs } = await api(
      `/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&sort=-updatedAt&limit=1&depth=0&locale=ar`,
      { token },
    )
    expect(docs[0].version.title).toBe(published)

    await page.goto(`${server.url}/admin/collections/articles/${id}/versions/${docs[0].id}`)
    await page.locator('.restore-version button').first().click()
    await page.locator('#confirm-action').click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}(\\?.*)?$`))
    await expect(page.locator('.toast-error').count()).resolves.toBe(0)
    expect((await stored()).title.ar).toBe(published)
    expect(await publicTitle()).toBe(published)
  }, 180_000)

  it('keeps a "create new" drawer open when Escape closes a dropdown in it, and asks before unsaved work is discarded', async () => {
    await page.goto(`${articleURL}?locale=ar`)
    await page.locator('[id$="events-add-new"] .relationship-add-new__add-button').first().click()
    const drawer = page.locator('.doc-drawer.drawer--is-open')
    await drawer.locator('#field-title').waitFor()
    const typed = 'زيارة لم تُحفظ بعد'
    await drawer.locator('#field-title').fill(typed)

    await drawer.locator('#field-kind .rs__control').click()
    await drawer.locator('.rs__menu').waitFor()
    await page.keyboard.press('Escape')
    await drawer.locator('.rs__menu').waitFor({ state: 'detached' })
    const confirmation = discardDialog()
    expect(await confirmation.isVisible()).toBe(false)
    expect(await drawer.locator('#field-title').inputValue()).toBe(typed)

    await page.keyboard.press('Escape')
    await confirmation.getByText(DISCARD_HEADING).waitFor()
    await confirmation.locator('#confirm-cancel').click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await drawer.locator('#field-title').inputValue()).toBe(typed)

    // Closing from the backdrop asks too; discarding closes the drawer.
    await drawer.locator('.drawer__close').dispatchEvent('click')
    await confirmation.locator('#confirm-action').click()
    await drawer.waitFor({ state: 'hidden' })
  }, 120_000)

  it('asks before the header ✕ of a "create new" drawer discards what was typed; without changes it closes at once', async () => {
    await openArticle()
    const confirmation = discardDialog()
    const typed = 'هيئة لم تُحفظ بعد'
    const drawer = await typeInNewOrganization(typed)
    const close = drawer.locator('.doc-drawer__header-close')

    await close.click()
    await confirmation.getByText(DISCARD_HEADING).waitFor()
    await confirmation.locator('#confirm-cancel').click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await drawer.locator('#field-name').inputValue()).toBe(typed)

    await close.click()
    await confirmation.locator('#confirm-action').click()
    await drawer.waitFor({ state: 'hidden' })

    await addOrganization().click()
    await drawer.locator('#field-name').waitFor()
    await close.click()
    await drawer.waitFor({ state: 'hidden' })
    expect(await confirmation.isVisible()).toBe(false)
  }, 120_000)

  it('counts a pick from a select as a change: Escape and the backdrop ask before it is discarded', async () => {
    await openArticle()
    const confirmation = discardDialog()
    await addOrganization().click()
    const drawer = page.locator('.doc-drawer.drawer--is-open')
    await drawer.locator('#field-kind .rs__control').click()
    await drawer.locator('.rs__option').first().click()
    const picked = await drawer.locator('#field-kind .rs__single-value').innerText()

    await page.keyboard.press('Escape')
    await confirmation.locator('#confirm-cancel').click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await drawer.locator('#field-kind .rs__single-value').innerText()).toBe(picked)

    await drawer.locator('.drawer__close').dispatchEvent('click')
    await confirmation.locator('#confirm-action').click()
    await drawer.waitFor({ state: 'hidden' })
  }, 120_000)

  it('asks above a drawer nested in a list drawer; the list drawer, only searched in, closes at once', async () => {
    await openArticle()
    await page.locator('#field-heroImage .upload__listToggler').click()
    const list = page.locator('.list-drawer.drawer--is-open')
    await list.locator('.search-filter__input').fill('صورة')
    await list.locator('.list-header__create-new-button').click()
    const nested = page.locator('.doc-drawer.drawer--nested.drawer--is-open')
    const confirmation = discardDialog()
    const typed = 'نص بديل لم يُحفظ بعد'
    await nested.locator('#field-alt').fill(typed)
    const close = nested.locator('.doc-drawer__header-close')

    // Clicks reach the confirmation only when it is drawn above the nested drawer.
    await close.click()
    await confirmation.locator('#confirm-cancel').click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await nested.locator('#field-alt').inputValue()).toBe(typed)
    await close.click()
    await confirmation.locator('#confirm-action').click()
    await nested.waitFor({ state: 'hidden' })

    expect(await list.isVisible()).toBe(true)
    await list.locator('.list-drawer__header-close').click()
    await list.waitFor({ state: 'hidden' })
    expect(await confirmation.isVisible()).toBe(false)
  }, 120_000)

  it('holds Back while a drawer has unsaved changes: cancel keeps the page and the text, discard goes back', async () => {
    const listURL = `${server.url}/admin/collections/articles`
    const confirmation = discardDialog()
    await page.goto(listURL)
    await page
      .locator(`.table :is(a[href$="/articles/${id}"], a[href*="/articles/${id}?"])`)
      .first()
      .click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}\\?(.*&)?locale=`))
    await page.waitForLoadState('networkidle')
    const articlePage = page.url()
    const typed = 'هيئة لم تُحفظ قبل الرجوع'
    const drawer = await typeInNewOrganization(typed)

    await page.goBack()
    await confirmation.getByText(DISCARD_HEADING).waitFor()
    await page.waitForURL((url) => url.href === articlePage)
    await confirmation.locator('#confirm-cancel').click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await drawer.locator('#field-name').inputValue()).toBe(typed)
    expect(page.url()).toBe(articlePage)

    await page.goBack()
    await confirmation.locator('#confirm-action').click()
    await page.waitForURL((url) => url.href.split('?')[0] === listURL)
    expect(await drawer.count()).toBe(0)
  }, 120_000)
})
