/**
 * The files derived from the Payload config: the TypeScript types
 * (src/payload-types.ts), the GraphQL schema as SDL (schema.graphql, for
 * consumers and their code generators) and the admin import map. `npm run
 * generate` writes them; a test regenerates them elsewhere and fails when the
 * committed copies are stale.
 */
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import fs from 'node:fs'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'

type Targets = { importMapFile?: string; schemaFile?: string; typesFile?: string }

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
  fs.writeFileSync(targets.schemaFile ?? config.graphQL.schemaOutputFile, graphQLSchemaText(config))
}
