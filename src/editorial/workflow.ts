import {
  DEFAULT_TRANSITIONS,
  editorialWorkflow,
  RELEASES_SLUG,
  type EditorialWorkflowOptions,
  type TransitionDefinition,
} from '@jusur/editorial-workflow'

import type { CollectionConfig, Plugin } from 'payload'

import { CONTENT_WRITER_ROLES, rolesOf } from '../access'
import { releaseAccess } from '../access/collections'
import type { Role } from '../access/roles'
import { slugsIn } from '../config/collection-groups'
import { ownOrigins } from '../settings/security'
import { COLLECTIONS } from '../config/collections'

/** The report collections: review, approval, then publication by the editor-in-chief (or on schedule). */
export const REPORT_COLLECTIONS = slugsIn(COLLECTIONS, 'report')

const REVIEWERS: Role[] = ['reviewer', 'editor', 'admin']

/** A transition of the default graph, as it is: reference data is submitted and sent back as reports are. */
const defaultTransition = (name: string): TransitionDefinition => {
  const transition = DEFAULT_TRANSITIONS.find((candidate) => candidate.name === name)
  if (!transition) throw new Error(`The workflow plugin has no default transition ${name}.`)
  return transition
}

/**
 * Reference data's graph: a writer submits, a reviewer who did not change it
 * approves and so publishes it, or sends it back.
 */
const REFERENCE_TRANSITIONS = [
  defaultTransition('submit'),
  defaultTransition('request_changes'),
  {
    name: 'approve_publish',
    approves: true,
    effect: 'publish',
    fourEyes: true,
    from: ['in_review'],
    confirmation: defaultTransition('publish').confirmation,
    label: { ar: 'اعتماد ونشر', en: 'Approve and publish' },
    roles: REVIEWERS,
    to: 'published',
  },
  // Withdrawing a name that reports embed is the editor-in-chief's, with a reason.
  defaultTransition('unpublish'),
  {
    name: 'reopen',
    from: ['archived'],
    label: { ar: 'إعادة فتح', en: 'Reopen' },
    roles: CONTENT_WRITER_ROLES,
    to: 'draft',
  },
] satisfies TransitionDefinition[]

/**
 * Jusur's use of the editorial-workflow plugin for `collections`: reports
 * and releases (a report with the documents it links to, reviewed and
 * published as one) take the default graph and roles (authors submit,
 * reviewers approve, the editor-in-chief publishes), reference data the one-step graph above
 * (src/config/collection-groups.ts says which is which); an article is
 * complete in a language when its title, summary and body are. The scheduler
 * runs inside the app server, except in tests, which run due jobs themselves.
 */
export const workflowOptions = (
  collections: readonly CollectionConfig[],
): EditorialWorkflowOptions => {
  const reports = slugsIn(collections, 'report')
  const reference = slugsIn(collections, 'reference')
  return {
    collections: [...reports, ...reference],
    // Links in e-mails are absolute: SERVER_URL, or this machine's address on PORT.
    notifications: { adminURL: ownOrigins()[0] },
    parity: { fields: { articles: ['title', 'summary', 'body'] } },
    // Reports are the public record: corrected with a visible note, retracted with a notice, embargoed.
    record: {
      collections: reports,
      firstPublishedField: 'publishedAt',
      keepWhenRetracted: ['slug'],
    },
    releases: { access: releaseAccess },
    rolesOf,
    scheduling: { autoRun: process.env.NODE_ENV !== 'test' },
    transitions: [
      ...DEFAULT_TRANSITIONS.map((transition) => ({
        ...transition,
        collections: [...reports, RELEASES_SLUG],
      })),
      ...REFERENCE_TRANSITIONS.map((transition) => ({ ...transition, collections: reference })),
    ],
  }
}

/** The options for Jusur's collections. */
export const WORKFLOW_OPTIONS = workflowOptions(COLLECTIONS)

/** The workflow plugin, for the reports and reference data among the collections of the config it is given. */
export const jusurWorkflow: Plugin = (config) =>
  editorialWorkflow(workflowOptions(config.collections ?? []))(config)
