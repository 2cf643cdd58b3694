import { editorialWorkflow, type EditorialWorkflowOptions } from '@jusur/editorial-workflow'

import { rolesOf } from '../access'

/** The report collections that go through review before anything is public. */
export const WORKFLOW_COLLECTIONS = ['articles', 'events', 'delegations', 'agreements'] as const

/**
 * Jusur's use of the editorial-workflow plugin: the default graph and roles
 * (authors submit, reviewers approve, the editor-in-chief publishes), and an
 * article is complete in a language when its title, summary and body are.
 * The scheduler runs inside the app server, except in tests, which run due
 * jobs themselves.
 */
export const WORKFLOW_OPTIONS: EditorialWorkflowOptions = {
  collections: [...WORKFLOW_COLLECTIONS],
  parity: { fields: { articles: ['title', 'summary', 'body'] } },
  rolesOf,
  scheduling: { autoRun: process.env.NODE_ENV !== 'test' },
}

export const jusurWorkflow = editorialWorkflow(WORKFLOW_OPTIONS)
