import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateDerivedFiles } from '../../src/build/derived-files'
import { jusurConfig } from '../../src/config/jusur-config'

const root = path.resolve(import.meta.dirname, '../..')
const committedTypes = path.join(root, 'src/payload-types.ts')
const committedImportMap = path.join(root, 'src/app/(payload)/admin/importMap.js')

describe('files generated from the config', () => {
  it('are committed up to date (run `npm run generate` after changing the config)', async () => {
    const config = await jusurConfig({ databaseUrl: 'file::memory:', rootDir: root })
    const typesFile = path.join(os.tmpdir(), `jusur-types-${process.pid}.ts`)
    // The import map holds paths relative to its own folder, so it is regenerated beside the committed one.
    const importMapFile = path.join(
      path.dirname(committedImportMap),
      `.importMap.check-${process.pid}.js`,
    )
    try {
      await generateDerivedFiles(config, { importMapFile, typesFile })
      expect(fs.readFileSync(typesFile, 'utf8')).toBe(fs.readFileSync(committedTypes, 'utf8'))
      expect(fs.readFileSync(importMapFile, 'utf8')).toBe(
        fs.readFileSync(committedImportMap, 'utf8'),
      )
    } finally {
      fs.rmSync(typesFile, { force: true })
      fs.rmSync(importMapFile, { force: true })
    }
  })
})
