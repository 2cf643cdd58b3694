import type { Field, SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'

import { jusurConfig } from '../../src/config/jusur-config'
import { WORKFLOW_OPTIONS } from '../../src/editorial/workflow'
import { countedInArabic, SECONDS } from '../../src/lib/arabic-count'
import { tooManyRequests } from '../../src/server/rate-limiters'

const root = path.resolve(import.meta.dirname, '../..')

/** One text Jusur writes, in both admin languages, and where it is. */
type Text = { ar: string; en: string; where: string }

type Translations = Record<string, Record<string, unknown>>

/**
 * A label, description or option label in `language`, when it is Jusur's:
 * a `{ ar, en }` object, or a function that gives the admin language's text
 * (labels-in-admin-language, the workflow's `labelOf`). Payload's own labels
 * call `t` (skipped), or are plain strings made from the field's name
 * ("Embargo Until_tz", "Correction"): those are not ours, but a visible field
 * whose label is one shows English in the Arabic admin, so it is returned too.
 */
const textIn = (value: unknown, language: string, translations: Translations) => {
  if (typeof value === 'string') return { ours: false, text: value }
  if (typeof value === 'function') {
    let callsPayload = false
    const text = value({
      i18n: { language, translations: translations[language] },
      t: () => {
        callsPayload = true
        return ''
      },
    }) as unknown
    return callsPayload || typeof text !== 'string' ? undefined : { ours: true, text }
  }
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>)[language]
    return typeof text === 'string' ? { ours: true, text } : undefined
  }
  return undefined
}

/**
 * Every label, description and option label of the config's collections
 * (collection names, admin groups and descriptions; fields, array and block
 * labels, tabs, at any depth), Payload's own collections aside. In a field
 * hidden from the admin, Payload's plain-string labels are skipped (the
 * upload's "MIME Type", a date's time zone field and its options).
 */
const configTexts = (config: SanitizedConfig): Text[] => {
  const translations = config.i18n.translations as Translations
  const texts: Text[] = []
  const add = (where: string, value: unknown, hidden = false) => {
    const ar = textIn(value, 'ar', translations)
    const en = textIn(value, 'en', translations)
    if (!ar || !en || (hidden && !ar.ours)) return
    texts.push({ ar: ar.text, en: en.text, where })
  }
  const walk = (fields: Field[], prefix: string, hiddenAbove: boolean) => {
    for (const field of fields) {
      // Read as a plain object: which of these a field has depends on its type.
      const f = field as unknown as Record<string, any>
      // Rows, collapsibles and unnamed tabs add no segment to the path of the fields inside them.
      const inside = 'name' in field ? `${prefix}.${field.name}` : prefix
      const where = 'name' in field ? inside : `${prefix} (${field.type})`
      const hidden = hiddenAbove || f.hidden === true || f.admin?.hidden === true
      add(`${where} label`, f.label, hidden)
      add(`${where} singular`, f.labels?.singular, hidden)
      add(`${where} plural`, f.labels?.plural, hidden)
      add(`${where} description`, f.admin?.description, hidden)
      add(`${where} placeholder`, f.admin?.placeholder, hidden)
      for (const option of f.options ?? [])
        if (typeof option === 'object') add(`${where} option ${option.value}`, option.label, hidden)
      if (Array.isArray(f.fields)) walk(f.fields, inside, hidden)
      for (const [index, tab] of (f.tabs ?? []).entries()) {
        add(`${where} tab ${index}`, tab.label, hidden)
        add(`${where} tab ${index} description`, tab.description, hidden)
        walk(tab.fields, 'name' in tab ? `${inside}.${tab.name}` : inside, hidden)
      }
      for (const block of f.blocks ?? []) {
        add(`${inside}.${block.slug} singular`, block.labels?.singular, hidden)
        add(`${inside}.${block.slug} plural`, block.labels?.plural, hidden)
        walk(block.fields, `${inside}.${block.slug}`, hidden)
      }
    }
  }
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    add(`${collection.slug} (singular)`, collection.labels.singular)
    add(`${collection.slug} (plural)`, collection.labels.plural)
    add(`${collection.slug} (group)`, collection.admin.group)
    add(`${collection.slug} (description)`, collection.admin.description)
    walk(collection.fields, collection.slug, false)
  }
  for (const global of config.globals) {
    add(`${global.slug} (label)`, global.label)
    walk(global.fields, global.slug, false)
  }
  return texts
}

/** The workflow plugin's texts (its ar.ts and en.ts, as merged into the config's i18n). */
const workflowTexts = (config: SanitizedConfig): Text[] => {
  const translations = config.i18n.translations as Record<
    string,
    Record<string, Record<string, Record<string, string>>>
  >
  const ar = translations.ar!['editorial-workflow']!
  const en = translations.en!['editorial-workflow']!
  return Object.entries(en).flatMap(([group, texts]) =>
    Object.entries(texts).map(([key, text]) => ({
      ar: ar[group]?.[key] ?? '',
      en: text,
      where: `editorial-workflow:${group}:${key}`,
    })),
  )
}

/**
 * Jusur's own keys in Payload's translations (`jusur:…`: the API tab, and the
 * Arabic of what Payload and its packages write without a key, src/admin/unkeyed-english).
 */
const ownKeyTexts = (config: SanitizedConfig): Text[] => {
  const translations = config.i18n.translations as Record<
    string,
    Record<string, Record<string, string>>
  >
  const ar = translations.ar!.jusur!
  return Object.entries(translations.en!.jusur!).map(([key, en]) => ({
    ar: ar[key] ?? '',
    en,
    where: `jusur:${key}`,
  }))
}

/** The workflow's transitions as Jusur configures them: their names and confirmations. */
const transitionTexts = (): Text[] =>
  WORKFLOW_OPTIONS.transitions!.flatMap((transition) => [
    { ...(transition.label as { ar: string; en: string }), where: `${transition.name} (label)` },
    ...(transition.confirmation
      ? [
          {
            ...(transition.confirmation as { ar: string; en: string }),
            where: `${transition.name} (confirmation)`,
          },
        ]
      : []),
  ])

/**
 * What may stay in Latin letters in an Arabic text: what the reader types or
 * reads as it is, in any language. Nothing else: a label or a description
 * says in Arabic what a field is («الرابط», not «URL»).
 */
const LATIN_ALLOWED: RegExp[] = [
  // Placeholders Payload fills in ({{count}}).
  /\{\{[^}]*\}\}/g,
  // Code a caller sends as it is (the feed's `next`).
  /`[^`]*`/g,
  // An API path, with its method (the workflow's bulk endpoint).
  /\b(?:GET|POST)\s+\/api\/\S+/g,
  // URLs: a scheme (http://, https://) and example addresses.
  /https?:\/\/\S*/g,
  // Standards named by their abbreviation: the countries' ISO 3166-1 codes, UTC days.
  /\b(?:ISO|UTC)\b/g,
  // HTTP as the receiving side reads it: the signed POST, the Origin and Jusur-Signature headers.
  /\b(?:POST|Origin|Jusur-Signature)\b/g,
  // The setting that names the hosts webhooks may be sent to.
  /\bWEBHOOK_ALLOWED_HOSTS\b/g,
  // The example of a topic's key, which is English by design.
  /\borganized-crime\b/g,
]

const withoutAllowedLatin = (text: string): string =>
  LATIN_ALLOWED.reduce((rest, allowed) => rest.replace(allowed, ''), text)

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1]!).sort()

/** The texts that fail `test`, as "where: Arabic". */
const offending = (texts: Text[], test: (text: Text) => boolean): string[] =>
  texts.filter(test).map(({ ar, where }) => `${where}: ${ar}`)

describe('Jusur’s own Arabic', () => {
  let config: SanitizedConfig
  let texts: Text[]

  beforeAll(async () => {
    config = await jusurConfig({ databaseUrl: 'file::memory:', rootDir: root })
    texts = [
      ...configTexts(config),
      ...workflowTexts(config),
      ...ownKeyTexts(config),
      ...transitionTexts(),
    ]
  })

  it('reads the labels of every collection, the workflow’s texts and its transitions', () => {
    const config_ = configTexts(config)
    expect(config_.length).toBeGreaterThan(500)
    expect(workflowTexts(config).length).toBeGreaterThan(150)
    expect(ownKeyTexts(config).map(({ where }) => where)).toEqual(
      expect.arrayContaining(['jusur:apiTab', 'jusur:dragToMove', 'jusur:selectMenuGuidance']),
    )
    expect(config_.map(({ where }) => where)).toEqual(
      expect.arrayContaining([
        'articles (singular)',
        'agreements.kind option mou',
        'users.roles option editor',
        'articles.workflowState option changes_requested',
        'webhook-endpoints (description)',
        'events.corrections singular',
      ]),
    )
  })

  it('is Arabic: every text has Arabic letters, and none is its English', () => {
    expect(offending(texts, ({ ar }) => !/[\u0600-\u06FF]/.test(ar))).toEqual([])
    expect(offending(texts, ({ ar, en }) => ar === en)).toEqual([])
  })

  it('calls a document «وثيقة», never «مستند»', () => {
    expect(offending(texts, ({ ar }) => /مستند/.test(ar))).toEqual([])
  })

  it('leaves no Latin letters in an Arabic text but what is read as it is (ISO, https://…, POST)', () => {
    expect(offending(texts, ({ ar }) => /[A-Za-z]/.test(withoutAllowedLatin(ar)))).toEqual([])
  })

  it('is punctuated as Arabic: «،» «؛» «؟», no double space, no space before a mark', () => {
    expect(offending(texts, ({ ar }) => /[,;?"]/.test(withoutAllowedLatin(ar)))).toEqual([])
    expect(offending(texts, ({ ar }) => / {2}/.test(ar))).toEqual([])
    expect(offending(texts, ({ ar }) => /\s[،؛؟.:!]/.test(ar))).toEqual([])
  })

  it('leaves no «{{» in a label, and fills in the placeholders of translated texts as their English does', () => {
    expect(offending(configTexts(config), ({ ar }) => ar.includes('{{'))).toEqual([])
    expect(
      offending(
        [...workflowTexts(config), ...ownKeyTexts(config)],
        ({ ar, en }) => placeholders(ar).join() !== placeholders(en).join(),
      ),
    ).toEqual([])
  })
})

describe('a counted noun in Arabic', () => {
  it('takes the form its number asks for: one, two, three to ten, eleven and more, hundreds', () => {
    expect(
      [1, 2, 3, 10, 11, 60, 99, 100, 102, 103, 111].map((n) => countedInArabic(n, SECONDS)),
    ).toEqual([
      'ثانية واحدة',
      'ثانيتين',
      '3 ثوانٍ',
      '10 ثوانٍ',
      '11 ثانية',
      '60 ثانية',
      '99 ثانية',
      '100 ثانية',
      '102 ثانية',
      '103 ثوانٍ',
      '111 ثانية',
    ])
  })

  it('is how a caller over the rate limit is told when to try again', () => {
    expect(tooManyRequests(5)).toEqual({
      ar: 'طلبات كثيرة: أعد المحاولة بعد 5 ثوانٍ.',
      en: 'Too many requests: try again in 5 seconds.',
    })
    expect(tooManyRequests(1).ar).toBe('طلبات كثيرة: أعد المحاولة بعد ثانية واحدة.')
  })
})
