import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { databaseUrlFrom } from './src/settings/database'
import { jusurConfig } from './src/config/jusur-config'

export default jusurConfig({
  databaseUrl: databaseUrlFrom(),
  rootDir: path.dirname(fileURLToPath(import.meta.url)),
})
