import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type MessageKey, translate } from './translations'

/**
 * A refused workflow request: 400 bad input, 401 not logged in, 403 not
 * permitted, 404 no such document, 409 wrong state or lost race. `reason`
 * is a stable code clients can switch on; the message is for people, in the
 * request's language (`editorial-workflow:error:<reason>`).
 */
export class WorkflowError extends APIError<{ reason: MessageKey } & Record<string, unknown>> {
  /** What follows the reason's message (the incomplete locales, the documents named...). */
  readonly detail: string

  constructor(
    req: PayloadRequest | undefined,
    status: 400 | 401 | 403 | 404 | 409,
    reason: MessageKey,
    detail = '',
    /** What the refusal names, for clients (e.g. `links`: the unpublished documents). */
    data: Record<string, unknown> = {},
  ) {
    super(translate(req?.i18n, `error:${reason}`) + detail, status, { ...data, reason }, true)
    this.detail = detail
    // Payload names errors after their class, which a minified production build renames;
    // the name is what `loggingLevels` and clients match on.
    this.name = 'WorkflowError'
  }
}
