/** What the benchmarks share of their command lines and datasets. */

export type Db = 'postgres' | 'sqlite'

/** The value after `--<name>` on the command line, or `fallback`. */
export const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : fallback
}

/** The API benchmark's dataset at `scale`: the PostgreSQL database's name, and the SQLite file's. */
export const datasetName = (scale: number): string =>
  `jusur_bench_scale_${String(scale).replace('.', '_')}`
