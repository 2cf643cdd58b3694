import { parseArgs } from 'node:util'

import { BackupError } from '../backup/backup-error'

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>

export type CommandLine = { args: string[]; options: Record<string, boolean | string | undefined> }

/** The options and arguments of a backup command; a command line it does not understand is refused with the usage, in one line. */
export const parseCommandLine = (
  usage: string,
  options: Options,
  { args = 0 } = {},
): CommandLine => {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ allowPositionals: true, options, strict: true })
  } catch (error) {
    throw new BackupError(`${(error as Error).message.replace(/\.?$/, '.')} Usage: ${usage}`)
  }
  if (parsed.positionals.length !== args) throw new BackupError(`Usage: ${usage}`)
  return { args: parsed.positionals, options: parsed.values as CommandLine['options'] }
}
