/**
 * Test projects. `npm test` (tests/run.ts) picks which ones run:
 *   unit          pure functions, no database
 *   int-sqlite    integration suites on a fresh SQLite file per test file
 *   int-postgres  the same suites on a fresh PostgreSQL database per test file
 *   e2e           the built production server, driven over HTTP and in Chromium
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      // Keep `with { type: 'json' }`: Node refuses JSON imports without it.
      experimental: { keepImportAttributes: true },
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // Payload's admin modules import their styles; tests that build the admin's form state on the server need none.
    '\\.(css|scss)$': '<rootDir>/tests/helpers/no-styles.cjs',
  },
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
}

const integration = (database) => ({
  ...common,
  displayName: `int-${database}`,
  setupFiles: [`<rootDir>/tests/helpers/use-${database}.ts`],
  testMatch: ['<rootDir>/tests/int/**/*.int.spec.ts', '<rootDir>/plugins/*/tests/**/*.int.spec.ts'],
  // Suites named *.postgres.int.spec.ts cover what only a shared Postgres server does.
  testPathIgnorePatterns: database === 'postgres' ? [] : ['\\.postgres\\.int\\.spec\\.ts$'],
})

export default {
  // Booting Payload, migrating a fresh database and seeding take seconds, not milliseconds.
  testTimeout: 60_000,
  // Every integration file boots its own Payload, and a jest process keeps part of
  // each one: run in band for the whole run, one process ran out of its 4 GB heap
  // after ~40 minutes. Setting a limit makes jest use a worker even on a two-core
  // machine, and replace it once it holds more than this after a test file.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/tests/unit/**/*.spec.ts',
        '<rootDir>/plugins/*/tests/**/*.unit.spec.ts',
      ],
    },
    integration('sqlite'),
    integration('postgres'),
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
    },
  ],
}
