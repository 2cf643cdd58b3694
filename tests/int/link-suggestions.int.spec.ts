import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { MAX_TEXT_LENGTH } from '../../src/linking/endpoint'
import { seedDemoContent } from '../../src/seed'
import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { REPORT_ARTICLE } from '../../src/seed/report-article'
import { apiClient } from '../helpers/api'
import {
  describeIntegration,
  PROJECT_ROOT,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/** The original report where it is beside the project (CI has it); otherwise our Arabic article says the same. */
const ORIGINAL = path.resolve(PROJECT_ROOT, '../shared/seed/cooperation-report.ar.txt')
const reportText = fs.existsSync(ORIGINAL)
  ? fs.readFileSync(ORIGINAL, 'utf8')
  : REPORT_ARTICLE.ar.body.join('\n').replace(/\[\[([^|\]]+)\|[^\]]+\]\]/g, '$1')

type Suggestion = {
  collection: string
  id: number
  matches: { end: number; start: number; text: string }[]
  title: string
}

describeIntegration('link suggestions', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let token: string

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    await seedDemoContent(ctx.payload)
    token = await api.login('author@jusur.demo', DEMO_PASSWORD)
  }, SEEDING_TIMEOUT_MS)
  afterAll(() => ctx?.stop())

  const suggest = async (text: string, locale?: string) => {
    const response = await api.request('POST', '/link-suggestions', {
      body: { locale, text },
      token,
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { suggestions: Suggestion[] }).suggestions
  }

  it(`finds the ministers, organizations and countries of the report (${fs.existsSync(ORIGINAL) ? 'original text' : 'our article'})`, async () => {
    const suggestions = await suggest(reportText, 'en')
    const titles = suggestions.map((s) => `${s.collection}: ${s.title}`)
    expect(titles).toEqual(
      expect.arrayContaining([
        'people: Mahmoud Tawfik',
        'people: Wang Xiaohong',
        'people: Bachir Diallo',
        'people: Bankole Adeoye',
        'people: Mohamed Gad',
        'people: Ashraf Swelam',
        'organizations: Police Academy (Egypt)',
        'organizations: Police Research Center',
        'organizations: African Union Peace and Security Council',
        'organizations: United Nations',
        "countries: People's Republic of China",
        'countries: Egypt',
        'countries: Guinea',
        'countries: Italy',
      ]),
    )
    // Every position points at the words that were matched.
    for (const suggestion of suggestions) {
      for (const match of suggestion.matches)
        expect(reportText.slice(match.start, match.end)).toBe(match.text)
    }
  })

  it('matches spellings, diacritics and prefixes that differ from the stored name', async () => {
    const text = 'التقى «وانج شيا هونج» والسفير بانكولى أدوى، ومُحمد جاد، في بكين مع الجانب الصينى.'
    const suggestions = await suggest(text, 'ar')
    const byTitle = Object.fromEntries(
      suggestions.map((s) => [s.title, s.matches.map((m) => m.text)]),
    )
    expect(byTitle['وانغ شياو هونغ']).toEqual(['وانج شيا هونج'])
    expect(byTitle['بانكولي أديوي']).toEqual(['بانكولى أدوى'])
    // A match spans whole words, a leading conjunction included.
    expect(byTitle['محمد جاد']).toEqual(['ومُحمد جاد'])
    expect(byTitle['الصين']).toEqual(['الصينى'])
    // In order of first mention.
    expect(suggestions[0]!.title).toBe('وانغ شياو هونغ')
  })

  it('finds English names in English text', async () => {
    const suggestions = await suggest('Bachir Diallo met Egypt’s minister of the interior.', 'en')
    expect(suggestions.map((s) => s.title)).toEqual(['Bachir Diallo', 'Egypt'])
  })

  it('refuses anonymous callers and bad input with clear messages', async () => {
    const anonymous = await api.request('POST', '/link-suggestions', { body: { text: 'مصر' } })
    expect(anonymous.status).toBe(401)
    for (const [body, status, message] of [
      [{}, 400, /text/],
      [{ text: '   ' }, 400, /text/],
      [{ locale: 'fr', text: 'مصر' }, 400, /"ar" or "en"/],
      [{ text: 'ا'.repeat(MAX_TEXT_LENGTH + 1) }, 413, /longer than/],
    ] as const) {
      const response = await api.request('POST', '/link-suggestions', {
        body,
        headers: { 'accept-language': 'en' },
        token,
      })
      expect(response.status).toBe(status)
      expect((await response.json()).errors[0].message).toMatch(message)
    }
    const arabic = await api.request('POST', '/link-suggestions', { body: {}, token })
    expect((await arabic.json()).errors[0].message).toBe('أرسل النص في الحقل text.')
  })
})
