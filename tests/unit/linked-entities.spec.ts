import type { SanitizedCollectionConfig } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { inAdminLanguage } from '../../src/i18n/labels-in-admin-language'
import { labelIn, linkedEntities } from '../../src/preview/linked-entities'

describe('the entities a preview lists beside the text', () => {
  const texts = { ar: 'الأشخاص', en: 'People' }

  it('names each group in the language previewed, however the config gives the label', () => {
    for (const label of [texts, inAdminLanguage(texts)]) {
      expect(labelIn(label, 'ar', 'people')).toBe('الأشخاص')
      expect(labelIn(label, 'en', 'people')).toBe('People')
    }
    expect(labelIn('Persons', 'ar', 'people')).toBe('Persons')
    expect(labelIn(undefined, 'ar', 'people')).toBe('people')
  })

  it('groups the linked documents by relationship field, leaving out mentions and the workflow’s', () => {
    const collection = {
      flattenedFields: [
        { name: 'people', type: 'relationship', label: inAdminLanguage(texts) },
        { name: 'mentions', type: 'relationship', label: 'Mentions' },
        { name: 'title', type: 'text' },
      ],
    } as unknown as SanitizedCollectionConfig
    const doc = {
      mentions: [{ name: 'x' }],
      people: [
        { id: 1, name: 'وانغ شياوهونغ' },
        { relationTo: 'people', value: { title: 'عنوان' } },
        7,
      ],
    }
    expect(linkedEntities(collection, doc, 'ar')).toEqual([
      { label: 'الأشخاص', names: ['وانغ شياوهونغ', 'عنوان'] },
    ])
    expect(linkedEntities(collection, doc, 'en')[0]!.label).toBe('People')
  })
})
