/**
 * `npm run demo`: builds (when sources changed), migrates and seeds the SQLite
 * database, prints the demo logins and serves Jusur on http://localhost:3000.
 * Running it again reuses the database and adds nothing twice.
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { isBuildFresh } from '../build/build-freshness'
import { DEFAULT_DATABASE_URL } from '../settings/database'
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-users'
import { runScript } from './run-script'

const root = process.cwd()

/** The demo keeps its own random secret beside its database, so logins survive restarts. */
const demoSecret = (): string => {
  const file = path.join(root, 'data', '.demo-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

const npm = (args: string[], env: NodeJS.ProcessEnv): void => {
  const result = spawnSync('npm', args, { env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`)
}

runScript('demo', async () => {
  const port = process.env.PORT || '3000'
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || demoSecret(),
    PORT: port,
  }
  if (isBuildFresh(root)) console.log('The production build is up to date.')
  else npm(['run', 'build'], env)
  npm(['run', 'seed'], env)

  const logins = DEMO_USERS.map((user) => `  ${user.role.padEnd(11)} ${user.email}`).join('\n')
  console.log(
    `\nJusur demo: http://localhost:${port}/admin\n\nLogins (password "${DEMO_PASSWORD}", demo only):\n${logins}\n`,
  )

  const server = spawn('npm', ['start'], { env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  await new Promise<void>((resolve, reject) =>
    server.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the server exited with ${code}`)),
    ),
  )
})
