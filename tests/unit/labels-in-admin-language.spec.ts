import type { CollectionConfig, Config, Field, LabelFunction } from 'payload'

import { describe, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import fc from 'fast-check'
import { buildConfig } from 'payload'

import { COLLECTIONS } from '../../src/config/collections'
import { databaseAdapterFor } from '../../src/db/database-adapter'
import { JUSUR_TRANSLATIONS } from '../../src/i18n/jusur-translations'
import { inAdminLanguage, labelsInAdminLanguage } from '../../src/i18n/labels-in-admin-language'

const resolve = (label: unknown, language: string) =>
  (label as LabelFunction)({ i18n: { language } as never, t: (() => '') as never })

/** Each label of the fields, wherever nested, paired with the converted one: [path, declared, converted]. */
const labelPairs = (
  declared: Field[],
  converted: Field[],
  prefix: string,
): [string, unknown, unknown][] =>
  declared.flatMap((field, index) => {
    const other = converted[index] as Field & Record<string, unknown>
    const path = 'name' in field ? `${prefix}.${field.name}` : prefix
    const own: [string, unknown, unknown][] =
      'label' in field && field.label ? [[path, field.label, other.label]] : []
    const children =
      'fields' in field && Array.isArray(field.fields)
        ? labelPairs(field.fields, other.fields as Field[], path)
        : []
    const tabs =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab, at) =>
            labelPairs(tab.fields, (other as typeof field).tabs[at]!.fields, path),
          )
        : []
    return [...own, ...children, ...tabs]
  })

describe('labels in the admin’s language', () => {
  it('gives the text of the admin’s language, else the Arabic', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('ar', 'en', 'fr', undefined),
        (ar, en, language) => {
          const label = inAdminLanguage({ ar, en })
          const expected = language === 'en' ? en : ar
          expect(
            label({
              i18n: language ? ({ language } as never) : (undefined as never),
              t: (() => '') as never,
            }),
          ).toBe(expected)
        },
      ),
    )
  })

  it('turns every name and label Jusur declares in both languages into a function that gives it back', () => {
    const converted = (labelsInAdminLanguage({ collections: COLLECTIONS } as Config) as Config)
      .collections as CollectionConfig[]
    expect(converted.map((collection) => collection.slug)).toEqual(COLLECTIONS.map((c) => c.slug))
    let checked = 0
    COLLECTIONS.forEach((collection, index) => {
      const after = converted[index]!
      const pairs: [string, unknown, unknown][] = [
        [`${collection.slug} (singular)`, collection.labels?.singular, after.labels?.singular],
        [`${collection.slug} (plural)`, collection.labels?.plural, after.labels?.plural],
        ...labelPairs(collection.fields, after.fields, collection.slug),
      ]
      for (const [path, declared, label] of pairs) {
        if (typeof declared !== 'object') continue
        expect([path, typeof label]).toEqual([path, 'function'])
        for (const language of ['ar', 'en'])
          expect([path, resolve(label, language)]).toEqual([
            path,
            (declared as Record<string, string>)[language],
          ])
        checked++
      }
    })
    // Every collection's two names and some hundred field labels.
    expect(checked).toBeGreaterThan(100)
  })

  it('leaves tabs’ own labels as they are (Payload calls a tab’s label function without the language)', () => {
    const [converted] = (
      labelsInAdminLanguage({
        collections: [
          {
            slug: 'notes',
            fields: [
              {
                type: 'tabs',
                tabs: [
                  {
                    fields: [{ name: 'text', type: 'text', label: { ar: 'نص', en: 'Text' } }],
                    label: { ar: 'أ', en: 'A' },
                  },
                ],
              },
            ],
          },
        ],
      } as unknown as Config) as Config
    ).collections!
    const tabs = converted!.fields[0] as Extract<Field, { type: 'tabs' }>
    expect(tabs.tabs[0]!.label).toEqual({ ar: 'أ', en: 'A' })
    expect(resolve((tabs.tabs[0]!.fields[0] as { label: unknown }).label, 'en')).toBe('Text')
  })

  it('names every collection’s API tab through Payload’s translations, in Arabic and in English', async () => {
    const config = await buildConfig({
      collections: [{ slug: 'notes', fields: [] }],
      db: databaseAdapterFor('file::memory:'),
      i18n: { supportedLanguages: { ar, en }, translations: JUSUR_TRANSLATIONS },
      plugins: [labelsInAdminLanguage],
      secret: 'api tab',
    })
    const tab = config.collections[0]!.admin.components?.views?.edit?.api?.tab
    const label = tab?.label as (args: { t: (key: string) => string }) => string
    for (const [language, expected] of [
      ['ar', 'واجهة البرمجة'],
      ['en', 'API'],
    ] as const) {
      const i18n = await initI18n({ config: config.i18n, context: 'client', language })
      expect(label({ t: i18n.t as never })).toBe(expected)
    }
  })
})
