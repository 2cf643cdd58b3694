/**
 * The files derived from the Payload config: the TypeScript types
 * (src/payload-types.ts), the GraphQL schema as SDL (schema.graphql, for
 * consumers and their code generators), the example client's types generated
 * from that schema (examples/typed-client/src/gql) and the admin import map.
 * `npm run generate` writes them; a test regenerates them elsewhere and fails
 * when the committed copies are stale.
 */
import { generate } from '@graphql-codegen/cli'
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'

import clientCodegen, { OUTPUT_DIR } from '../../examples/typed-client/codegen'

type Targets = {
  clientTypesDir?: string
  importMapFile?: string
  schemaFile?: string
  typesFile?: string
}

const CLIENT_DIR = path.resolve(import.meta.dirname, '../../examples/typed-client')

/** The example client's generated types, from `schemaFile`, as file name (in the output folder) and text. */
export const clientTypes = async (schemaFile: string): Promise<Map<string, string>> => {
  const outputs: { content: string; filename: string }[] = await generate(
    { ...clientCodegen, cwd: CLIENT_DIR, schema: schemaFile },
    false,
  )
  return new Map(outputs.map(({ content, filename }) => [path.basename(filename), content]))
}

/** Where the example client's generated types are committed. */
export const CLIENT_TYPES_DIR = path.join(CLIENT_DIR, OUTPUT_DIR)

/** The schema Payload serves at /api/graphql, printed as SDL (types in the order the config defines them). */
export const graphQLSchemaText = (config: SanitizedConfig): string =>
  `${printSchema(configToSchema(config).schema)}\n`

/** Writes the derived files, by default over the committed ones. */
export const generateDerivedFiles = async (
  config: SanitizedConfig,
  targets: Targets = {},
): Promise<void> => {
  const target: SanitizedConfig = {
    ...config,
    admin: {
      ...config.admin,
      importMap: {
        ...config.admin.importMap,
        importMapFile: targets.importMapFile ?? config.admin.importMap.importMapFile,
      },
    },
    typescript: {
      ...config.typescript,
      outputFile: targets.typesFile ?? config.typescript.outputFile,
    },
  }
  await generateTypes(target, { log: false })
  await generateImportMap(target, { force: true, log: false })
  const schemaFile = targets.schemaFile ?? config.graphQL.schemaOutputFile
  fs.writeFileSync(schemaFile, graphQLSchemaText(config))
  const clientTypesDir = targets.clientTypesDir ?? CLIENT_TYPES_DIR
  fs.mkdirSync(clientTypesDir, { recursive: true })
  for (const [name, text] of await clientTypes(schemaFile))
    fs.writeFileSync(path.join(clientTypesDir, name), text)
}
