/** `npm run export -- --out <file> [--include-credentials]`: writes the content of the database at DATABASE_URL to one archive (README: Backup and restore). */
import { BackupError } from '../backup/backup-error'
import { exportArchive } from '../backup/export'
import { perSecond, printProgress } from '../backup/progress'
import { parseCommandLine } from './command-line'
import { runWithPayload } from './run-with-payload'

const USAGE = 'npm run export -- --out <file.jusur.gz> [--include-credentials]'

runWithPayload('export', async (payload) => {
  const { options } = parseCommandLine(USAGE, {
    'include-credentials': { type: 'boolean' },
    out: { type: 'string' },
  })
  if (!options.out)
    throw new BackupError(`Say where to write the archive with --out. Usage: ${USAGE}`)
  const summary = await exportArchive(payload, String(options.out), {
    includeCredentials: Boolean(options['include-credentials']),
    onProgress: printProgress('export'),
  })
  const missing = summary.missingFiles.length
    ? ` Not on disk, so not archived: ${summary.missingFiles.join(', ')}.`
    : ''
  return `Exported ${summary.records} records to ${summary.file} in ${summary.seconds.toFixed(1)} s (${perSecond(summary.records, summary.seconds)} records/s).${missing}`
})
