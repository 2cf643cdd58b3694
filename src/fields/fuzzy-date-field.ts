import type { GroupField } from 'payload'

import { DATE_PRECISIONS, formatFuzzyDate } from '../lib/fuzzy-date'
import type { Bilingual } from '../lib/caller-language'

const PRECISION_LABELS: Record<(typeof DATE_PRECISIONS)[number], Bilingual> = {
  day: { ar: 'اليوم', en: 'Day' },
  month: { ar: 'الشهر', en: 'Month' },
  year: { ar: 'السنة', en: 'Year' },
}

/**
 * A date with its precision (see src/lib/fuzzy-date.ts). `display` is computed
 * on read: the date written at its precision in the requested language.
 */
export const fuzzyDateField = (name: string, label: Bilingual): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          label: { ar: 'التاريخ', en: 'Date' },
          admin: { date: { displayFormat: 'd MMMM yyyy', pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'precision',
          type: 'select',
          label: { ar: 'الدقة', en: 'Precision' },
          defaultValue: 'day',
          options: DATE_PRECISIONS.map((value) => ({ label: PRECISION_LABELS[value], value })),
        },
      ],
    },
    {
      name: 'display',
      type: 'text',
      label: { ar: 'كما يُعرض', en: 'As shown' },
      virtual: true,
      admin: { readOnly: true },
      hooks: {
        afterRead: [
          ({ req, siblingData }) => formatFuzzyDate(siblingData, req.locale === 'en' ? 'en' : 'ar'),
        ],
      },
    },
  ],
})
