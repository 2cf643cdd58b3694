import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { round } from './load'

/** The machine a benchmark ran on, as its results file records it. */
export const machineFacts = () => ({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  loadAverage: os.loadavg().map((value) => round(value, 2)),
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
})

/** Writes `result` as bench/results/<name>.json under `root`. */
export const writeResult = (root: string, name: string, result: unknown): void => {
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  fs.writeFileSync(
    path.join(root, `bench/results/${name}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  )
}
