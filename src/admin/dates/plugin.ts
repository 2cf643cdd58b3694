import type { CollectionConfig, DateField, Field, Plugin } from 'payload'

import { shownFor } from '@jusur/editorial-workflow/dates'

const DATE_CELL = '/src/admin/dates/DateCell#DateCell'
const DATE_AS_READ = '/src/admin/dates/DateAsRead#DateAsRead'

type Timestamp = 'createdAt' | 'updatedAt'

/**
 * Payload's own timestamp field, as it adds it to a collection that does not
 * declare it (payload/dist/collections/config/sanitize.js): declared here the
 * same, which Payload documents as the way to configure it, so that it gets
 * the date cell too. tests/unit/admin-dates-plugin.spec.ts checks that the
 * sanitized field is Payload's own but for the cell.
 */
const payloadTimestamp = (name: Timestamp): DateField => ({
  name,
  type: 'date',
  admin: { disableBulkEdit: true, hidden: true },
  index: true,
  label: ({ t }) => t(`general:${name}`),
})

/** The timestamps Payload would add to `collection`, in the order it adds them. */
const missingTimestamps = (collection: CollectionConfig): DateField[] =>
  collection.timestamps === false
    ? []
    : (['updatedAt', 'createdAt'] as const)
        .filter(
          (name) => !collection.fields.some((field) => 'name' in field && field.name === name),
        )
        .map(payloadTimestamp)

/** A date field with the date cell, unless it has a cell of its own (the embargo's). */
const withDateCell = (field: Field): Field =>
  field.type === 'date' && !field.admin?.components?.Cell
    ? {
        ...field,
        admin: { ...field.admin, components: { ...field.admin?.components, Cell: DATE_CELL } },
      }
    : field

/** `change` made to every visible date field, at any depth. */
const eachVisibleDate =
  (change: (field: DateField) => DateField) =>
  (field: Field): Field => {
    if (field.type === 'date') return field.admin?.hidden ? field : change(field)
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: field.fields.map(eachVisibleDate(change)) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: tab.fields.map(eachVisibleDate(change)),
        })),
      }
    return field
  }

/** A date field with its date as the reader reads it under its picker (DateAsRead). */
const withDateAsRead = (field: DateField): DateField => {
  const afterInput = {
    clientProps: { show: shownFor(field.admin?.date?.pickerAppearance) },
    path: DATE_AS_READ,
  }
  const components = field.admin?.components
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { ...components, afterInput: [...(components?.afterInput ?? []), afterInput] },
    },
  }
}

/**
 * What a date picker's input shows, by its appearance: the day before the
 * month, in the numeric order an Arabic and a British reader both read and
 * type (Payload's defaults are American, «10/28/2024», «Oct 28, 2024 9:00
 * AM»), and the time on 24 hours, with no «ص/م» or AM/PM to type.
 */
const DAY_FIRST: Record<string, { displayFormat: string; timeFormat?: string }> = {
  dayAndTime: { displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' },
  dayOnly: { displayFormat: 'dd/MM/yyyy' },
  default: { displayFormat: 'dd/MM/yyyy' },
  monthOnly: { displayFormat: 'MM/yyyy' },
  timeOnly: { displayFormat: 'HH:mm', timeFormat: 'HH:mm' },
}

/** A date field whose picker writes the day first, unless the field says how itself. */
const withDayFirstPicker = (field: DateField): DateField => ({
  ...field,
  admin: {
    ...field.admin,
    date: {
      ...DAY_FIRST[field.admin?.date?.pickerAppearance ?? 'default'],
      ...field.admin?.date,
    } as NonNullable<DateField['admin']>['date'],
  },
})

/**
 * Dates are written as the rest of the admin writes them: every top-level
 * date field of every collection, timestamps included, gets the date cell in
 * lists (DateCell), and every visible date field shows its date in the
 * reader's digits, with the Hijri date if chosen, under Payload's picker
 * (DateAsRead), its picker writing the day first. After every plugin that
 * adds a collection.
 */
export const adminDatesPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: [...collection.fields, ...missingTimestamps(collection)]
      .map(withDateCell)
      .map(eachVisibleDate((field) => withDayFirstPicker(withDateAsRead(field)))),
  })),
})
