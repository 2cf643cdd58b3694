import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import {
  chromiumRequirement,
  horizontalOverflow,
  launchChromium,
  signInToAdmin,
} from '../helpers/browser'
import { plainBody } from '../helpers/content'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'
import { PROJECT_ROOT } from '../helpers/test-payload'

type Json = Record<string, any>
type Role = 'author' | 'editor' | 'reviewer'

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results')
const OLD_SLUG = 'mubahathat-al-miyah-al-awla'
const NEW_SLUG = 'mubahathat-al-miyah'
const NOTICE = {
  ar: 'سُحب هذا التقرير لأن تاريخ الاجتماع ومكانه لم يكونا صحيحين.',
  en: 'This report was withdrawn: the date and place of the meeting were wrong.',
}
const CORRECTION = {
  ar: 'صُحّح اسم الوزارة المستضيفة.',
  en: 'The name of the host ministry was corrected.',
}

/**
 * The public record from the admin: an article published, renamed and
 * corrected, then retracted by the editor-in-chief in the Arabic admin on a
 * phone-sized screen; an anonymous reader following its first link meets the
 * notice. Also the embargo field and column, in Arabic and English.
 */
describeIfAvailable(chromiumRequirement())(
  'the public record in the admin, in a real browser',
  () => {
    let server: RunningServer
    let browser: Browser
    const contexts: BrowserContext[] = []
    const tokens = {} as Record<Role, string>
    let editor: Page
    let article = 0

    /** A REST call as `role`, which must succeed. */
    const api = async (path: string, method = 'GET', body?: Json, role?: Role): Promise<Json> => {
      const token = role ? tokens[role] : undefined
      const response = await fetch(`${server.url}/api${path}`, {
        body: body ? JSON.stringify(body) : undefined,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        method,
      })
      const json = (await response.json()) as Json
      if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`)
      return json
    }
    const transition = (role: Role, body: Json, id = article) =>
      api(`/articles/${id}/workflow`, 'POST', body, role)
    /** The English confirmed as matching, submitted and approved: ready for the editor-in-chief. */
    const review = async (id = article) => {
      await transition('editor', { locale: 'en', transition: 'confirm_translation' }, id)
      await transition('author', { transition: 'submit' }, id)
      await transition('reviewer', { transition: 'approve' }, id)
    }
    const articleURL = (id = article) => `${server.url}/admin/collections/articles/${id}`
    const stateOf = (page: Page) =>
      page
        .locator('[data-workflow-panel] [data-workflow-state]')
        .first()
        .getAttribute('data-workflow-state')

    const login = async (role: Role, locale: string, width: number) => {
      const context = await browser.newContext({ locale, viewport: { height: 900, width } })
      contexts.push(context)
      const page = await context.newPage()
      await signInToAdmin(page, server.url, role)
      return page
    }

    beforeAll(async () => {
      server = await startProductionServer()
      browser = await launchChromium()
      for (const role of ['author', 'reviewer', 'editor'] as const) {
        const login = { email: `${role}@jusur.demo`, password: DEMO_PASSWORD }
        tokens[role] = (await api('/users/login', 'POST', login)).token
      }
      editor = await login('editor', 'ar-EG', 1280)

      // Published under its first slug, in both languages.
      const { doc } = await api(
        '/articles?draft=true&locale=ar',
        'POST',
        {
          body: plainBody('التقى وزير الري نظيره السنغالي لبحث إدارة المياه المشتركة.'),
          slug: OLD_SLUG,
          summary: 'مباحثات مصرية سنغالية حول المياه.',
          title: 'مباحثات المياه مع السنغال',
        },
        'author',
      )
      article = doc.id
      await api(
        `/articles/${article}?draft=true&locale=en`,
        'PATCH',
        {
          body: plainBody('The irrigation minister met his Senegalese counterpart.'),
          summary: 'Egyptian–Senegalese talks on water.',
          title: 'Water talks with Senegal',
        },
        'author',
      )
      await transition('author', { transition: 'submit' })
      await transition('reviewer', { transition: 'approve' })
      await transition('editor', { transition: 'publish' })
      fs.mkdirSync(SCREENSHOTS, { recursive: true })
    }, 300_000)

    afterAll(async () => {
      for (const context of contexts) await context.close()
      await browser?.close()
      await server?.stop()
    })

    it('shows the correction note a renamed article will publish beside the changes, and in the preview as readers will see it', async () => {
      await api(
        `/articles/${article}?draft=true&locale=ar`,
        'PATCH',
        { correction: { kind: 'correction', note: CORRECTION.ar }, slug: NEW_SLUG },
        'author',
      )
      await api(
        `/articles/${article}?draft=true&locale=en`,
        'PATCH',
        { correction: { note: CORRECTION.en } },
        'author',
      )
      await review()

      await editor.goto(articleURL())
      const pending = editor.locator('[data-workflow-panel] [data-pending-correction="correction"]')
      await pending.waitFor()
      expect(await pending.textContent()).toContain(CORRECTION.ar)
      expect(await pending.textContent()).toContain('تصحيح')
      // The note is a field of the sidebar, with the embargo, under the panel.
      expect(
        await editor.locator('.document-fields__sidebar #field-correction__kind').count(),
      ).toBe(1)

      await editor.goto(`${server.url}/preview/articles/${article}?locale=ar`)
      const correction = editor.locator('[data-corrections] [data-correction="correction"]')
      expect(await correction.textContent()).toContain(CORRECTION.ar)
      expect(await correction.textContent()).toContain('عند النشر')
      expect(await editor.locator('[data-corrections] h2').textContent()).toBe('التصحيحات')

      await transition('editor', { transition: 'publish' })
      const published = await api(`/articles/${article}?locale=ar&depth=0`)
      expect(published.previousSlugs).toEqual([OLD_SLUG])
      expect(published.corrections).toMatchObject([{ kind: 'correction', note: CORRECTION.ar }])
      // Before the retraction, the first link leads readers to the article under its new slug.
      const moved = await fetch(`${server.url}/api/articles/by-slug/${OLD_SLUG}?locale=ar`, {
        redirect: 'manual',
      })
      expect(moved.status).toBe(301)
    }, 120_000)

    it('lets the editor-in-chief retract the article on a phone, in Arabic, with a notice in both languages', async () => {
      const page = editor
      await page.setViewportSize({ height: 844, width: 390 })
      await page.goto(articleURL())
      await page.locator('[data-workflow-panel]').waitFor()
      expect(await stateOf(page)).toBe('published')

      // Unpublishing explains itself too: quiet, 404, for a mistake.
      await page.locator('[data-workflow-panel] [data-transition="unpublish"]').click()
      const unpublish = page.locator('[data-transition-dialog="unpublish"]')
      expect(await unpublish.locator('[data-explains="unpublish"]').textContent()).toContain('404')
      await unpublish.getByRole('button', { name: 'إلغاء' }).click()
      expect(await unpublish.count()).toBe(0)

      await page.locator('[data-workflow-panel] [data-transition="retract"]').click()
      const dialog = page.locator('[data-transition-dialog="retract"]')
      expect(await dialog.locator('[data-explains="retract"]').textContent()).toContain('410')
      expect(await dialog.locator('[data-explains="unpublish"]').textContent()).toContain('404')
      const arabic = dialog.locator('textarea[name="notice-ar"]')
      const english = dialog.locator('textarea[name="notice-en"]')
      expect(await arabic.getAttribute('dir')).toBe('rtl')
      expect(await english.getAttribute('dir')).toBe('ltr')
      const confirm = dialog.locator('button:has([data-confirm-transition])')
      await arabic.fill(NOTICE.ar)
      // Both notices are required.
      expect(await confirm.isDisabled()).toBe(true)
      await english.fill(NOTICE.en)
      await dialog.scrollIntoViewIfNeeded()
      await page.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'retract-phone-ar.png'),
      })
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      const box = await dialog.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)

      const reloaded = page.waitForEvent('load', { timeout: 20_000 })
      await confirm.click()
      await reloaded.catch(async () => {
        const toasts = await page.locator('[data-sonner-toast]').allInnerTexts()
        throw new Error(`retract did not go through: ${toasts.join(' | ')}`)
      })
      await page.locator('[data-workflow-panel] [data-workflow-state]').waitFor()
      expect(await stateOf(page)).toBe('retracted')
      const shown = page.locator('[data-retraction] [data-retraction-notice="ar"]')
      expect(await shown.textContent()).toContain(NOTICE.ar)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.setViewportSize({ height: 900, width: 1280 })
    }, 120_000)

    it('shows an anonymous reader who follows the old link the Arabic notice', async () => {
      const context = await browser.newContext({ locale: 'ar-EG' })
      contexts.push(context)
      const reader = await context.newPage()
      const response = await reader.goto(`${server.url}/api/articles/by-slug/${OLD_SLUG}?locale=ar`)
      expect(response?.status()).toBe(410)
      const page = await reader.locator('body').innerText()
      expect(page).toContain(NOTICE.ar)
      expect(page).not.toContain('التقى وزير الري')
    }, 60_000)

    it('previews the retracted article as the notice readers meet', async () => {
      await editor.goto(`${server.url}/preview/articles/${article}?locale=ar`)
      const notice = editor.locator('[data-retraction-notice]')
      expect(await notice.locator('h1').textContent()).toBe('سُحب هذا التقرير')
      expect(await notice.textContent()).toContain(NOTICE.ar)
      expect(await notice.textContent()).toContain('مباحثات المياه مع السنغال')
      expect(await editor.locator('article:not([data-retraction-notice])').count()).toBe(0)
      await editor.goto(`${server.url}/preview/articles/${article}?locale=en`)
      expect(await editor.locator('[data-retraction-notice] h1').textContent()).toBe(
        'This report has been withdrawn',
      )
      expect(await editor.locator('[data-retraction-notice]').textContent()).toContain(NOTICE.en)
    }, 60_000)

    it('shows an embargo with its time zone in the panel, the queue and the list; only the editor-in-chief sets it', async () => {
      const { doc } = await api(
        '/articles?draft=true&locale=ar',
        'POST',
        { summary: 'ملخص', title: 'بيان محظور حتى المؤتمر' },
        'author',
      )
      const until = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString()
      await api(
        `/articles/${doc.id}?draft=true&locale=ar`,
        'PATCH',
        { embargoUntil: until, embargoUntil_tz: 'Africa/Cairo' },
        'editor',
      )
      await transition('author', { transition: 'submit' }, doc.id)

      await editor.goto(articleURL(doc.id))
      const note = editor.locator(`[data-workflow-panel] [data-embargo="${until}"]`)
      await note.waitFor()
      expect(await note.textContent()).toContain('محظور النشر حتى')
      expect(await note.textContent()).toContain('Cairo')
      const field = editor.locator('.document-fields__sidebar #field-embargoUntil')
      expect(await field.locator('input').first().isEditable()).toBe(true)

      await editor.goto(`${server.url}/admin`)
      const queued = editor.locator(`[data-workflow-queue] [data-embargo="${until}"]`)
      await queued.waitFor()
      expect(await queued.textContent()).toContain('Cairo')

      await editor.goto(`${server.url}/admin/collections/articles?limit=50`)
      const row = editor.locator('tr', { hasText: 'بيان محظور حتى المؤتمر' })
      expect(await row.locator(`[data-embargo="${until}"]`).textContent()).toContain('Cairo')

      // The author, in the English admin, sees it and cannot change it.
      const author = await login('author', 'en-GB', 1280)
      await author.goto(articleURL(doc.id))
      await author.locator('[data-workflow-panel]').waitFor()
      expect(await author.locator('[data-workflow-panel] [data-embargo]').textContent()).toContain(
        'Embargoed until',
      )
      const readOnly = author.locator('.document-fields__sidebar #field-embargoUntil')
      expect(await readOnly.locator('input').first().isEditable()).toBe(false)
      await author.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'embargo-en.png') })
    }, 120_000)
  },
)
