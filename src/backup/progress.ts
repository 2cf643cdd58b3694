/** How far an export or one phase of an import has come. */
export type Progress = {
  done: number
  phase: string
  /** Since the phase began. */
  seconds: number
  total: number
}

export type ProgressListener = (progress: Progress) => void

export const perSecond = (count: number, seconds: number): number =>
  Math.round(count / Math.max(seconds, 0.001))

/** Tells `listener` how many of `total` records have passed, and since when. */
export const progressCounter = (
  phase: string,
  total: number,
  listener: ProgressListener | undefined,
) => {
  const started = performance.now()
  let done = 0
  return {
    add: (count: number) => {
      done += count
      listener?.({ done, phase, seconds: (performance.now() - started) / 1000, total })
    },
  }
}

/** Prints progress to stderr for a command-line run, at most once a second and at the end of each phase. */
export const printProgress = (command: string): ProgressListener => {
  let last = 0
  return ({ done, phase, seconds, total }) => {
    if (done < total && performance.now() - last < 1000) return
    last = performance.now()
    process.stderr.write(
      `jusur ${command}: ${phase} ${done}/${total} records, ${perSecond(done, seconds)}/s\n`,
    )
  }
}
