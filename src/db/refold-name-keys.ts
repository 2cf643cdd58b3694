import { nameKey } from '../lib/normalize'

/**
 * The tables of the `nameKeys` field (src/fields/name-keys-field.ts), where
 * duplicate names are looked up: people's and organizations'.
 */
const NAME_KEY_TABLES = ['people_texts', 'organizations_texts'] as const

export type NameKeyRow = { id: number | string; text: string }

/**
 * Folds stored name keys again after normalization learnt new classes (a
 * migration's job: a key folded the old way would let a duplicate through).
 * Folding a key gives the key of the name it came from, since each new fold
 * applies to what the old ones left.
 */
export const refoldNameKeys = async (
  rowsOf: (table: string) => Promise<NameKeyRow[]>,
  setKey: (table: string, id: NameKeyRow['id'], key: string) => Promise<void>,
): Promise<void> => {
  for (const table of NAME_KEY_TABLES)
    for (const row of await rowsOf(table)) {
      const key = nameKey(row.text)
      if (key !== row.text) await setKey(table, row.id, key)
    }
}
