/**
 * What the benchmarks and reliability runs need to start the built production
 * server: a current build, and an environment whose rate limits let one
 * client address send thousands of requests.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { isBuildFresh } from '../src/build/build-freshness'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Builds `distDir` unless it is newer than every build input (and `extraInputs`). */
export const ensureBuild = (
  distDir: string,
  env: Record<string, string>,
  log: (line: string) => void,
  extraInputs: string[] = [],
) => {
  if (isBuildFresh(ROOT, distDir, extraInputs)) return
  log(`building ${distDir} (several minutes)...`)
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (build.status !== 0) throw new Error(`the build of ${distDir} failed`)
}

export const serverEnv = (databaseUrl: string): Record<string, string> => ({
  DATABASE_URL: databaseUrl,
  LOG_LEVEL: 'warn',
  // The benchmark is one client address sending thousands of requests.
  RATE_LIMIT_READS: '1000000000/60',
  RATE_LIMIT_LOGIN: '1000000/60',
  RATE_LIMIT_LOGIN_IP: '1000000/60',
})
