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

/** Every visible date field, at any depth, with its date as the reader reads it under its picker (DateAsRead). */
const withDateAsRead = (field: Field): Field => {
  if (field.type === 'date') {
    if (field.admin?.hidden) return field
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
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(withDateAsRead) } as Field
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDateAsRead) })),
    }
  return field
}

/**
 * Dates are written as the rest of the admin writes them: every top-level
 * date field of every collection, timestamps included, gets the date cell in
 * lists (DateCell), and every visible date field shows its date in the
 * reader's digits, with the Hijri date if chosen, under Payload's picker
 * (DateAsRead). After every plugin that adds a collection.
 */
export const adminDatesPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: [...collection.fields, ...missingTimestamps(collection)]
      .map(withDateCell)
      .map(withDateAsRead),
  })),
})
