/**
 * Payload gives every `*_locales` table (and the versions' `_*_v_locales`)
 * only a unique index on (`_locale`, `_parent_id`), yet it reads localized
 * fields with `WHERE _parent_id = ?`, which cannot use that index: each
 * localized read scans the whole table. This schema hook adds an index on
 * `_parent_id` alone, so the generated migrations create it with the table.
 */

type IndexBuilder = (name: string) => { on: (column: never) => unknown }

type SchemaHookArgs = {
  extendTable: (args: {
    extraConfig: (table: Record<string, unknown>) => Record<string, unknown>
    table: never
  }) => void
  schema: { tables: Record<string, unknown> }
}

export const LOCALES_SUFFIX = '_locales'

export const localeParentIndexName = (tableName: string): string => `${tableName}_parent_idx`

export const addLocaleParentIndexes =
  (index: IndexBuilder) =>
  <Args extends SchemaHookArgs>({ extendTable, schema }: Args): Args['schema'] => {
    for (const [tableName, table] of Object.entries(schema.tables)) {
      if (!tableName.endsWith(LOCALES_SUFFIX)) continue
      const name = localeParentIndexName(tableName)
      extendTable({
        extraConfig: (columns) => ({ [name]: index(name).on(columns._parentID as never) }),
        table: table as never,
      })
    }
    return schema
  }
