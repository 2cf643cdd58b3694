/** `npm run import -- <file> [--batch-size n]`: restores an archive into the empty database at DATABASE_URL; run it again to finish an interrupted import (README: Backup and restore). */
import { BackupError } from '../backup/backup-error'
import { importArchive } from '../backup/import'
import { perSecond, printProgress } from '../backup/progress'
import { parseCommandLine } from './command-line'
import { runWithPayload } from './run-with-payload'

const USAGE = 'npm run import -- <file.jusur.gz> [--batch-size <records per transaction>]'

runWithPayload('import', async (payload) => {
  const { args, options } = parseCommandLine(
    USAGE,
    { 'batch-size': { type: 'string' } },
    { args: 1 },
  )
  const batchSize = options['batch-size'] === undefined ? undefined : Number(options['batch-size'])
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))
    throw new BackupError(`--batch-size is a whole number above 0. Usage: ${USAGE}`)
  const summary = await importArchive(payload, args[0]!, {
    batchSize,
    onProgress: printProgress('import'),
  })
  if (summary.alreadyImported) return `The database already holds ${args[0]}: nothing to do.`
  const missing = summary.missingFiles.length
    ? ` Files the archive lacks (they were missing at export): ${summary.missingFiles.join(', ')}.`
    : ''
  return `${summary.resumed ? 'Finished the interrupted import of' : 'Imported'} ${summary.records} records from ${args[0]} in ${summary.seconds.toFixed(1)} s (${perSecond(summary.records, summary.seconds)} records/s), with its search index.${missing}`
})
