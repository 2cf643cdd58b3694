import type { SanitizedConfig } from 'payload'

import { resolveWorkflowOptions } from '@jusur/editorial-workflow'

/** What the test bed's `editorialWorkflow({ collections: ['posts'], scheduling: { autoRun: false } })` resolves to. */
export const resolvedDefaults = (config: SanitizedConfig) =>
  resolveWorkflowOptions(
    { collections: ['posts'], scheduling: { autoRun: false } },
    config as never,
  )
