import { describe, expect, it } from '@jest/globals'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { deepMergeSimple } from 'payload/shared'

import { PAYLOAD_ARABIC_CORRECTIONS } from '../../src/i18n/payload-arabic'

type Texts = Record<string, Record<string, string>>

const payloadArabic = ar.translations as unknown as Texts
const english = en.translations as unknown as Texts
const corrections = PAYLOAD_ARABIC_CORRECTIONS as unknown as Texts
const merged = deepMergeSimple(payloadArabic, PAYLOAD_ARABIC_CORRECTIONS) as Texts

const placeholders = (text: string): string[] => [
  ...new Set([...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1]!)),
]

/** Markup the admin renders: numbered tags (<0>, </1>) and HTML (<a href="…">, <br>). */
const MARKUP = /<\/?(?:\d+|[a-z]+)(?:\s[^<>]*)?>/g
const markup = (text: string): string[] => [...text.matchAll(MARKUP)].map(([tag]) => tag).sort()

/** What a reader sees of a text: without its placeholders and markup. */
const prose = (text: string): string => text.replace(MARKUP, '').replace(/\{\{[^}]*\}\}/g, '')

const everyText = (texts: Texts) =>
  Object.entries(texts).flatMap(([group, entries]) =>
    Object.entries(entries).map(([key, text]) => ({ group, key, text })),
  )

/** The merged texts that match, as `group.key: text`. */
const offending = (test: (text: string, group: string) => boolean): string[] =>
  everyText(merged)
    .filter(({ group, text }) => test(text, group))
    .map(({ group, key, text }) => `${group}.${key}: ${text}`)

describe('Payload’s Arabic, as Jusur corrects it', () => {
  it('corrects only texts Payload has, in both languages: an upstream rename fails here', () => {
    for (const { group, key } of everyText(corrections)) {
      expect({ group, key, payload: typeof payloadArabic[group]?.[key] }).toEqual({
        group,
        key,
        payload: 'string',
      })
      expect(typeof english[group]?.[key]).toBe('string')
    }
  })

  it('corrects nothing into what Payload already says: a correction made upstream is dropped here', () => {
    const unchanged = everyText(corrections)
      .filter(({ group, key, text }) => payloadArabic[group]?.[key] === text)
      .map(({ group, key }) => `${group}.${key}`)
    expect(unchanged).toEqual([])
  })

  it('corrects the variants of a count (_one, _other…) together, never one alone', () => {
    const families = new Map<string, { corrected: number; total: number }>()
    for (const { group, key } of everyText(payloadArabic)) {
      const variant = /^(.+)_(zero|one|two|few|many|other|none)$/.exec(key)
      if (!variant) continue
      const family = `${group}.${variant[1]}`
      const counts = families.get(family) ?? { corrected: 0, total: 0 }
      counts.total += 1
      if (corrections[group]?.[key] !== undefined) counts.corrected += 1
      families.set(family, counts)
    }
    const partial = [...families]
      .filter(([, { corrected, total }]) => corrected > 0 && corrected < total)
      .map(([family]) => family)
    expect(partial).toEqual([])
  })

  it('fills in, in every Arabic text, exactly the placeholders its English text fills in', () => {
    const mismatched = everyText(merged)
      .filter(({ group, key }) => typeof english[group]?.[key] === 'string')
      .filter(({ group, key, text }) => {
        const expected = placeholders(english[group]![key]!).sort()
        return JSON.stringify(placeholders(text).sort()) !== JSON.stringify(expected)
      })
      .map(({ group, key, text }) => `${group}.${key}: ${text}`)
    expect(mismatched).toEqual([])
  })

  it('keeps the markup of its English text, tag for tag («</ 1>» is no closing tag)', () => {
    const mismatched = everyText(merged)
      .filter(({ group, key }) => typeof english[group]?.[key] === 'string')
      .filter(
        ({ group, key, text }) =>
          JSON.stringify(markup(text)) !== JSON.stringify(markup(english[group]![key]!)),
      )
      .map(({ group, key, text }) => `${group}.${key}: ${text}`)
    expect(mismatched).toEqual([])
  })

  it('has no text that is something else than a translation: none is many times as long as its English', () => {
    const overlong = everyText(merged)
      .filter(({ group, key }) => typeof english[group]?.[key] === 'string')
      .filter(({ group, key, text }) => text.length > 4 * english[group]![key]!.length + 40)
      .map(({ group, key, text }) => `${group}.${key}: ${text.slice(0, 60)}`)
    expect(overlong).toEqual([])
  })

  it('leaves no English and no Latin letters outside placeholders and markup («URL», «API», «Toggle block»)', () => {
    expect(offending((text) => /[A-Za-z]/.test(prose(text)))).toEqual([])
  })

  it('is punctuated as Arabic: «،» «؛» «؟» and «» for quotes, no space before a mark, no double space', () => {
    expect(offending((text) => /[,;?"]/.test(prose(text)))).toEqual([])
    expect(offending((text) => /\s[،؛؟.:!]/.test(text))).toEqual([])
    expect(offending((text) => / {2}/.test(text))).toEqual([])
  })

  it('spells as a newsroom does: no shadda on a sun letter after «ال» nor on «تم», «جارٍ» for progress', () => {
    expect(offending((text) => /ال[تثدذرزسشصضطظلن]\u0651/.test(text))).toEqual([])
    expect(offending((text) => /تم\u0651/.test(text))).toEqual([])
    expect(offending((text) => /(^|\s)جار(ي|\s)/.test(text))).toEqual([])
  })

  it('calls a locale a language, never a place («الموقع»)', () => {
    expect(offending((text) => /الموقع|المواقع/.test(text))).toEqual([])
  })

  it('uses Jusur’s terms: a document is «وثيقة», a version «نسخة» (a release is «إصدار»), a block «وحدة محتوى», an upload «رفع»', () => {
    expect(offending((text) => /مستند/.test(text))).toEqual([])
    expect(offending((text) => /إصدار/.test(text))).toEqual([])
    expect(offending((text) => /كتل/.test(text))).toEqual([])
    expect(offending((text, group) => group === 'upload' && /تحميل/.test(text))).toEqual([])
  })
})
