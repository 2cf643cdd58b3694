import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

// Not from test-payload.ts: the benchmarks use this module outside jest.
const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')
const TSX = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx')

/** The environment of a child process: ours, without jest's VM-modules flag. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace('--experimental-vm-modules', '').trim(),
  ...extra,
})

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })

/** Runs one of our command-line entry points to completion (seeding takes minutes on a busy machine). */
export const runEntryPoint = (script: string, env: Record<string, string>) => {
  const run = () =>
    spawnSync(TSX, [script], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: childEnv(env),
      timeout: 300_000,
    })
  let result = run()
  // tsx's module hooks sometimes leave an import unsettled and Node exits 0 having run nothing
  // (payloadcms/payload#17757): such a run says nothing at all, and is run again.
  for (let attempt = 1; attempt < 3 && isSilentStall(result); attempt++) result = run()
  return result
}

/** An exit with 0 and not a word: the loader stalled before the script ran. */
export const isSilentStall = (result: { status: null | number; stderr: string; stdout: string }) =>
  result.status === 0 && result.stdout === '' && result.stderr === ''

export type RunningServer = {
  child: ChildProcess
  exited: Promise<number | null>
  output: () => string
  /** The first line of output that matches, waiting up to 5 s for the child to write it. */
  waitForOutputLine: (match: (line: string) => boolean) => Promise<string>
  stop: () => Promise<number | null>
  url: string
}

/**
 * The production server (`npm start`) on a free port with a fresh, seeded
 * SQLite database, with `extraEnv` added to its environment. The build in
 * .next must be current (tests/run.ts sees to it).
 */
export const startProductionServer = async (
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> => {
  const port = await freePort()
  const databaseFile = path.join(os.tmpdir(), `jusur-e2e-${process.pid}-${port}.db`)
  const databaseUrl = `file:${databaseFile}`
  const seed = runEntryPoint('src/scripts/seed.ts', { DATABASE_URL: databaseUrl })
  if (seed.status !== 0) throw new Error(`seeding failed:\n${seed.stdout}\n${seed.stderr}`)
  const server = await startServer({ DATABASE_URL: databaseUrl, PORT: String(port), ...extraEnv })
  return {
    ...server,
    stop: async () => {
      const code = await server.stop()
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true })
      return code
    },
  }
}

/**
 * The heap limit `npm start` gives the server (package.json: HEAP_LIMIT_MB,
 * with its default), so that tests and benchmarks run it as deployed.
 */
const heapLimitFlag = (env: Record<string, string>): string => {
  const start = (
    JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: { start: string }
    }
  ).scripts.start
  const fallback = /\$\{HEAP_LIMIT_MB:-(\d+)\}/.exec(start)?.[1]
  if (!fallback)
    throw new Error(
      'package.json: the start script no longer sets --max-old-space-size=${HEAP_LIMIT_MB:-…}',
    )
  return `--max-old-space-size=${env.HEAP_LIMIT_MB ?? process.env.HEAP_LIMIT_MB ?? fallback}`
}

/**
 * `npm start` on the database of `env.DATABASE_URL` (already migrated or
 * migrated at start), on `env.PORT` or a free port, once /readyz answers.
 */
export const startServer = async (env: Record<string, string>): Promise<RunningServer> => {
  const port = env.PORT ?? String(await freePort())
  const fullEnv = {
    // The tests read the request log; the test runner itself runs quieter.
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    ...env,
    PORT: port,
  }
  // As `npm start` runs it: one Node process with its heap limit, TypeScript loaded in it by tsx (no relay process).
  const child = spawn(
    process.execPath,
    [heapLimitFlag(env), '--import', 'tsx', 'src/server/main.ts'],
    { cwd: PROJECT_ROOT, env: childEnv(fullEnv) },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`

  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode}:\n${output}`)
    if (Date.now() > deadline) throw new Error(`the server did not become ready:\n${output}`)
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  return {
    child,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
    url,
    waitForOutputLine: async (match) => {
      for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
        const line = output.split('\n').find(match)
        if (line) return line
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`no matching line in the server's output:\n${output}`)
    },
  }
}
