import type { PayloadRequest } from 'payload'

import { inLanguage } from './label'
import { asSlug, type ResolvedOptions, type TransitionDefinition, type WorkflowData } from './types'

export type Notice = {
  collection: string
  comment: null | string
  id: number | string
  /** The document's title, in the language of the request that took the transition. */
  title: string
  transition: TransitionDefinition
  workflow: WorkflowData
}

/**
 * A document's title as the admin shows it (its collection's `useAsTitle`
 * field), in the request's language when the document is read in every
 * locale; its id when it has none.
 */
export const documentTitle = (
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
): string => {
  const field = req.payload.collections[asSlug(collection)]?.config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  if (value && typeof value === 'object') return inLanguage(req, value as Record<string, string>)
  return value === null || value === undefined || value === '' ? String(doc.id) : String(value)
}

/** The link to a document in the admin: absolute when the options name the admin's address. */
export const adminLink = (options: ResolvedOptions, collection: string, id: number | string) =>
  `${options.notifications.adminURL}/admin/collections/${collection}/${id}`

type Recipient = { email?: string; id: number | string }

const usersById = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  ids: unknown[],
): Promise<Recipient[]> => {
  const wanted = [...new Set(ids.filter((id) => id !== null && id !== undefined).map(String))]
  if (wanted.length === 0) return []
  const { docs } = await req.payload.db.find({
    collection: asSlug(options.usersSlug),
    limit: 0,
    pagination: false,
    req,
    where: { id: { in: wanted } },
  })
  return docs as Recipient[]
}

const usersWithRoles = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  roles: string[],
): Promise<Recipient[]> => {
  const { docs } = await req.payload.db.find({
    collection: asSlug(options.usersSlug),
    limit: 0,
    pagination: false,
    req,
    where: { roles: { in: roles } },
  })
  return docs as Recipient[]
}

/** Who hears of a transition: reviewers (or the assignee) on submit, the author on a verdict, everyone concerned on publication. */
const recipientsFor = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  notice: Notice,
): Promise<Recipient[]> => {
  const { workflow } = notice
  switch (notice.transition.effect) {
    case 'submit':
      return workflow.assignee
        ? usersById(req, options, [workflow.assignee])
        : usersWithRoles(req, options, options.notifications.reviewerRoles)
    case 'approve':
      return usersById(req, options, [workflow.submittedBy, workflow.lastEditedBy])
    case 'publish':
      return usersById(req, options, [
        workflow.submittedBy,
        workflow.lastEditedBy,
        workflow.approvedBy,
        workflow.assignee,
      ])
    default:
      return notice.transition.name === 'request_changes'
        ? usersById(req, options, [workflow.submittedBy, workflow.lastEditedBy])
        : []
  }
}

/**
 * E-mails the people a transition concerns (the subject names the action and
 * the document's title; the link is absolute when `notifications.adminURL` or
 * the config's `serverURL` is set), through Payload's email adapter
 * (without one, Payload writes each message to the log). Runs after the
 * transition has committed and never fails it: a mail server being down is
 * logged, not reported to the editor as a failed approval.
 */
export const notifyAfterTransition = (
  req: PayloadRequest,
  options: ResolvedOptions,
  notice: Notice,
): void => {
  if (!options.notifications.enabled) return
  const send = async () => {
    const recipients = (await recipientsFor(req, options, notice)).filter(
      (user) => user.email && String(user.id) !== String(req.user?.id),
    )
    if (recipients.length === 0) return
    const action = inLanguage(req, notice.transition.label)
    const text = [
      `${action}: «${notice.title}» (${notice.collection} #${notice.id})`,
      notice.comment ? `\n${notice.comment}` : '',
      `\n${adminLink(options, notice.collection, notice.id)}`,
    ].join('')
    await req.payload.sendEmail({
      subject: `[${notice.collection} #${notice.id}] ${action}: ${notice.title}`,
      text,
      to: recipients.map((user) => user.email!).join(', '),
    })
  }
  send().catch((error: unknown) =>
    req.payload.logger.error({ err: error, msg: 'workflow notification failed' }),
  )
}
