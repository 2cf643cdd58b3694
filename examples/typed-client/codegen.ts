/**
 * GraphQL Code Generator's configuration for the example client: the
 * operations in src/operations.ts, typed against Jusur's committed schema.
 * `npm run generate` runs it (src/build/derived-files.ts); a consumer's own
 * project runs `graphql-codegen --config codegen.ts` against a copy of
 * schema.graphql (or the API itself, where introspection is on).
 */
import type { CodegenConfig } from '@graphql-codegen/cli'

export const OUTPUT_DIR = 'src/gql/'

const config: CodegenConfig = {
  documents: ['src/operations.ts'],
  generates: {
    [OUTPUT_DIR]: {
      config: {
        // Queries as strings (no graphql-js at run time), sent and hashed as written.
        documentMode: 'string',
        enumsAsTypes: true,
        // Types for what the operations use, not for all of the schema's thousands.
        onlyOperationTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        useTypeImports: true,
      },
      preset: 'client',
      presetConfig: { fragmentMasking: false },
    },
  },
  schema: '../../schema.graphql',
  silent: true,
}

export default config
