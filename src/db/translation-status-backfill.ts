import {
  resolveWorkflowOptions,
  translationStatusOf,
  type WorkflowData,
} from '@jusur/editorial-workflow'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { WORKFLOW_OPTIONS } from '../editorial/workflow'
import { runnerFor } from './sql-runner'

/**
 * Fills `translation_status` of every workflow document from its translation
 * bookkeeping, as every save does (`translationStatusOf`), and of their
 * latest versions: for the rows saved before the column existed. `method` is the dialect's (see `runnerFor`); `req`
 * carries the migration's transaction.
 */
export const backfillTranslationStatus = async (
  payload: Payload,
  method: 'execute' | 'run',
  req?: PayloadRequest,
): Promise<void> => {
  const run = runnerFor(payload, method)
  const options = resolveWorkflowOptions(
    WORKFLOW_OPTIONS,
    // The sanitized config has what the options need; its admin types differ from the input config's.
    payload.config as unknown as Parameters<typeof resolveWorkflowOptions>[1],
  )
  // The documents, and their latest versions, which drafts are read from.
  for (const collection of options.collections) {
    const name = collection.replace(/-/g, '_')
    for (const { prefix, table, where } of [
      { prefix: '', table: name, where: sql`TRUE` },
      { prefix: 'version_', table: `_${name}_v`, where: sql`latest = TRUE` },
    ]) {
      const column = (field: string) => sql.identifier(`${prefix}${field}`)
      const rows = await run(
        sql`SELECT id, ${column('workflow_translations')} AS translations, ${column('workflow_source_locale')} AS source FROM ${sql.identifier(table)} WHERE ${where}`,
        req,
      )
      for (const row of rows) {
        const translations =
          typeof row.translations === 'string' ? JSON.parse(row.translations) : row.translations
        const workflow = { sourceLocale: row.source, translations } as WorkflowData
        const status = translationStatusOf(options, collection, workflow)
        await run(
          sql`UPDATE ${sql.identifier(table)} SET ${column('translation_status')} = ${status} WHERE id = ${row.id}`,
          req,
        )
      }
    }
  }
}
