/**
 * Suites that need something a developer machine may lack (a PostgreSQL
 * server, Chromium) say so loudly and skip there. Under CI=true a missing
 * requirement fails the run instead: CI never skips a suite silently.
 */
export const isCI = (): boolean => process.env.CI === 'true'

export type Requirement = { available: boolean; name: string; howToGet: string }

/** Returns jest's describe, or describe.skip with a notice when the requirement is missing outside CI. */
export const describeIfAvailable = (requirement: Requirement): typeof describe => {
  if (requirement.available) return describe
  if (isCI()) {
    return ((name: string, fn: () => void) =>
      describe(name, () => {
        it(`needs ${requirement.name}`, () => {
          throw new Error(`${requirement.name} is required under CI=true: ${requirement.howToGet}`)
        })
        void fn
      })) as typeof describe
  }
  console.warn(`SKIPPED: suites needing ${requirement.name} (${requirement.howToGet})`)
  return describe.skip
}
