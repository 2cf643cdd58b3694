import { afterAll, beforeAll, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'

import type { Field } from 'payload'

import { correctionField, recordFields } from '../../plugins/editorial-workflow/src/record-fields'
import { COLLECTIONS } from '../../src/config/collections'
import { CONTENT_LOCALES } from '../../src/settings/localization'
import {
  chromiumRequirement,
  horizontalOverflow,
  launchChromium,
  restFromPage,
  signedInPage,
} from '../helpers/browser'
import { plainBody } from '../helpers/content'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'

/**
 * The issue: an author, a reviewer, the editor-in-chief and a translator work
 * a day in the Arabic admin without meeting English or broken Arabic, and the
 * admin fits a phone. Each role signs in with the admin in Arabic and visits
 * every screen it uses: the dashboard with its bell menu, each collection's
 * list, create view (where the role may create) and the edit view of an
 * existing document, the versions of a workflow document and a comparison of
 * two, the calendar and the account; the author also opens the workflow
 * panel's submit dialog, a relationship picker's menu and a “create new”
 * drawer, the reviewer the dialog sending a document back. On each screen the
 * page's text (document.body.innerText, the tab's title, and the aria-label,
 * title, placeholder and value of visible elements) is read, and every string
 * with a Latin letter that is not the documents' own content (or one of the
 * few things listed below) is a finding, as is broken Arabic: a stringified
 * object, an unfilled placeholder, “undefined”/“null”, empty parentheses.
 *
 * The reviewer works at 390×844, where no screen may scroll sideways. Other
 * suites already check that for the dashboard (editor, translator), the
 * articles list and an article's edit view (workflow, admin-dates,
 * public-record, releases), the calendar and the versions view; this pass adds
 * the reviewer's dashboard and every other collection's list and edit view.
 */

type Role = 'author' | 'editor' | 'reviewer' | 'translator'
type Seen = { source: string; text: string }
type Doc = Record<string, unknown> & { id: number | string }

/** A part of a string that is not a finding: `pattern` (global) is cut out before Latin letters are looked for. */
type Allowance = {
  pattern: RegExp
  /** Only in strings read from this source (`text`, or an attribute's name). */
  source?: string
}

/**
 * What may be written in Latin letters in the Arabic admin besides the
 * documents' content, each as narrowly as it can be said.
 */
const ALLOWED: Allowance[] = [
  // The brand, only where it stands beside its Arabic name («جسور Jusur», as the logo and tab title write it).
  { pattern: /جسور Jusur/g },
  // E-mail addresses (the users' own, in lists and pickers).
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  // File names of uploads.
  { pattern: /[\w.-]+\.(?:png|jpe?g|gif|webp|svg|pdf)\b/gi },
  // An upload's media type, a stored code (its `mimeType`), as Payload's file details show it.
  { pattern: /\b(?:image|video|audio|application)\/[\w.+-]+/g, source: 'text' },
  // The notifications' keyboard shortcut, named by its keys as keyboards print them («الإشعارات (alt+T)»).
  { pattern: /\(alt\+T\)$/g, source: 'aria-label' },
]

/** Broken Arabic, whatever the script: what a missing value or translation leaves on the screen. */
const BROKEN: [RegExp, string][] = [
  [/\[object Object\]/, 'a stringified object'],
  [/\{\{|\}\}/, 'an unfilled placeholder'],
  [/\b(?:undefined|null|NaN)\b/, 'a missing value'],
  [/\(\s*\)/, 'empty parentheses'],
  [/\b[a-z][\w-]*:[a-z][\w-]*(?::[a-z][\w-]*)?\b/, 'an i18n key'],
]

/**
 * The content fields of the workflow's releases (plugins/editorial-workflow/src/releases.ts), the one
 * collection of content the plugin adds; the public record's fields it adds to the others come from
 * record-fields.ts itself.
 */
const RELEASES: { fields: Field[]; slug: string } = {
  fields: [
    { name: 'title', type: 'text' },
    { name: 'note', type: 'textarea' },
  ],
  slug: 'releases',
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text, textarea, e-mail and code fields' values, and the words of rich text, in `data` as `fields` declare them. */
const contentOf = (fields: Field[], data: unknown, found: Set<string>): void => {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  const words = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { children, text } = node as { children?: unknown[]; text?: unknown }
    if (typeof text === 'string') found.add(text.trim())
    children?.forEach(words)
  }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        contentOf(tab.fields, 'name' in tab && tab.name ? record[tab.name] : data, found)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) contentOf(field.fields, data, found)
      continue
    }
    const value = record[field.name]
    if (['code', 'email', 'text', 'textarea'].includes(field.type))
      for (const each of [value].flat()) if (typeof each === 'string') found.add(each.trim())
    if (field.type === 'richText') words((value as { root?: unknown } | null)?.root)
    if (field.type === 'group') contentOf(field.fields, value, found)
    if (field.type === 'array' && Array.isArray(value))
      for (const row of value) contentOf(field.fields, row, found)
  }
}

/**
 * Everything a screen shows or says to a screen reader: the page's text
 * (innerText, by line), its title in the tab, and the aria-label, title, placeholder
 * and value of the elements that are rendered. Told apart: the title of a
 * link suggestion, which quotes the words of the document it found
 * («excerpt»: src/linking/admin/link-suggestions.tsx).
 */
const readScreen = (page: Page): Promise<Seen[]> =>
  page.evaluate(() => {
    const seen: { source: string; text: string }[] = [{ source: 'tab', text: document.title }]
    for (const line of document.body.innerText.split('\n'))
      if (line.trim()) seen.push({ source: 'text', text: line.trim() })
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility({ checkVisibilityCSS: true })) continue
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const text = element.getAttribute(name)?.trim()
        if (!text) continue
        const excerpt = name === 'title' && element.closest('[data-suggestion]') !== null
        seen.push({ source: excerpt ? 'excerpt' : name, text })
      }
      if (
        (element instanceof HTMLInputElement && ['', 'text', 'email'].includes(element.type)) ||
        element instanceof HTMLTextAreaElement
      )
        if (element.value.trim()) seen.push({ source: 'value', text: element.value.trim() })
    }
    return seen
  })

describeIfAvailable(chromiumRequirement())(
  'the Arabic admin for each editorial role, screen by screen',
  () => {
    let server: RunningServer
    let browser: Browser
    const pages = {} as Record<Role, Page>
    /** A document of the demo content by collection (the first it seeded), to open its edit view. */
    const existing: Record<string, number | string | undefined> = {}
    /** The documents' own content with a Latin letter, longest first. */
    let content: string[] = []
    /** The same, each as a pattern that does not cut a word in two. */
    let contentPatterns: RegExp[] = []
    const ids = { article: 0, draft: 0, media: 0 }
    /** What the reviewer's screens scroll sideways at 390 px, by screen. */
    const overflow: Record<string, { cutOff: string[]; pixels: number; sticksOut: string[] }> = {}

    const url = (path: string) => `${server.url}/admin${path}`

    /** A REST call from `role`'s session that must succeed; its body. */
    const api = async (role: Role, path: string, method = 'GET', body?: unknown) => {
      const reply = await restFromPage(pages[role], path, method, body)
      if (reply.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(reply.body)}`)
      return reply.body
    }

    /** What of `seen` is not explained by the content or the allowances: a finding, with why. */
    const findingsOf = (screen: string, seen: Seen[]): string[] =>
      seen.flatMap(({ source, text }) => {
        const where = `${screen} · ${source}: ${text}`
        const broken = BROKEN.find(([pattern]) => pattern.test(text))
        if (broken) return [`${where} (${broken[1]})`]
        // An excerpt is explained by the content it is a part of, each of its parts.
        let rest =
          source === 'excerpt'
            ? text
                .split(' · ')
                .filter((part) => !content.some((value) => value.includes(part)))
                .join(' · ')
            : text
        for (const allowance of ALLOWED)
          if (!allowance.source || allowance.source === source)
            rest = rest.replace(allowance.pattern, ' ')
        for (const value of contentPatterns)
          if (/[A-Za-z]/.test(rest)) rest = rest.replace(value, ' ')
        return /[A-Za-z]/.test(rest) ? [`${where} (Latin letters: «${rest.trim()}»)`] : []
      })

    /**
     * Waits until the screen has hydrated, its unkeyed English has been written in the admin's
     * language (UnkeyedEnglish), and it has loaded what it fetches after (the workflow panel,
     * the queues, the bell).
     */
    const settle = async (page: Page) => {
      await page.locator('html[data-texts-localized]').waitFor({ state: 'attached' })
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
      await page
        .locator('.shimmer-effect, [data-loading="true"]')
        .first()
        .waitFor({ state: 'detached', timeout: 5_000 })
        .catch(() => undefined)
    }

    /** Reads the screen `page` shows as `screen`; at phone width, also how far it scrolls sideways. */
    const audit = async (page: Page, screen: string, found: string[]) => {
      await settle(page)
      found.push(...findingsOf(screen, await readScreen(page)))
      if (page.viewportSize()?.width !== 390) return
      // Measured at rest: once more after a second if the screen was still laying itself out.
      if ((await horizontalOverflow(page)) > 0) await page.waitForTimeout(1_000)
      const pixels = await horizontalOverflow(page)
      // What reaches past the screen's edges, not clipped by a box of its own, to say what to mend.
      const sticksOut = (): string[] =>
        [...document.querySelectorAll('body *')]
          .filter((element) => {
            const box = element.getBoundingClientRect()
            if (box.width === 0 || (box.left >= -1 && box.right <= innerWidth + 1)) return false
            for (
              let around = element.parentElement;
              around && around !== document.body;
              around = around.parentElement
            )
              if (getComputedStyle(around).overflowX !== 'visible') return false
            return true
          })
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
      // What is cut off inside a box that scrolls by itself with no scrollbar: an edit view's meta strip.
      const cutOff = await page.locator('.doc-controls__meta > li').evaluateAll((items) =>
        items
          .filter((item) => {
            const box = item.getBoundingClientRect()
            return box.width > 0 && (box.left < -1 || box.right > innerWidth + 1)
          })
          .map((item) => (item as HTMLElement).innerText),
      )
      overflow[screen] = {
        cutOff,
        pixels,
        sticksOut: pixels > 0 ? await page.evaluate(sticksOut) : [],
      }
    }

    const visit = async (page: Page, path: string, found: string[], screen = path) => {
      await page.goto(url(path))
      await audit(page, screen, found)
    }

    /** The collections in `role`'s navigation, and which of them it may create in. */
    const collectionsOf = async (role: Role) => {
      const page = pages[role]
      await page.goto(url(''))
      const links = await page
        .locator('nav a[href*="/admin/collections/"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
      const slugs = [...new Set(links.map((href) => href.split('/').at(3)!))]
      const permissions = (await api(role, '/access')) as {
        collections: Record<string, { create?: boolean }>
      }
      return slugs.map((slug) => ({ create: Boolean(permissions.collections[slug]?.create), slug }))
    }

    /** Every screen `role` uses, then the role's own (`more`); the findings. */
    const dayOf = async (role: Role, more?: (found: string[]) => Promise<void>) => {
      const page = pages[role]
      const found: string[] = []
      // A translator edits the English text: its edit views in English, the admin still in Arabic.
      const edit = role === 'translator' ? '?locale=en' : '?locale=ar'
      // Each user reads only their own notifications.
      const { docs: inbox } = (await api(role, '/workflow-notifications?depth=0&limit=1')) as {
        docs: Doc[]
      }
      const docOf = (slug: string) =>
        slug === 'workflow-notifications' ? inbox[0]?.id : existing[slug]
      await visit(page, '', found, 'dashboard')
      await page.locator('[data-notification-bell] button').click()
      await page.locator('[data-notification-list]').waitFor()
      await audit(page, 'dashboard, bell menu', found)
      await page.keyboard.press('Escape')
      for (const { create, slug } of await collectionsOf(role)) {
        await visit(page, `/collections/${slug}`, found)
        if (create) await visit(page, `/collections/${slug}/create`, found)
        const id = docOf(slug)
        if (id !== undefined) await visit(page, `/collections/${slug}/${id}${edit}`, found)
      }
      await visit(page, `/collections/articles/${ids.article}/versions`, found)
      await page.locator('[data-workflow-versions] [data-version-row] a').first().click()
      await page.waitForURL(/\/versions\/\w+/)
      await audit(page, 'versions comparison', found)
      await visit(page, '/calendar', found)
      await visit(page, '/account', found)
      await more?.(found)
      return found
    }

    /** The author's own screens: the submit dialog, a relationship picker's menu, a “create new” drawer. */
    const authorsOwn = async (found: string[]) => {
      const page = pages.author
      await page.goto(url(`/collections/articles/${ids.draft}`))
      await page.locator('[data-workflow-panel] [data-transition="submit"]').click()
      const dialog = page.locator('[data-transition-dialog="submit"]')
      await dialog.locator('select[name="assignee"] option').nth(1).waitFor({ state: 'attached' })
      await audit(page, 'articles, submit dialog', found)
      await page.goto(url('/collections/articles/create'))
      await page.locator('#field-countries .rs__input').click()
      await page.locator('.rs__option').first().waitFor()
      await audit(page, 'articles, create, picker menu', found)
      await page.keyboard.press('Escape')
      await page
        .locator('[id$="delegations-add-new"] .relationship-add-new__add-button')
        .first()
        .click()
      await page.locator('.doc-drawer.drawer--is-open #field-name').waitFor()
      await audit(page, 'articles, create, new delegation drawer', found)
    }

    /** The reviewer's own: the dialog sending an article in review back to its author. */
    const reviewersOwn = async (found: string[]) => {
      const page = pages.reviewer
      await page.goto(url(`/collections/articles/${existing.articlesInReview}`))
      await page.locator('[data-workflow-panel] [data-transition="request_changes"]').click()
      await page.locator('[data-transition-dialog="request_changes"]').waitFor()
      await audit(page, 'articles, request changes dialog', found)
    }

    /** Each role's day, all four at once (one page each): the findings, or what stopped the day. */
    const days = {} as Record<Role, Promise<{ error: unknown } | { found: string[] }>>
    const findingsOfDay = async (role: Role) => {
      const day = await days[role]
      if ('error' in day) throw day.error
      return day.found
    }

    beforeAll(async () => {
      server = await startProductionServer()
      browser = await launchChromium()
      for (const role of ['author', 'editor', 'reviewer', 'translator'] as const)
        pages[role] = await signedInPage(browser, server.url, role, {
          height: role === 'reviewer' ? 844 : 900,
          width: role === 'reviewer' ? 390 : 1280,
        })

      // A draft for the submit dialog, and an article taken through review to publication,
      // so that the history, the notifications and the feed of public changes have entries.
      const created = async (title: string, summary: string, body?: string) =>
        (
          (await api('author', '/articles?draft=true&locale=ar', 'POST', {
            ...(body && { body: plainBody(body) }),
            summary,
            title,
          })) as { doc: Doc }
        ).doc.id as number
      ids.draft = await created('مسودة للتدقيق اللغوي', 'ملخص مسودة التدقيق')
      ids.article = await created('مقال يمر بمسار التحرير كله', 'ملخص مقال التدقيق', 'نص المقال')
      await api('author', `/articles/${ids.article}?draft=true&locale=en`, 'PATCH', {
        body: plainBody('The text of the audited article'),
        summary: 'The summary of the audited article',
        title: 'An article taken through the whole workflow',
      })
      // An image, for the media's edit view (the demo content has none).
      const png = await sharp({
        create: { background: '#1f4e79', channels: 3, height: 30, width: 40 },
      })
        .png()
        .toBuffer()
      ids.media = await pages.author.evaluate(
        async ({ bytes, name }) => {
          const form = new FormData()
          form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
          form.append('_payload', JSON.stringify({ alt: 'صورة للتدقيق اللغوي' }))
          const response = await fetch('/api/media', { body: form, method: 'POST' })
          return ((await response.json()) as { doc: { id: number } }).doc.id
        },
        { bytes: [...png], name: `arabic-admin-${crypto.randomUUID().slice(0, 8)}.png` },
      )
      for (const [role, transition] of [
        ['author', 'submit'],
        ['reviewer', 'approve'],
        ['editor', 'publish'],
      ] as const)
        await api(role, `/articles/${ids.article}/workflow`, 'POST', { transition })

      // The documents' content, in both languages, as the editor-in-chief reads it: what is allowed;
      // and the first document of each collection the demo content seeded, to open.
      const found = new Set<string>()
      const record = [correctionField(() => true), ...recordFields()]
      for (const collection of [...COLLECTIONS, RELEASES])
        for (const locale of CONTENT_LOCALES) {
          const { body, status } = await restFromPage(
            pages.editor,
            `/${collection.slug}?depth=0&draft=true&pagination=false&sort=createdAt&locale=${locale}`,
          )
          // What the editor-in-chief may not read (API consumers and their usage) no editorial role sees.
          if (status === 403) continue
          const docs = (body as { docs: Doc[] }).docs
          existing[collection.slug] ??= docs[0]?.id
          for (const doc of docs) contentOf([...collection.fields, ...record], doc, found)
        }
      // The demo's article in review, for the reviewer, and the history and feed's latest entries.
      const inReview = (await api(
        'editor',
        '/articles?depth=0&draft=true&sort=createdAt&where[workflowState][equals]=in_review',
      )) as { docs: Doc[] }
      existing.articlesInReview = inReview.docs[0]!.id
      for (const slug of ['workflow-events', 'public-changes']) {
        const { docs } = (await api('editor', `/${slug}?depth=0&limit=1`)) as { docs: Doc[] }
        existing[slug] = docs[0]?.id
      }
      content = [...found]
        .filter((text) => /[A-Za-z]/.test(text))
        .sort((a, b) => b.length - a.length)
      // A value that begins or ends with a letter must not be taken out of a longer word («UN» of «UNDO»).
      contentPatterns = content.map(
        (text) =>
          new RegExp(
            `${/^[A-Za-z]/.test(text) ? '(?<![A-Za-z])' : ''}${escape(text)}${/[A-Za-z]$/.test(text) ? '(?![A-Za-z])' : ''}`,
            'g',
          ),
      )

      const own: Partial<Record<Role, (found: string[]) => Promise<void>>> = {
        author: authorsOwn,
        reviewer: reviewersOwn,
      }
      for (const role of ['author', 'editor', 'reviewer', 'translator'] as const)
        days[role] = dayOf(role, own[role]).then(
          (found) => ({ found }),
          (error: unknown) => ({ error }),
        )
    }, 300_000)

    afterAll(async () => {
      await Promise.all(Object.values(days))
      // The image's files are kept in the project's media folder, not in the test's database.
      if (ids.media) await restFromPage(pages.editor, `/media/${ids.media}`, 'DELETE')
      await browser?.close()
      await server?.stop()
    })

    it.each([
      [
        'author',
        'the author’s day, its submit dialog, picker menu and “create new” drawer included',
      ],
      ['reviewer', 'the reviewer’s day on a phone, the dialog sending an article back included'],
      ['editor', 'the editor-in-chief’s day'],
      ['translator', 'the translator’s day, the documents in English'],
    ] as [Role, string][])(
      'finds no English and no broken Arabic in %s: %s',
      async (role) => {
        expect(await findingsOfDay(role)).toEqual([])
      },
      300_000,
    )

    it('says in Arabic what Payload, Lexical, sonner and react-select write without a key', async () => {
      await days.author
      const page = pages.author
      /** Every element's accessible name and checkbox tooltip, shown or not, and each modal's naming. */
      const names = () =>
        page.evaluate(() => ({
          checkboxTitles: [...document.querySelectorAll('input[type="checkbox"][title]')].map(
            (box) => [(box as HTMLInputElement).name, box.getAttribute('title')],
          ),
          labels: [...document.querySelectorAll('[aria-label]')].map((element) =>
            element.getAttribute('aria-label')!,
          ),
          modals: [...document.querySelectorAll('[aria-modal="true"]')].map((modal) => ({
            label: modal.getAttribute('aria-label'),
            named: document.getElementById(modal.getAttribute('aria-labelledby') ?? '')
              ?.textContent,
          })),
        }))

      await page.goto(url(`/collections/articles/${ids.article}?locale=ar`))
      await page.locator('.rich-text-lexical [contenteditable="true"]').first().hover()
      await page.locator('.draggable-block-menu').first().waitFor({ state: 'attached' })
      const edit = await names()
      expect(edit.labels).toEqual(expect.arrayContaining(['اسحب للنقل', 'الإشعارات (alt+T)']))
      expect(edit.labels.filter((label) => /^[A-Z][a-z]+ [a-z]/.test(label))).toEqual([])
      // A checkbox's tooltip is its label, never its field's name.
      for (const [name, title] of edit.checkboxTitles) expect(title).not.toBe(name)

      // A relationship picker: what its live region says, and the chip of the option chosen.
      await page.goto(url('/collections/articles/create'))
      await page.locator('#field-countries .rs__input').click()
      await page.locator('.rs__option').first().waitFor()
      const results = /^(?:\d+ (?:نتائج|نتيجة) متاحة|نتيجة واحدة متاحة|نتيجتان متاحتان)\.$/
      // Said once react-select has counted the options: read then, or after 10 s to say what it is.
      await page
        .waitForFunction(
          (source) =>
            new RegExp(source).test(document.querySelector('#aria-results')?.textContent ?? ''),
          results.source,
          { timeout: 10_000 },
        )
        .catch(() => undefined)
      expect(await page.locator('#aria-results').textContent()).toMatch(results)
      expect(await page.locator('#aria-guidance').innerText()).toMatch(/^تنقّل بين الخيارات/)
      const country = await page.locator('.rs__option').first().innerText()
      await page.locator('.rs__option').first().click()
      expect(
        await page
          .locator('#field-countries .relationship--multi-value-label__drawer-toggler')
          .first()
          .getAttribute('aria-label'),
      ).toBe(`تعديل ${country}`)

      // A “create new” drawer is named by its heading, not by its slug.
      await page
        .locator('[id$="delegations-add-new"] .relationship-add-new__add-button')
        .first()
        .click()
      await page.locator('.doc-drawer.drawer--is-open #field-name').waitFor()
      const drawer = await names()
      expect(drawer.modals.length).toBeGreaterThan(0)
      for (const modal of drawer.modals) {
        expect(modal.label).toBeNull()
        expect(modal.named).toMatch(/[\u0600-\u06FF]/)
      }

      // An upload's size and dimensions, in Arabic and in the reader's digits.
      await page.goto(url(`/collections/media/${ids.media}`))
      // Payload separates them with no-break spaces.
      const details = /^[٠-٩]+ بايت\s-\s٤٠×٣٠\s-\simage\/\w+$/
      await page
        .waitForFunction(
          (source) =>
            new RegExp(source).test(
              document.querySelector('.file-meta__size-type')?.textContent ?? '',
            ),
          details.source,
          { timeout: 10_000 },
        )
        .catch(() => undefined)
      expect(await page.locator('.file-meta__size-type').textContent()).toMatch(details)
    }, 120_000)

    it('fits every screen of the reviewer at 390 px, with no sideways scroll and no meta strip cut off', async () => {
      await days.reviewer
      expect(Object.keys(overflow).length).toBeGreaterThan(20)
      expect(Object.entries(overflow).filter(([, { pixels }]) => pixels > 0)).toEqual([])
      expect(Object.entries(overflow).filter(([, { cutOff }]) => cutOff.length > 0)).toEqual([])
      // The edit views were measured: their meta strip has the status and the document's dates.
      expect(
        Object.keys(overflow).filter((screen) => /\/\d+\?locale/.test(screen)).length,
      ).toBeGreaterThan(5)
    })
  },
)
