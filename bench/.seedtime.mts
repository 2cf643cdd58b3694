import { getPayload } from 'payload'
import os from 'node:os'
import path from 'node:path'
const root = process.cwd()
const { jusurConfig } = await import(path.join(root, 'src/config/jusur-config.ts'))
const { applyMigrations } = await import(path.join(root, 'src/db/migrations.ts'))
const { seedDemoContent } = await import(path.join(root, 'src/seed/index.ts'))
const file = path.join(os.tmpdir(), `seedtime-${process.pid}.db`)
const payload = await getPayload({ config: await jusurConfig({ databaseUrl: `file:${file}`, rootDir: root }) })
await applyMigrations(payload)
const started = performance.now()
await seedDemoContent(payload)
console.log(root, 'seed ms', Math.round(performance.now() - started))
process.exit(0)
