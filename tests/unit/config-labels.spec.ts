import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { COLLECTIONS } from '../../src/config/collections'
import { localization } from '../../src/settings/localization'

const hasBothLanguages = (label: unknown): boolean =>
  typeof label === 'object' &&
  label !== null &&
  /[\u0600-\u06FF]/.test((label as Record<string, string>).ar ?? '') &&
  /[A-Za-z]/.test((label as Record<string, string>).en ?? '')

/** Fields with a name, wherever they are nested, as "collection.path". */
const namedFields = (fields: Field[], prefix: string): [string, Field][] =>
  fields.flatMap((field): [string, Field][] => {
    const own: [string, Field][] = 'name' in field ? [[`${prefix}.${field.name}`, field]] : []
    const children =
      'fields' in field && Array.isArray(field.fields)
        ? namedFields(field.fields, 'name' in field ? `${prefix}.${field.name}` : prefix)
        : []
    const tabs =
      field.type === 'tabs' ? field.tabs.flatMap((tab) => namedFields(tab.fields, prefix)) : []
    return [...own, ...children, ...tabs]
  })

describe('bilingual labels', () => {
  it('covers every collection of the config', () => {
    expect(COLLECTIONS.map((c) => c.slug)).toEqual(
      expect.arrayContaining([
        'articles',
        'events',
        'delegations',
        'agreements',
        'people',
        'organizations',
        'countries',
        'topics',
        'media',
        'users',
      ]),
    )
  })

  it.each(COLLECTIONS.map((c) => [c.slug, c] as const))(
    'collection %s has Arabic and English names',
    (_slug, collection) => {
      expect(hasBothLanguages(collection.labels?.singular)).toBe(true)
      expect(hasBothLanguages(collection.labels?.plural)).toBe(true)
    },
  )

  it('every field of every collection has an Arabic and an English label', () => {
    const missing = COLLECTIONS.flatMap((collection) =>
      namedFields(collection.fields, collection.slug),
    )
      .filter(([, field]) => !('label' in field) || !hasBothLanguages(field.label))
      .map(([path]) => path)
    expect(missing).toEqual([])
  })

  it('offers Arabic (right to left, the default) and English content', () => {
    expect(localization).toMatchObject({ defaultLocale: 'ar', fallback: true })
    const locales = (localization as { locales: { code: string; label: unknown; rtl?: boolean }[] })
      .locales
    expect(locales.map((l) => [l.code, Boolean(l.rtl)])).toEqual([
      ['ar', true],
      ['en', false],
    ])
    for (const locale of locales) expect(hasBothLanguages(locale.label)).toBe(true)
  })
})
