import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { restoreVersionOperation } from 'payload'

import { bulkTransitions, performBulkTransition } from './bulk'
import { WorkflowError } from './errors'
import { assignableReviewers } from './reviewers'
import { workflowQueue } from './queue'
import { describeWorkflow, performTransition, type TransitionRequest } from './service'
import { asSlug, type ResolvedOptions } from './types'

const OPTIONAL_TEXT = ['comment', 'locale', 'publishAt', 'version'] as const

/** The request's JSON body; undefined if it has none or it is not JSON. */
const jsonBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/** A transition request, refused (400) unless the body has the expected shape. */
const transitionRequestOf = (req: PayloadRequest, body: unknown): TransitionRequest => {
  const record = body as Record<string, unknown> | undefined
  if (!record || typeof record !== 'object' || typeof record.transition !== 'string')
    throw new WorkflowError(req, 400, 'unknownTransition')
  for (const key of OPTIONAL_TEXT) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string')
      throw new WorkflowError(req, 400, 'unknownTransition')
  }
  const notice = record.notice
  if (
    notice !== undefined &&
    notice !== null &&
    (typeof notice !== 'object' || Array.isArray(notice))
  )
    throw new WorkflowError(req, 400, 'noticeRequired')
  const accept = record.acceptUnpublishedLinks
  if (accept !== undefined && accept !== null && typeof accept !== 'boolean')
    throw new WorkflowError(req, 400, 'unknownTransition')
  const assignee = record.assignee
  if (
    assignee !== undefined &&
    assignee !== null &&
    typeof assignee !== 'string' &&
    typeof assignee !== 'number'
  ) {
    throw new WorkflowError(req, 400, 'invalidAssignee')
  }
  return record as TransitionRequest
}

const targetOf = (req: PayloadRequest, collection: string) => ({
  collection,
  id: String(req.routeParams?.id),
})

/** `GET` and `POST /api/{collection}/{id}/workflow`. */
export const workflowEndpoints = (options: ResolvedOptions, collection: string): Endpoint[] => {
  const read: PayloadHandler = async (req) =>
    Response.json(await describeWorkflow({ options, req, target: targetOf(req, collection) }))
  const transition: PayloadHandler = async (req) => {
    if (!req.user) throw new WorkflowError(req, 401, 'notLoggedIn')
    const input = transitionRequestOf(req, await jsonBody(req))
    return Response.json(
      await performTransition({ input, options, req, target: targetOf(req, collection) }),
    )
  }
  const bulkOffer: PayloadHandler = (req) =>
    Promise.resolve(Response.json({ transitions: bulkTransitions(req, options, collection) }))
  const bulk: PayloadHandler = async (req) => {
    if (!req.user) throw new WorkflowError(req, 401, 'notLoggedIn')
    // Each document is moved as it is now: no version the caller looked at.
    const {
      ids,
      version: _version,
      ...input
    } = transitionRequestOf(req, await jsonBody(req)) as { ids?: unknown } & TransitionRequest
    return Response.json({
      results: await performBulkTransition({ collection, ids, input, options, req }),
    })
  }
  return [
    { handler: bulkOffer, method: 'get', path: '/workflow/transitions' },
    { handler: bulk, method: 'post', path: '/workflow/bulk' },
    {
      handler: async (req) =>
        Response.json({ reviewers: await assignableReviewers(req, options, collection) }),
      method: 'get',
      path: '/workflow/reviewers',
    },
    { handler: read, method: 'get', path: '/:id/workflow' },
    { handler: transition, method: 'post', path: '/:id/workflow' },
    draftRestoreEndpoint(collection),
  ]
}

/**
 * `POST /api/{collection}/versions/{id}`, in place of Payload's own: the gate
 * restores a version only as a draft outside a transition, so over REST (the
 * admin's "Restore this version" among its callers) every restore is a draft
 * restore, whatever `draft` says. The live row, what readers see, is left as
 * it is until the draft is published through the workflow.
 */
export const draftRestoreEndpoint = (collection: string): Endpoint => ({
  handler: async (req) => {
    const depth = Number(req.query?.depth)
    // The operation, as Payload's handler calls it: the Local API's restoreVersion has no `draft`.
    const doc = await restoreVersionOperation({
      collection: req.payload.collections[asSlug(collection)],
      depth: Number.isInteger(depth) ? depth : undefined,
      draft: true,
      id: String(req.routeParams?.id),
      overrideAccess: false,
      req,
    })
    return Response.json({ ...doc, message: req.t('version:restoredSuccessfully') })
  },
  method: 'post',
  path: '/versions/:id',
})

/** `GET /api/workflow/queue`: what awaits the caller's action. */
export const queueEndpoint = (options: ResolvedOptions): Endpoint => ({
  handler: async (req) => Response.json(await workflowQueue(req, options)),
  method: 'get',
  path: '/workflow/queue',
})
