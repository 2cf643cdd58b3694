/**
 * A backup or restore that cannot go on: a bad archive, a database that is
 * not empty, an archive made for another schema. Entry points print its
 * message as one readable line (no stack trace) and exit with status 1.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}

export const isBackupError = (error: unknown): error is BackupError =>
  error instanceof Error && error.name === 'BackupError'
