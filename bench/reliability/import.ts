/**
 * `tsx bench/reliability/import.ts <database URL> <scale>`: the bulk import
 * (the dataset generator) that bench/reliability/crash.ts kills, in a process
 * of its own.
 */
import { closeDatabase } from '../../src/db/close-database'
import { generateDataset } from '../dataset'
import { openPayload } from './common'

const [databaseUrl, scale] = process.argv.slice(2)
const payload = await openPayload(databaseUrl!, 'reliability-import')
const result = await generateDataset(payload, Number(scale), (line) => console.log(line))
console.log(`done: ${result.documents} documents`)
await closeDatabase(payload)
process.exit(0)
