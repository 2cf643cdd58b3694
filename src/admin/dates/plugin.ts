import type { CollectionConfig, DateField, Field, Plugin } from 'payload'

const DATE_CELL = '/src/admin/dates/DateCell#DateCell'

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

/**
 * List columns write dates as the rest of the admin does (DateCell): every
 * top-level date field of every collection, timestamps included, gets the
 * date cell. Payload's date pickers in the edit view stay as they are. After
 * every plugin that adds a collection.
 */
export const adminDatesPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: [...collection.fields, ...missingTimestamps(collection)].map(withDateCell),
  })),
})
