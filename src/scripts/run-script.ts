import { isBackupError } from '../backup/backup-error'
import { isStartupError } from '../settings/startup-error'

/**
 * Runs a command-line entry point. A configuration problem or a refused backup
 * or restore is printed as one readable line; anything else keeps its stack
 * trace, since it is a bug.
 */
export const runScript = (name: string, main: () => Promise<void>): void => {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (isStartupError(error) || isBackupError(error)) {
        process.stderr.write(`jusur ${name}: ${error.message}\n`)
      } else {
        console.error(`jusur ${name} failed:`, error)
      }
      process.exit(1)
    },
  )
}
