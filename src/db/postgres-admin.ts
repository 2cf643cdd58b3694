import pg from 'pg'

/** The server on which scratch databases are created and dropped. */
export const postgresAdminUrl = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): string =>
  env.POSTGRES_ADMIN_URL || env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** The URL of another database on the same server. */
export const withDatabaseName = (url: string, database: string): string => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

const adminQuery = async (adminUrl: string, statement: string): Promise<void> => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** Creates database `name`, empty or as a copy of `template` (which nobody may be connected to). */
export const createDatabase = (adminUrl: string, name: string, template?: string) =>
  adminQuery(adminUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)

export const dropDatabase = (adminUrl: string, name: string) =>
  adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)

/** Runs `work` against a new, empty database that is dropped afterwards, whatever happens. */
export const withScratchPostgres = async <T>(
  prefix: string,
  work: (url: string) => Promise<T>,
): Promise<T> => {
  const adminUrl = postgresAdminUrl()
  const name = `${prefix}_${process.pid}_${Date.now()}`
  await createDatabase(adminUrl, name)
  try {
    return await work(withDatabaseName(adminUrl, name))
  } finally {
    await dropDatabase(adminUrl, name)
  }
}
