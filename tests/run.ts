/**
 * `npm test`: every suite, in one jest run: unit, integration on SQLite and on
 * PostgreSQL (TEST_POSTGRES_URL), and the end-to-end suites against the built
 * production server (rebuilt first when the sources changed). Extra arguments
 * go to jest, e.g. `npm test -- --selectProjects unit`.
 *
 * Ends with one line "N passed, N failed, N skipped" for CI.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { isBuildFresh } from '../src/build/build-freshness'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const runsE2E = !args.includes('--selectProjects') || args.some((arg) => arg === 'e2e')

if (runsE2E && !isBuildFresh(root)) {
  console.log('Building the production server for the end-to-end suites...')
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const resultsFile = path.join(os.tmpdir(), `jusur-jest-${process.pid}.json`)
const jest = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/jest/bin/jest.js'),
    '--json',
    `--outputFile=${resultsFile}`,
    // libsql leaves a native handle that keeps jest waiting after every suite has finished.
    '--forceExit',
    ...args,
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
    stdio: 'inherit',
  },
)

if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as {
    numFailedTests: number
    numPassedTests: number
    numPendingTests: number
    numRuntimeErrorTestSuites: number
  }
  fs.rmSync(resultsFile)
  const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
  console.log(
    `\n${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`,
  )
}
process.exit(jest.status ?? 1)
