/**
 * The bare Payload the read benchmarks compare against: the same collections,
 * fields, access rules, drafts, locales and database indexes as Jusur, without
 * the editorial workflow plugin, search and the link machinery. `npm run bench`
 * builds it into .next-bare (next.config.mjs, JUSUR_BARE_BUILD=1).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { databaseUrlFrom } from '../src/config/database'
import { jusurConfig } from '../src/config/jusur-config'

export default jusurConfig({
  bare: true,
  databaseUrl: databaseUrlFrom(),
  rootDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
})
