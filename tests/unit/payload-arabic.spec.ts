import { describe, expect, it } from '@jest/globals'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { deepMergeSimple } from 'payload/shared'

import { PAYLOAD_ARABIC_CORRECTIONS } from '../../src/i18n/payload-arabic'

type Texts = Record<string, Record<string, string>>

const payloadArabic = ar.translations as unknown as Texts
const english = en.translations as unknown as Texts
const merged = deepMergeSimple(payloadArabic, PAYLOAD_ARABIC_CORRECTIONS) as Texts

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1]!).sort()

const everyText = (texts: Texts) =>
  Object.entries(texts).flatMap(([group, entries]) =>
    Object.entries(entries).map(([key, text]) => ({ group, key, text })),
  )

describe('Payload’s Arabic, as Jusur corrects it', () => {
  it('corrects only texts Payload has, in both languages: an upstream rename fails here', () => {
    for (const { group, key } of everyText(PAYLOAD_ARABIC_CORRECTIONS)) {
      expect({ group, key, payload: typeof payloadArabic[group]?.[key] }).toEqual({
        group,
        key,
        payload: 'string',
      })
      expect(typeof english[group]?.[key]).toBe('string')
    }
  })

  it('uses, in every Arabic text, only placeholders its English text fills in', () => {
    const strays = everyText(merged)
      .filter(({ group, key }) => typeof english[group]?.[key] === 'string')
      .filter(({ group, key, text }) => {
        const known = new Set(placeholders(english[group]![key]!))
        return placeholders(text).some((name) => !known.has(name))
      })
      .map(({ group, key, text }) => `${group}.${key}: ${text}`)
    expect(strays).toEqual([])
  })

  it('has no text that is something else than a translation: none is many times as long as its English', () => {
    const overlong = everyText(merged)
      .filter(({ group, key }) => typeof english[group]?.[key] === 'string')
      .filter(({ group, key, text }) => text.length > 4 * english[group]![key]!.length + 40)
      .map(({ group, key, text }) => `${group}.${key}: ${text.slice(0, 60)}`)
    expect(overlong).toEqual([])
  })

  it('calls a locale a language, never a place («الموقع»)', () => {
    const places = everyText(merged)
      .filter(({ group }) => group === 'localization' || group === 'version')
      .filter(({ text }) => /الموقع|المواقع/.test(text))
      .map(({ group, key }) => `${group}.${key}`)
    expect(places).toEqual([])
  })
})
