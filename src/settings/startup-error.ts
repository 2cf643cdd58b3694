/**
 * A configuration problem that stops Jusur from starting. Entry points print
 * its message as one readable line (no stack trace) and exit with status 1.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

export const isStartupError = (error: unknown): error is StartupError =>
  error instanceof Error && error.name === 'StartupError'
