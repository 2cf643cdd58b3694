import { StartupError } from './startup-error'

export const DEFAULT_DATABASE_URL = 'file:./data/jusur.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

const ACCEPTED_FORMS =
  'file:./path/to.db (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB)'

/** Hides the password of a connection URL, for messages and logs. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')

/** Which database a `DATABASE_URL` points at; anything unknown is refused. */
export const databaseKindOf = (url: string): DatabaseKind => {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new StartupError(
    `DATABASE_URL "${redactUrl(url)}" is not supported. Accepted forms: ${ACCEPTED_FORMS}.`,
  )
}

export const databaseUrlFrom = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): string => env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL
