import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type {
  APIResponse,
  Browser,
  BrowserContext,
  Locator,
  Page,
  Request,
  Route,
} from 'playwright-core'

import { addDays, dayKey } from '../../src/calendar/admin/calendar-days'
import { plainBody } from '../helpers/content'
import {
  chromiumRequirement,
  horizontalOverflow,
  launchChromium,
  restFromPage,
  signInToAdmin,
} from '../helpers/browser'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'
import { PROJECT_ROOT } from '../helpers/test-payload'

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results')
const TITLE = 'بيان عاجل بشأن التعاون الأمني مع غينيا'

describeIfAvailable(chromiumRequirement())(
  'the editorial workflow in the admin, in a real browser',
  () => {
    let server: RunningServer
    let browser: Browser
    const contexts: BrowserContext[] = []
    const pages = {} as Record<'author' | 'editor' | 'reviewer' | 'translator', Page>
    /** Requests the admin made that answered 404, over the whole session. */
    const notFound: string[] = []
    let articleURL = ''

    /** What an anonymous GraphQL consumer sees of the article. */
    const publicTitles = async (): Promise<string[]> => {
      const response = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({ query: '{ Articles(locale: ar, limit: 100) { docs { title } } }' }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const { data } = (await response.json()) as {
        data: { Articles: { docs: { title: string }[] } }
      }
      return data.Articles.docs.map((doc) => doc.title)
    }

    const stateOf = (page: Page) =>
      page
        .locator('[data-workflow-panel] [data-workflow-state]')
        .getAttribute('data-workflow-state')

    /** Clicks a transition in the workflow panel, fills its dialog if it has one, and checks the state once the page has reloaded. */
    const take = async (
      page: Page,
      transition: string,
      expected: string,
      fill?: (dialog: ReturnType<Page['locator']>) => Promise<void>,
    ) => {
      await page.goto(articleURL)
      // After a transition the panel reloads the page, so that the form holds the new state.
      const reloaded = page.waitForEvent('load', { timeout: 20_000 })
      await page.locator(`[data-workflow-panel] [data-transition="${transition}"]`).click()
      const dialog = page.locator(`[data-transition-dialog="${transition}"]`)
      // A transition that asks first opens its dialog; one that does not reloads the page.
      const asks = await Promise.race([
        dialog.waitFor().then(
          () => true,
          () => false,
        ),
        reloaded.then(() => false),
      ])
      if (asks) {
        await fill?.(dialog)
        await dialog.locator('[data-confirm-transition]').click()
      }
      await reloaded
      await page.locator('[data-workflow-panel] [data-workflow-state]').waitFor()
      expect(await stateOf(page)).toBe(expected)
      // The header says the same state, the workflow's, not Payload's draft/published.
      expect(
        await page.locator('[data-workflow-status]').getAttribute('data-workflow-status'),
      ).toBe(expected)
    }

    /** An article the author wrote in both languages, over REST. */
    const bilingualArticle = async (title: string) => {
      const created = await restFromPage(pages.author, '/articles?draft=true&locale=ar', 'POST', {
        body: plainBody(`نص ${title}`),
        summary: `ملخص ${title}`,
        title,
      })
      const id = created.body.doc.id as number
      await restFromPage(pages.author, `/articles/${id}?draft=true&locale=en`, 'PATCH', {
        body: plainBody(`Text ${title}`),
        summary: `Summary ${title}`,
        title: `EN ${title}`,
      })
      return id
    }

    /** A new browser session of the demo user with `role`, signed in, at `viewport`. */
    const signIn = async (role: string, viewport: { height: number; width: number }) => {
      const context = await browser.newContext({ locale: 'ar-EG', viewport })
      contexts.push(context)
      const page = await context.newPage()
      page.on('response', (response) => {
        if (response.status() === 404 && new URL(response.url()).pathname.startsWith('/api/'))
          notFound.push(response.url())
      })
      await signInToAdmin(page, server.url, role)
      return page
    }

    beforeAll(async () => {
      server = await startProductionServer()
      browser = await launchChromium()
      for (const role of ['author', 'reviewer', 'editor', 'translator'] as const)
        pages[role] = await signIn(role, { height: 900, width: 1280 })
      fs.mkdirSync(SCREENSHOTS, { recursive: true })
    }, 240_000)

    afterAll(async () => {
      for (const context of contexts) await context.close()
      await browser?.close()
      await server?.stop()
    })

    it('lets an author write an Arabic article and submit it; the public does not see it', async () => {
      const page = pages.author
      await page.goto(`${server.url}/admin/collections/articles/create`)
      await expect(page.locator('[data-workflow-panel]').count()).resolves.toBe(0)
      await page.fill('#field-title', TITLE)
      await page.fill('#field-summary', 'وفد غيني يبحث في القاهرة تعزيز التدريب المشترك.')
      await page.locator('[data-lexical-editor="true"]').first().click()
      await page.keyboard.type(
        'استقبل وزير الداخلية وفدًا من غينيا لبحث التعاون في مجال الحماية المدنية.',
      )
      await expect(page.locator('#action-publish').count()).resolves.toBe(0)
      await page.locator('#action-save-draft').click()
      await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
      articleURL = page.url().split('?')[0]
      await page.locator('[data-workflow-panel]').waitFor()
      expect(await stateOf(page)).toBe('draft')
      // The reviewer is picked by name, among those who may review: no author, no translator.
      await take(page, 'submit', 'in_review', async (dialog) => {
        const picker = dialog.locator('select[name="assignee"]')
        await picker.locator('option', { hasText: 'كريم المراجع' }).waitFor({ state: 'attached' })
        const names = await picker.locator('option').allInnerTexts()
        expect(names).toEqual(expect.arrayContaining(['هالة رئيسة التحرير']))
        expect(names.join(' | ')).not.toMatch(/نور المحررة|دانيال المترجم/)
        await picker.selectOption({ label: 'كريم المراجع' })
      })
      const { body: workflow } = await restFromPage(
        page,
        `/articles/${articleURL.split('/').at(-1)}/workflow`,
      )
      const { body: reviewer } = await restFromPage(pages.reviewer, '/users/me')
      expect(workflow.assignee).toBe(reviewer.user.id)
      expect(await publicTitles()).not.toContain(TITLE)
    }, 90_000)

    it('shows the reviewer the article in their queue; the reviewer sends it back with a reason', async () => {
      const page = pages.reviewer
      await page.goto(`${server.url}/admin`)
      // The queue loads after the dashboard; waitFor fails the test if the article never shows up.
      await page.locator('[data-workflow-queue]').getByText(TITLE).waitFor()
      await page.goto(articleURL)
      await page.locator('[data-transition="request_changes"]').click()
      const dialog = page.locator('[data-transition-dialog="request_changes"]')
      // Without a reason the confirmation stays disabled.
      expect(
        await dialog.locator('textarea[name="comment"]').getAttribute('required'),
      ).not.toBeNull()
      expect(await dialog.locator('button:has([data-confirm-transition])').isDisabled()).toBe(true)
      await take(page, 'request_changes', 'changes_requested', (d) =>
        d.locator('textarea[name="comment"]').fill('أضف اسم الوزير الغيني'),
      )
    }, 90_000)

    it('lets the author resubmit and the reviewer approve', async () => {
      await pages.author.goto(articleURL)
      await pages.author.locator('[data-workflow-panel]').waitFor()
      await expect(
        pages.author.locator('[data-history-transition="request_changes"]').count(),
      ).resolves.toBe(1)
      await take(pages.author, 'submit', 'in_review')
      await take(pages.reviewer, 'approve', 'approved')
      expect(await publicTitles()).not.toContain(TITLE)
    }, 90_000)

    it('rings the author’s bell for each verdict; a notification opens the article and is read', async () => {
      const page = pages.author
      await page.goto(`${server.url}/admin`)
      const bell = page.locator('[data-notification-bell] button[data-unread-count]')
      const unread = async () => Number(await bell.getAttribute('data-unread-count'))
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('[data-unread-count]')?.getAttribute('data-unread-count'),
          ) >= 2,
      )
      const before = await unread()
      expect(await bell.getAttribute('aria-label')).toBe(`الإشعارات (غير المقروءة: ${before})`)
      await bell.click()
      const list = page.locator('[data-notification-list]')
      const sentBack = list.locator('[data-notification][data-unread]', {
        hasText: `طلب تعديلات: ${TITLE}`,
      })
      expect(await sentBack.textContent()).toContain('أضف اسم الوزير الغيني')
      expect(await sentBack.textContent()).toContain('كريم المراجع')
      const approved = list.locator('[data-notification][data-unread]', {
        hasText: `اعتماد: ${TITLE}`,
      })
      await approved.locator('a').click()
      await page.waitForURL(articleURL)
      await page.waitForFunction(
        (count) =>
          Number(
            document.querySelector('[data-unread-count]')?.getAttribute('data-unread-count'),
          ) === count,
        before - 1,
      )
      // At phone width the open list fits the screen.
      await page.setViewportSize({ height: 844, width: 390 })
      await bell.click()
      await list.waitFor()
      const box = (await list.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.screenshot({ path: path.join(SCREENSHOTS, 'notifications-390.png') })
      await list.locator('[data-mark-all-read]').click()
      await page.waitForFunction(
        () =>
          document.querySelector('[data-unread-count]')?.getAttribute('data-unread-count') === '0',
      )
      await page.keyboard.press('Escape')
      await list.waitFor({ state: 'detached' })
      await page.setViewportSize({ height: 900, width: 1280 })
    }, 90_000)

    it('shows the approved article to the editor-in-chief whoever reviewed it, and its missing English to the translator', async () => {
      const editor = pages.editor
      await editor.goto(`${server.url}/admin`)
      const item = editor.locator('[data-workflow-queue] [data-queue-item]', { hasText: TITLE })
      await item.waitFor()
      expect(await item.locator('[data-queue-type]').textContent()).toBe('مقال')
      expect(await item.locator('[data-queue-submitter]').textContent()).toContain('نور المحررة')
      expect(await item.locator('[data-workflow-state]').getAttribute('data-workflow-state')).toBe(
        'approved',
      )
      const translator = pages.translator
      await translator.setViewportSize({ height: 844, width: 390 })
      await translator.goto(`${server.url}/admin`)
      const due = translator.locator('[data-translation-queue] [data-queue-item]', {
        hasText: TITLE,
      })
      await due.waitFor()
      expect(await due.locator('[data-translation-due="en"]').textContent()).toContain(
        'الإنجليزية: ناقصة',
      )
      // The link opens the document in the language to translate.
      expect(await due.locator('a').first().getAttribute('href')).toMatch(/\?locale=en$/)
      expect(await horizontalOverflow(translator)).toBeLessThanOrEqual(0)
      await translator.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'queue-translator-390.png'),
      })
    }, 90_000)

    it('names the language edited on localized fields, not its code', async () => {
      const page = pages.translator
      await page.goto(`${articleURL}?locale=en`)
      const label = page.locator('label[for="field-title"] .localized')
      await label.waitFor({ state: 'attached' })
      const shown = () => label.evaluate((element) => getComputedStyle(element, '::after').content)
      expect(await shown()).toBe('"— الإنجليزية"')
      // Shown at the size of the label, not hidden with the code.
      expect((await label.boundingBox())?.width).toBeGreaterThan(20)
      await page.goto(`${articleURL}?locale=ar`)
      await label.waitFor({ state: 'attached' })
      expect(await shown()).toBe('"— العربية"')
    }, 60_000)

    it('lets the editor-in-chief waive the English text and publish; then the public sees it', async () => {
      const page = pages.editor
      await take(page, 'waive_translation', 'approved', async (dialog) => {
        await dialog.locator('select[name="locale"]').selectOption('en')
        await dialog.locator('textarea[name="comment"]').fill('بيان عاجل بالعربية فقط')
      })
      expect(
        await page.locator('[data-translation="en"]').getAttribute('data-translation-status'),
      ).toBe('waived')
      await take(page, 'publish', 'published', async (dialog) => {
        // Publishing asks first, saying what it does to readers.
        expect(await dialog.locator('[data-confirmation]').textContent()).toContain(
          'ستظهر هذه النسخة للقراء',
        )
      })
      expect(await publicTitles()).toContain(TITLE)
      // The history names each step and state in Arabic.
      const published = page.locator('[data-history-transition="publish"]')
      expect(await published.textContent()).toMatch(/^نشر · معتمد ← منشور/)
      await page.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'workflow-published-ar.png'),
      })
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    }, 90_000)

    it('shows the state as a pill in the list view', async () => {
      const page = pages.editor
      await page.goto(`${server.url}/admin/collections/articles?limit=50`)
      const row = page.locator('tr', { hasText: TITLE })
      await expect(
        row.locator('[data-workflow-state]').getAttribute('data-workflow-state'),
      ).resolves.toBe('published')
    }, 60_000)

    it('previews the draft for staff only, right to left in Arabic', async () => {
      const id = articleURL.split('/').at(-1)
      const page = pages.editor
      await page.goto(`${server.url}/preview/articles/${id}?locale=ar`)
      expect(await page.getAttribute('html', 'dir')).toBe('rtl')
      expect(await page.locator('h1').textContent()).toBe(TITLE)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      const anonymous = await fetch(`${server.url}/preview/articles/${id}?locale=ar`)
      expect(anonymous.status).toBe(404)
      expect(await anonymous.text()).not.toContain(TITLE)
    }, 60_000)

    it('publishes several approved articles from the list at once, and says which one was refused and why', async () => {
      const BATCH = 'دفعة نشر من القائمة'
      const article = (n: string) => bilingualArticle(`${BATCH} ${n}`)
      const ready = [await article('١'), await article('٢')]
      const notReviewed = await article('٣')
      for (const id of ready) {
        expect(
          (
            await restFromPage(pages.author, `/articles/${id}/workflow`, 'POST', {
              transition: 'submit',
            })
          ).status,
        ).toBe(200)
        expect(
          (
            await restFromPage(pages.reviewer, `/articles/${id}/workflow`, 'POST', {
              transition: 'approve',
            })
          ).status,
        ).toBe(200)
      }

      const page = pages.editor
      await page.goto(
        `${server.url}/admin/collections/articles?search=${encodeURIComponent(BATCH)}`,
      )
      await page.locator('tr', { hasText: `${BATCH} ٣` }).waitFor()
      // Payload's Arabic as Jusur corrects it (src/i18n/payload-arabic.ts): «إنشاء», not «أنشاء».
      expect(await page.getByText('إنشاء جديد', { exact: true }).count()).toBeGreaterThan(0)
      expect(await page.getByText('أنشاء جديد').count()).toBe(0)
      await page.locator('#select-all').check()
      // Payload's own bulk edit, publish and unpublish are not offered: they would go around the workflow.
      const payloadButtons = await page.locator('.list-selection__button').allInnerTexts()
      expect(payloadButtons.join(' | ')).not.toMatch(/نشر|تعديل/)
      await page.locator('[data-bulk-transition="publish"]').click()
      const dialog = page.locator('[data-bulk-dialog="publish"]')
      expect(await dialog.locator('[data-confirmation]').textContent()).toContain(
        'ستظهر هذه النسخة للقراء',
      )
      await dialog.locator('[data-confirm-transition]').click()
      const outcomes = page.locator('[data-bulk-outcomes]')
      await outcomes.waitFor()
      expect(await outcomes.locator('strong').textContent()).toBe('تم تنفيذ 2 من 3')
      for (const id of ready)
        expect(
          await outcomes.locator(`[data-bulk-outcome="${id}"]`).getAttribute('data-status'),
        ).toBe('200')
      const refused = outcomes.locator(`[data-bulk-outcome="${notReviewed}"]`)
      expect(await refused.getAttribute('data-status')).toBe('409')
      expect(await refused.textContent()).toContain(
        'لا يمكن اتخاذ هذا الإجراء من الحالة الحالية للوثيقة',
      )
      await page.screenshot({ path: path.join(SCREENSHOTS, 'workflow-bulk-ar.png') })
      const titles = await publicTitles()
      expect(titles).toEqual(expect.arrayContaining([`${BATCH} ١`, `${BATCH} ٢`]))
      expect(titles).not.toContain(`${BATCH} ٣`)
      // The list shows the new states without a reload.
      const row = page.locator('tr', { hasText: `${BATCH} ١` })
      await expect(
        row
          .locator('[data-workflow-state="published"]')
          .waitFor()
          .then(() => true),
      ).resolves.toBe(true)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    }, 120_000)

    it('shows the translation outdated in the panel as soon as the source is saved, without a reload', async () => {
      const page = pages.author
      const created = await restFromPage(page, '/articles?draft=true&locale=ar', 'POST', {
        body: plainBody('نص الخبر'),
        summary: 'ملخص الخبر',
        title: 'خبر مترجم إلى الإنجليزية',
      })
      const id = created.body.doc.id as number
      await restFromPage(page, `/articles/${id}?draft=true&locale=en`, 'PATCH', {
        body: plainBody('The story'),
        summary: 'The summary',
        title: 'A translated story',
      })
      await page.goto(`${server.url}/admin/collections/articles/${id}?locale=ar`)
      const english = page.locator('[data-workflow-panel] [data-translation="en"]')
      await english.waitFor()
      expect(await english.getAttribute('data-translation-status')).toBe('complete')
      let reloaded = false
      page.once('load', () => {
        reloaded = true
      })
      await page.fill('#field-title', 'خبر مترجم إلى الإنجليزية بعد تعديله')
      await page.locator('#action-save-draft').click()
      await page
        .locator(
          '[data-workflow-panel] [data-translation="en"][data-translation-status="outdated"]',
        )
        .waitFor()
      expect(reloaded).toBe(false)
    }, 90_000)

    it('finds in lists and pickers what Arabic writers type: الامنية, اسبانيا, وانج', async () => {
      const page = pages.reviewer
      await page.goto(`${server.url}/admin/collections/articles`)
      await page.locator('.search-filter__input').fill('الامنية')
      await page.locator('tbody tr', { hasText: 'الأمنية' }).first().waitFor()
      await page.goto(`${server.url}/admin/collections/people?search=${encodeURIComponent('وانج')}`)
      await page.locator('tbody tr', { hasText: 'وانغ شياو هونغ' }).waitFor()
      await page.goto(
        `${server.url}/admin/collections/countries?search=${encodeURIComponent('اسبانيا')}`,
      )
      await page.locator('tbody tr', { hasText: 'إسبانيا' }).waitFor()
      // The relationship pickers show what the server found, however it was spelled.
      const author = pages.author
      await author.goto(`${server.url}/admin/collections/articles/create`)
      for (const [field, typed, label] of [
        ['countries', 'اسبانيا', 'إسبانيا'],
        ['organizations', 'اكاديمية الشرطه', 'أكاديمية الشرطة'],
      ] as const) {
        await author.locator(`#field-${field} .rs__input`).fill(typed)
        await author.locator('.rs__option', { hasText: label }).first().waitFor()
        await author.keyboard.press('Escape')
      }
      // And what it found by an alias the title lacks: وانج is in the alias «وانج شيا هونج» of
      // «وانغ شياو هونغ», not in his name. محمد جاد, offered for the search before, is not for وانج.
      const people = author.locator('#field-people')
      await people.locator('.rs__input').fill('محمد جاد')
      const gad = author.locator('.rs__option', { hasText: 'محمد جاد' })
      await gad.first().waitFor()
      await people.locator('.rs__input').fill('وانج')
      const wang = author.locator('.rs__option', { hasText: 'وانغ شياو هونغ' })
      await wang.first().waitFor()
      expect(await gad.count()).toBe(0)
      await wang.first().click()
      await people.locator('.multi-value', { hasText: 'وانغ شياو هونغ' }).waitFor()
    }, 90_000)

    it('shows a refused draft save on the nested field, in a page and in a drawer, until the editor mends it', async () => {
      const page = pages.author
      const HEAD_NOT_MEMBER = 'يجب أن يكون رئيس الوفد أحد أعضائه.'
      const pick = async (form: Locator, field: string, typed: string, label: string) => {
        await form.locator(`#field-${field} .rs__input`).fill(typed)
        await page.locator('.rs__option', { hasText: label }).first().click()
      }
      /** Fills a delegation whose head is not among its members in `form`, saves it and waits for the refusal. */
      const saveHeadOutsideMembers = async (form: Locator) => {
        await form.locator('#field-name').fill('وفد رئيسه من خارجه')
        await pick(form, 'members', 'محمد جاد', 'محمد جاد')
        await pick(form, 'head__person', 'وانغ', 'وانغ شياو هونغ')
        await form.locator('#action-save-draft').click()
        const toast = page.locator('[data-sonner-toast]', { hasText: 'رئيس الوفد › الشخص' }).last()
        await toast.waitFor()
        expect(await toast.innerText()).not.toMatch(/[A-Za-z]/)
        // On the field itself, in the form's language, and still there once the form has settled.
        const refused = form.locator('#field-head__person.error')
        await refused
          .locator('.field-error', { hasText: HEAD_NOT_MEMBER })
          .waitFor({ state: 'attached' })
        let formStates = 0
        const countFormStates = (request: Request) => {
          if (request.method() === 'POST' && request.headers()['next-action']) formStates += 1
        }
        page.on('request', countFormStates)
        await page.waitForTimeout(3_000)
        page.off('request', countFormStates)
        // The form does not ask for its state again and again (the loop a merely client-side fix made).
        expect(formStates).toBeLessThanOrEqual(1)
        expect(await refused.count()).toBe(1)
        return refused
      }
      /**
       * Runs `save` as on a busy machine, where a form state asked for before the refusal, without
       * validation, lands after it: it made the field valid again for good, once after React had
       * shown the refusal and once so soon after it that React rendered both at once (lost in 3 of
       * 12 runs so). The CPU runs six times slower, and the form states asked for while the form
       * is filled are held back until 10 ms after the refusal has reached the page.
       */
      const onABusyMachine = async <T>(save: () => Promise<T>): Promise<T> => {
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
        const held: { response: APIResponse; route: Route }[] = []
        let holding = true
        await page.route('**/*', async (route) => {
          const request = route.request()
          if (request.method() !== 'POST') return route.continue()
          if (request.headers()['next-action']) {
            if (!holding) return route.continue()
            held.push({ response: await route.fetch(), route })
            return
          }
          if (!new URL(request.url()).pathname.startsWith('/api/delegations'))
            return route.continue()
          const response = await route.fetch()
          holding = false
          await route.fulfill({ response })
          await page.waitForTimeout(10)
          // One the form has meanwhile aborted (a newer form state replaced it) is dropped.
          for (const stale of held.splice(0))
            await stale.route.fulfill({ response: stale.response }).catch(() => undefined)
        })
        return save().finally(async () => {
          await page.unrouteAll({ behavior: 'wait' })
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
        })
      }
      await page.goto(`${server.url}/admin/collections/delegations/create`)
      const form = page.locator('form').first()
      const refused = await onABusyMachine(() => saveHeadOutsideMembers(form))
      // Mended: a member heads the delegation; the error leaves the field and the draft saves.
      await pick(form, 'head__person', 'محمد جاد', 'محمد جاد')
      await refused.waitFor({ state: 'detached' })
      await form.locator('#action-save-draft').click()
      await page.waitForURL(/\/admin\/collections\/delegations\/\d+/)

      await page.goto(`${server.url}/admin/collections/articles/create`)
      await page
        .locator('[id$="delegations-add-new"] .relationship-add-new__add-button')
        .first()
        .click()
      const drawer = page.locator('.doc-drawer.drawer--is-open')
      await drawer.locator('#field-name').waitFor()
      await onABusyMachine(() => saveHeadOutsideMembers(drawer))
    }, 120_000)

    it('fits the list with its bulk steps and the dashboard at 390 px, without sideways scroll', async () => {
      const page = await signIn('editor', { height: 844, width: 390 })
      await page.goto(`${server.url}/admin/collections/articles`)
      // One row (select-all skips the article another user has open). A click before the list
      // has hydrated is undone by it: click until the selection holds.
      const row = page.locator('tr', { hasText: 'دفعة نشر من القائمة ٣' })
      const select = row.locator('input[type="checkbox"]')
      for (let attempt = 0; attempt < 40 && !(await select.isChecked()); attempt += 1) {
        await select.click()
        await page.waitForTimeout(250)
      }
      await page.locator('[data-bulk-transition]').first().waitFor()
      await page.screenshot({ path: path.join(SCREENSHOTS, 'workflow-bulk-390.png') })
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.goto(`${server.url}/admin`)
      await page.locator('[data-workflow-queue]').waitFor()
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    }, 60_000)

    it('shows the month’s calendar in Arabic and schedules an approved article from a day', async () => {
      const SCHEDULED = 'مقال يُجدول من التقويم'
      const id = await bilingualArticle(SCHEDULED)
      await restFromPage(pages.author, `/articles/${id}/workflow`, 'POST', { transition: 'submit' })
      await restFromPage(pages.reviewer, `/articles/${id}/workflow`, 'POST', {
        transition: 'approve',
      })
      const now = new Date()
      const tomorrow = dayKey(addDays(now, 1))

      const page = pages.editor
      await page.setViewportSize({ height: 900, width: 1280 })
      await page.goto(`${server.url}/admin`)
      // The navigation stays as the user left it (closed, at phone width, by an earlier test).
      await page.locator('aside.nav--nav-hydrated').waitFor({ state: 'attached' })
      if ((await page.locator('aside.nav--nav-open').count()) === 0)
        await page.locator('button.nav-toggler').first().click()
      await page.locator('[data-calendar-link]').click()
      await page.waitForURL(/\/admin\/calendar$/)
      expect(await page.locator('[data-calendar] h1').textContent()).toBe('التقويم')
      // In the admin's frame: the header with its bell, as on every admin page.
      await page.locator('[data-notification-bell]').waitFor()
      // The week starts on Saturday, as Arabic calendars do; the article published earlier is on its day.
      expect(await page.locator('.jusur-calendar__weekday').first().textContent()).toBe('السبت')
      const { body: published } = await restFromPage(
        page,
        `/articles/${articleURL.split('/').at(-1)}`,
      )
      const publishedOn = new Date(published.lastPublishedAt)
      // Published last month, if the month turned since (a run across midnight on its last day).
      const earlier = publishedOn.getMonth() !== now.getMonth()
      if (earlier) await page.locator('[data-calendar-nav="previous"]').click()
      await page
        .locator(`[data-calendar-day="${dayKey(publishedOn)}"] [data-kind="published"]`, {
          hasText: TITLE,
        })
        .waitFor()
      if (earlier) await page.locator('[data-calendar-nav="today"]').click()

      await page.locator(`[data-calendar-schedule="${tomorrow}"]`).click()
      const dialog = page.locator(`[data-schedule-dialog="${tomorrow}"]`)
      await dialog.locator('[data-schedule-item] option', { hasText: SCHEDULED }).waitFor({
        state: 'attached',
      })
      await dialog.locator('[data-schedule-item]').selectOption({ label: SCHEDULED })
      await dialog.locator('[data-schedule-time]').fill('10:30')
      await dialog.locator('[data-schedule-confirm]').click()
      const scheduled = page.locator(
        `[data-calendar-day="${tomorrow}"] [data-calendar-item="articles:${id}"][data-kind="scheduled"]`,
      )
      await scheduled.waitFor()
      const { body } = await restFromPage(page, `/articles/${id}/workflow`)
      expect(body.state).toBe('scheduled')
      expect(Date.parse(body.publishAt)).toBe(
        new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 30).getTime(),
      )
      await restFromPage(page, `/articles/${id}/workflow`, 'POST', { transition: 'unschedule' })

      // Filters: without the scheduled kind, the item goes; the week view has seven days.
      await page.locator('[data-calendar-kind="scheduled"]').uncheck()
      await scheduled.waitFor({ state: 'detached' })
      await page.locator('[data-calendar-switch="week"]').click()
      await expect(page.locator('[data-calendar-day]').count()).resolves.toBe(7)
      await page.locator('[data-calendar-switch="month"]').click()
      await page.setViewportSize({ height: 844, width: 390 })
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'calendar-390.png') })
      await page.setViewportSize({ height: 900, width: 1280 })
      await page.screenshot({ path: path.join(SCREENSHOTS, 'calendar-1280.png') })
    }, 90_000)

    it('made no API request in the whole session that answered 404 (the admin preferences included)', () => {
      expect(notFound).toEqual([])
    })
  },
)
