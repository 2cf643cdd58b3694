import type { SanitizedConfig } from 'payload'

import { type EditorialWorkflowOptions, resolveWorkflowOptions } from '@jusur/editorial-workflow'

/** The plugin as most suites run it: on `posts`, its jobs run when a test runs them. */
export const DEFAULT_OPTIONS: EditorialWorkflowOptions = {
  collections: ['posts'],
  scheduling: { autoRun: false },
}

/** What the test bed's `editorialWorkflow(DEFAULT_OPTIONS)` resolves to. */
export const resolvedDefaults = (config: SanitizedConfig) =>
  resolveWorkflowOptions(DEFAULT_OPTIONS, config as never)
