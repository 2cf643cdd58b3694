import type { ArrayField } from 'payload'

/**
 * Other spellings of a name, in either language: the same person appears as
 * وانج شيا هونج, وانغ شياو هونغ and Wang Xiaohong across reports. Not localized:
 * every alias belongs to the entity, whatever the language of the page.
 */
export const aliasesField: ArrayField = {
  name: 'aliases',
  type: 'array',
  label: { ar: 'أسماء أخرى', en: 'Aliases' },
  labels: { singular: { ar: 'اسم آخر', en: 'Alias' }, plural: { ar: 'أسماء أخرى', en: 'Aliases' } },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { ar: 'الاسم', en: 'Name' },
      required: true,
    },
  ],
}
