/**
 * The bare Payload the read benchmarks compare against: the same collections,
 * fields, access rules, drafts, locales, database indexes and settings as
 * Jusur (src/config/jusur-config.ts), without the machinery its config adds
 * (the editorial workflow, search, link suggestions, the read cache and read
 * budget, media use tracking). `npm run bench` builds it into .next-bare
 * (next.config.mjs, JUSUR_BARE_BUILD=1).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { COLLECTIONS } from '../src/config/collections'
import { databaseUrlFrom } from '../src/settings/database'
import { payloadSettings } from '../src/config/jusur-config'
import { hardenCollection } from '../src/validation/input-hardening'

export default buildConfig({
  ...payloadSettings({
    databaseUrl: databaseUrlFrom(),
    rootDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  }),
  collections: COLLECTIONS.map(hardenCollection),
})
