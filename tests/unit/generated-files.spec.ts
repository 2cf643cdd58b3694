import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  CLIENT_TYPES_DIR,
  generateDerivedFiles,
  graphQLSchemaText,
} from '../../src/build/derived-files'
import { jusurConfig } from '../../src/config/jusur-config'

const root = path.resolve(import.meta.dirname, '../..')
const committedTypes = path.join(root, 'src/payload-types.ts')
const committedImportMap = path.join(root, 'src/app/(payload)/admin/importMap.js')
const committedSchema = path.join(root, 'schema.graphql')

describe('files generated from the config', () => {
  it('are committed up to date (run `npm run generate` after changing the config)', async () => {
    const config = await jusurConfig({ databaseUrl: 'file::memory:', rootDir: root })
    const typesFile = path.join(os.tmpdir(), `jusur-types-${process.pid}.ts`)
    const schemaFile = path.join(os.tmpdir(), `jusur-schema-${process.pid}.graphql`)
    const clientTypesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-client-types-'))
    // The import map holds paths relative to its own folder, so it is regenerated beside the committed one.
    const importMapFile = path.join(
      path.dirname(committedImportMap),
      `.importMap.check-${process.pid}.js`,
    )
    try {
      await generateDerivedFiles(config, { clientTypesDir, importMapFile, schemaFile, typesFile })
      expect(fs.readFileSync(typesFile, 'utf8')).toBe(fs.readFileSync(committedTypes, 'utf8'))
      expect(fs.readFileSync(schemaFile, 'utf8')).toBe(fs.readFileSync(committedSchema, 'utf8'))
      expect(fs.readFileSync(importMapFile, 'utf8')).toBe(
        fs.readFileSync(committedImportMap, 'utf8'),
      )
      const generatedClientFiles = fs.readdirSync(clientTypesDir).sort()
      expect(generatedClientFiles).toEqual(fs.readdirSync(CLIENT_TYPES_DIR).sort())
      for (const name of generatedClientFiles)
        expect(fs.readFileSync(path.join(clientTypesDir, name), 'utf8')).toBe(
          fs.readFileSync(path.join(CLIENT_TYPES_DIR, name), 'utf8'),
        )
    } finally {
      fs.rmSync(clientTypesDir, { force: true, recursive: true })
      fs.rmSync(typesFile, { force: true })
      fs.rmSync(schemaFile, { force: true })
      fs.rmSync(importMapFile, { force: true })
    }
  })

  it('hold the GraphQL schema the API serves, so that a changed field shows as a stale schema.graphql', async () => {
    const config = await jusurConfig({ databaseUrl: 'file::memory:', rootDir: root })
    const committed = fs.readFileSync(committedSchema, 'utf8')
    for (const part of ['type Query {', 'type Mutation {', '  search(', 'type Article {'])
      expect(committed).toContain(part)
    const topics = config.collections.find((collection) => collection.slug === 'topics')!
    const extra = { name: 'shelfMark', type: 'text' } as const
    topics.fields = [...topics.fields, extra]
    topics.flattenedFields = [...topics.flattenedFields, extra]
    const changed = graphQLSchemaText(config)
    expect(changed).toContain('shelfMark: String')
    expect(changed).not.toBe(committed)
  })
})
