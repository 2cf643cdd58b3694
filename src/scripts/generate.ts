/** `npm run generate`: rewrites src/payload-types.ts, schema.graphql and the admin import map after a config change. */
import { generateDerivedFiles } from '../build/derived-files'
import { runScript } from './run-script'

runScript('generate', async () => {
  // Imported lazily so that a configuration error is reported by runScript as one line.
  const { default: config } = await import('@payload-config')
  await generateDerivedFiles(await config)
  console.log('Wrote src/payload-types.ts, schema.graphql and the admin import map.')
})
