import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { chromiumRequirement, horizontalOverflow, launchChromium } from '../helpers/browser'
import { bodyLinkingTo, plainBody } from '../helpers/content'
import { describeIfAvailable } from '../helpers/requirements'
import { type RunningServer, startProductionServer } from '../helpers/server'
import { PROJECT_ROOT } from '../helpers/test-payload'

type Json = Record<string, any>
type Role = 'author' | 'editor' | 'reviewer'

const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results')
const WORDS = 'التعاون المائي مع السنغال'

/**
 * A report and the documents it links to, released as one from the admin:
 * the author builds the release from the article's workflow panel, a
 * reviewer approves it, the editor-in-chief publishes it, and anonymous
 * GraphQL readers get the article and its links at once. The author works on
 * a phone-sized screen, in Arabic.
 */
describeIfAvailable(chromiumRequirement())('releases in the admin, in a real browser', () => {
  let server: RunningServer
  let browser: Browser
  const contexts: BrowserContext[] = []
  const pages = {} as Record<Role, Page>
  const tokens = {} as Record<Role, string>
  const fixture = { article: 0, delegation: 0, event: 0 }
  let releaseURL = ''

  /** A REST call as `role` (the author unless told). */
  const api = async (
    path: string,
    method = 'GET',
    body?: Json,
    role: Role = 'author',
  ): Promise<Json> => {
    const token = tokens[role]
    const response = await fetch(`${server.url}/api${path}`, {
      body: body ? JSON.stringify(body) : undefined,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      method,
    })
    expect(response.status).toBeLessThan(300)
    return (await response.json()) as Json
  }

  /** A draft written by the author in Arabic, then in English; its id (a number: links in a body keep its type). */
  const draft = async (collection: string, ar: Json, en: Json): Promise<number> => {
    const { doc } = await api(`/${collection}?draft=true&locale=ar`, 'POST', ar)
    await api(`/${collection}/${doc.id}?draft=true&locale=en`, 'PATCH', en)
    return doc.id as number
  }

  /** The article as anonymous GraphQL readers get it, with its event's title and delegation's name. */
  const publicView = async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query: `{ Article(id: ${fixture.article}, locale: ar) { title events { title }
          mentions { value { ... on Delegation { name } } } } }`,
      }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { data } = (await response.json()) as { data: { Article: Json | null } | null }
    const article = data?.Article
    if (!article) return null
    return {
      events: (article.events ?? []).map((event: Json) => event.title),
      mentions: (article.mentions ?? []).map((mention: Json) => mention.value?.name),
      title: article.title,
    }
  }
  /** What anonymous REST readers get of a document: 200 once it is public. */
  const publicStatus = async (collection: string, id: number) =>
    (await fetch(`${server.url}/api/${collection}/${id}?locale=ar&depth=0`)).status

  const stateOf = (page: Page) =>
    // The first pill is the release's own; its items' follow.
    page
      .locator('[data-workflow-panel] [data-workflow-state]')
      .first()
      .getAttribute('data-workflow-state')

  /** Takes a transition on the release from its panel, confirming its dialog if it has one. */
  const take = async (page: Page, transition: string, expected: string) => {
    await page.goto(releaseURL)
    const reloaded = page.waitForEvent('load', { timeout: 20_000 })
    await page.locator(`[data-workflow-panel] [data-transition="${transition}"]`).click()
    const dialog = page.locator(`[data-transition-dialog="${transition}"]`)
    // A transition that asks first opens its dialog; one that does not reloads the page.
    const asks = await Promise.race([
      dialog.waitFor().then(
        () => true,
        () => false,
      ),
      reloaded.then(
        () => false,
        () => false,
      ),
    ])
    if (asks) await dialog.locator('[data-confirm-transition]').click()
    // A refusal leaves the page as it is, saying why in a toast.
    await reloaded.catch(async () => {
      const toasts = await page.locator('[data-sonner-toast]').allInnerTexts()
      throw new Error(`${transition} did not go through: ${toasts.join(' | ')}`)
    })
    await page.locator('[data-release-items]').waitFor()
    expect(await stateOf(page)).toBe(expected)
  }

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    for (const role of ['author', 'reviewer', 'editor'] as const) {
      const context = await browser.newContext({
        locale: 'ar-EG',
        viewport: role === 'author' ? { height: 844, width: 390 } : { height: 900, width: 1280 },
      })
      contexts.push(context)
      const page = await context.newPage()
      await page.goto(`${server.url}/admin/login`)
      await page.fill('#field-email', `${role}@jusur.demo`)
      await page.fill('#field-password', DEMO_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL(/\/admin\/?$/)
      pages[role] = page
      const login = { email: `${role}@jusur.demo`, password: DEMO_PASSWORD }
      tokens[role] = (await api('/users/login', 'POST', login, role)).token
    }
    fixture.event = await draft(
      'events',
      { kind: 'official_visit', title: `زيارة ${WORDS}` },
      { title: `Visit: water cooperation with Senegal` },
    )
    fixture.delegation = await draft(
      'delegations',
      { direction: 'incoming', name: `وفد ${WORDS}` },
      { name: 'Senegalese water delegation' },
    )
    fixture.article = await draft(
      'articles',
      {
        body: bodyLinkingTo({ relationTo: 'delegations', value: fixture.delegation }, 'الوفد'),
        events: [fixture.event],
        summary: `ملخص ${WORDS}`,
        title: `تقرير ${WORDS}`,
      },
      {
        body: plainBody('Report on water cooperation with Senegal'),
        summary: 'Water cooperation with Senegal',
        title: 'Report: water cooperation with Senegal',
      },
    )
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
  }, 240_000)

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await server?.stop()
  })

  it('lets the author build a release from the article and submit it, in three clicks', async () => {
    expect(await publicView()).toBeNull()
    expect(await publicStatus('events', fixture.event)).not.toBe(200)
    expect(await publicStatus('delegations', fixture.delegation)).not.toBe(200)

    const page = pages.author
    const articleURL = `${server.url}/admin/collections/articles/${fixture.article}`
    await page.goto(articleURL)
    const links = page.locator('[data-unpublished-links] [data-unpublished-link]')
    await links.first().waitFor()
    expect(
      (
        await links.evaluateAll((items) => items.map((item) => item.dataset.unpublishedLink))
      ).sort(),
    ).toEqual([`delegations:${fixture.delegation}`, `events:${fixture.event}`])
    expect(
      await links.locator('[data-workflow-state]').first().getAttribute('data-workflow-state'),
    ).toBe('draft')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    // Click 1: the release, with the article and both links, opens.
    await page.locator('[data-add-to-release]').click()
    await page.waitForURL(/\/admin\/collections\/releases\/\d+/)
    releaseURL = page.url().split('?')[0]
    const items = page.locator('[data-release-items] [data-release-item]')
    await items.first().waitFor()
    const [first, ...others] = await items.evaluateAll((nodes) =>
      nodes.map((node) => node.dataset.releaseItem),
    )
    expect(first).toBe(`articles:${fixture.article}`)
    expect(others.sort()).toEqual([`delegations:${fixture.delegation}`, `events:${fixture.event}`])
    expect(await page.locator('[data-release-blocked] [data-blocker="state"]').count()).toBe(3)
    expect(await page.locator('#field-title').inputValue()).toBe(`تقرير ${WORDS}`)
    expect((await page.getAttribute('html', 'dir'))?.toLowerCase()).toBe('rtl')
    // Titled after the article in both languages, as publication requires.
    const release = await api(`/releases/${releaseURL.split('/').at(-1)}?locale=all&draft=true`)
    expect(release.title).toEqual({
      ar: `تقرير ${WORDS}`,
      en: 'Report: water cooperation with Senegal',
    })
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'release-phone-ar.png') })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    // Clicks 2 and 3: submit, and confirm the dialog.
    const reloaded = page.waitForEvent('load', { timeout: 20_000 })
    await page.locator('[data-workflow-panel] [data-transition="submit"]').click()
    await page.locator('[data-transition-dialog="submit"] [data-confirm-transition]').click()
    await reloaded
    await page.locator('[data-release-items]').waitFor()
    expect(await stateOf(page)).toBe('in_review')
    expect(
      await items
        .locator('[data-workflow-state]')
        .evaluateAll((pills) => pills.map((pill) => pill.dataset.workflowState)),
    ).toEqual(['in_review', 'in_review', 'in_review'])

    // The article now names its release instead of offering another.
    await page.goto(articleURL)
    await page.locator('[data-in-release]').waitFor()
    expect(await page.locator('[data-add-to-release]').count()).toBe(0)
    expect(await page.locator('[data-in-release] a').getAttribute('href')).toBe(
      new URL(releaseURL).pathname,
    )
    expect(await publicView()).toBeNull()
  }, 120_000)

  it('lets a reviewer approve the release; nothing is public yet', async () => {
    await take(pages.reviewer, 'approve', 'approved')
    await pages.reviewer.locator('[data-release-ready]').waitFor()
    expect(await pages.reviewer.locator('[data-release-blocked]').count()).toBe(0)
    expect(await publicView()).toBeNull()
    expect(await publicStatus('events', fixture.event)).not.toBe(200)
  }, 90_000)

  it('lets the editor-in-chief publish it; readers then get the article with both links at once', async () => {
    const page = pages.editor
    await take(page, 'publish', 'published')
    expect(await publicView()).toEqual({
      events: [`زيارة ${WORDS}`],
      mentions: [`وفد ${WORDS}`],
      title: `تقرير ${WORDS}`,
    })
    await page.screenshot({
      fullPage: true,
      path: path.join(SCREENSHOTS, 'release-published-ar.png'),
    })

    await page.goto(`${server.url}/admin/collections/releases?limit=50`)
    const row = page.locator('tr', { hasText: `تقرير ${WORDS}` })
    await expect(row.locator('[data-release-item-count]').textContent()).resolves.toBe('3')
    await expect(
      row.locator('[data-workflow-state]').getAttribute('data-workflow-state'),
    ).resolves.toBe('published')
  }, 90_000)

  it('lets the editor-in-chief publish an article over a link readers cannot see only when accepted with a reason', async () => {
    const seminar = `ندوة ${WORDS}`
    const event = await draft(
      'events',
      { kind: 'official_visit', title: seminar },
      { title: 'Seminar on water cooperation' },
    )
    const article = await draft(
      'articles',
      {
        body: plainBody(`نص ${seminar}`),
        events: [event],
        summary: seminar,
        title: `خبر ${seminar}`,
      },
      { body: plainBody('Seminar'), summary: 'Seminar', title: 'News: the seminar' },
    )
    await api(`/articles/${article}/workflow`, 'POST', { transition: 'submit' })
    await api(`/articles/${article}/workflow`, 'POST', { transition: 'approve' }, 'reviewer')

    const page = pages.editor
    await page.goto(`${server.url}/admin/collections/articles/${article}`)
    await page.locator('[data-unpublished-link]').waitFor()
    await page.locator('[data-workflow-panel] [data-transition="publish"]').click()
    const dialog = page.locator('[data-transition-dialog="publish"]')
    const confirm = dialog.locator('button:has([data-confirm-transition])')
    // Not accepted: the server refuses, naming the link in the admin's language.
    await confirm.click()
    await page.locator('.payload-toast-item', { hasText: seminar }).waitFor()
    expect(await publicStatus('articles', article)).not.toBe(200)

    // Accepted, the reason is required.
    await dialog.locator('input[name="acceptUnpublishedLinks"]').check()
    expect(await confirm.isDisabled()).toBe(true)
    await dialog.locator('textarea[name="comment"]').fill('الندوة تُنشر بعد انعقادها')
    const reloaded = page.waitForEvent('load', { timeout: 20_000 })
    await confirm.click()
    await reloaded
    await page.locator('[data-history-transition="publish"]').waitFor({ state: 'attached' })
    expect(await publicStatus('articles', article)).toBe(200)
    expect(await publicStatus('events', event)).not.toBe(200)
  }, 90_000)
})
