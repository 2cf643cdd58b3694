import fs from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import type { Requirement } from './requirements'

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumRequirement = (): Requirement => ({
  available: fs.existsSync(CHROMIUM_PATH),
  howToGet: 'apt-get install -y chromium, or set CHROMIUM_PATH',
  name: 'Chromium',
})

/**
 * Headless Chromium (Playwright gives each launch a fresh temporary profile).
 * The flags keep it from calling home: this machine has no network, and the
 * tests check that the admin makes no request off the machine.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    executablePath: CHROMIUM_PATH,
    headless: true,
  })

/** How far the page scrolls sideways; 0 means no horizontal scrollbar. */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return root.scrollWidth - root.clientWidth
  })

/** Signs the demo user with `role` in to the admin at `serverUrl`, on `page`, and waits for the dashboard. */
export const signInToAdmin = async (page: Page, serverUrl: string, role: string): Promise<void> => {
  await page.goto(`${serverUrl}/admin/login`)
  await page.fill('#field-email', `${role}@jusur.demo`)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
}

/**
 * A new browser session (its own cookies) of the demo user with `role`, whose
 * browser asks for Arabic, signed in to the admin at `serverUrl`, at `viewport`.
 */
export const signedInPage = async (
  browser: Browser,
  serverUrl: string,
  role: string,
  viewport: { height: number; width: number },
): Promise<Page> => {
  const context = await browser.newContext({ locale: 'ar-EG', viewport })
  const page = await context.newPage()
  await signInToAdmin(page, serverUrl, role)
  return page
}

/** A REST call from `page`, with its user's session, as the admin makes them: the status and the JSON body. */
export const restFromPage = (page: Page, path: string, method = 'GET', body?: unknown) =>
  page.evaluate(
    async (call) => {
      const response = await fetch(`/api${call.path}`, {
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: call.method,
      })
      return { body: (await response.json()) as Record<string, any>, status: response.status }
    },
    { body, method, path },
  )
