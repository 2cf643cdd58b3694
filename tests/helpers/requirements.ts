import { describe, it } from '@jest/globals'

/**
 * Suites that need something a developer machine may lack (a PostgreSQL
 * server, Chromium) say so loudly and skip there. Under CI=true a missing
 * requirement fails the run instead: CI never skips a suite silently.
 */
export const isCI = (): boolean => process.env.CI === 'true'

export type Requirement = { available: boolean; howToGet: string; name: string }

type Suite = (name: string, fn: () => void) => void

/** describe() when the requirement is met; otherwise a skip with a notice, or under CI a failing test. */
export const describeIfAvailable = (requirement: Requirement): Suite => {
  if (requirement.available) return describe
  if (isCI()) {
    return (name) =>
      describe(name, () => {
        it(`needs ${requirement.name}`, () => {
          throw new Error(`${requirement.name} is required under CI=true: ${requirement.howToGet}`)
        })
      })
  }
  console.warn(`SKIPPED: suites needing ${requirement.name} (${requirement.howToGet})`)
  return describe.skip
}
