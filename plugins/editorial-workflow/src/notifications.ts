import type { PayloadRequest } from 'payload'

import { deliverToInbox } from './inbox-collection'
import { inLanguage } from './label'
import {
  asSlug,
  type Label,
  type ResolvedOptions,
  type TransitionDefinition,
  type WorkflowData,
} from './types'

export type Notice = {
  collection: string
  comment: null | string
  id: number | string
  /** The document's title in each content language. */
  titles: Label
  transition: TransitionDefinition
  workflow: WorkflowData
}

/**
 * A document's title in each content language (its collection's
 * `useAsTitle` field, read in every locale), leaving out empty ones; one
 * text for all languages when the field is not localized, and the id when
 * there is no title at all. `inLanguage` picks the reader's.
 */
export const documentTitles = (
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
): Label => {
  const field = req.payload.collections[asSlug(collection)]?.config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  const texts =
    value && typeof value === 'object'
      ? Object.entries(value).filter(([, text]) => typeof text === 'string' && text !== '')
      : value === null || value === undefined || value === ''
        ? []
        : [['*', String(value)]]
  return texts.length > 0 ? Object.fromEntries(texts) : { '*': String(doc.id) }
}

/** The `transition` of a notification that tells a scheduler their scheduled publication was refused when due. */
export const REFUSED_WHEN_DUE = 'refusedWhenDue'

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

/** Sends one e-mail to those of `recipients` who have an address; never fails its caller (a mail server being down is logged). */
const mail = (
  req: PayloadRequest,
  recipients: Recipient[],
  message: { subject: string; text: string },
): void => {
  const to = recipients.flatMap((user) => (user.email ? [user.email] : []))
  if (to.length === 0) return
  req.payload
    .sendEmail({ ...message, to: to.join(', ') })
    .catch((error: unknown) =>
      req.payload.logger.error({ err: error, msg: 'workflow notification failed' }),
    )
}

/**
 * Tells the people a transition concerns, after it has committed: a
 * notification in each one's admin inbox (the bell), and an e-mail whose
 * subject names the action and the document's title, with an absolute link
 * when `notifications.adminURL` or the config's `serverURL` is set (through
 * Payload's email adapter; without one, Payload logs each message). Whoever
 * took the step is not told of it, unless the system took it for them (a
 * scheduled publication). Never fails the transition: a failure is logged.
 */
export const notifyAfterTransition = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  notice: Notice,
  { automatic }: { automatic: boolean },
): Promise<void> => {
  if (!options.notifications.enabled) return
  try {
    const recipients = (await recipientsFor(req, options, notice)).filter(
      (user) => automatic || String(user.id) !== String(req.user?.id),
    )
    if (recipients.length === 0) return
    await deliverToInbox(
      req,
      recipients.map((user) => ({
        action: notice.transition.label,
        actor: req.user?.id ?? null,
        collection: notice.collection,
        comment: notice.comment,
        document: String(notice.id),
        recipient: user.id,
        title: notice.titles,
        transition: notice.transition.name,
      })),
    )
    const action = inLanguage(req, notice.transition.label)
    const title = inLanguage(req, notice.titles)
    mail(req, recipients, {
      subject: `[${notice.collection} #${notice.id}] ${action}: ${title}`,
      text: [
        `${action}: «${title}» (${notice.collection} #${notice.id})`,
        notice.comment ? `\n${notice.comment}` : '',
        `\n${adminLink(options, notice.collection, notice.id)}`,
      ].join(''),
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'workflow notification failed' })
  }
}

/**
 * Tells whoever scheduled a publication that it was refused when it fell
 * due (the document was edited, unapproved or left incomplete since), with
 * the reason: in their inbox and by e-mail. `action` names what happened in
 * every admin language. Never fails its caller.
 */
export const notifyRefusedWhenDue = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  refusal: {
    action: Label
    collection: string
    id: number | string
    reason: string
    titles: Label
  },
): Promise<void> => {
  const scheduler = req.user as null | Recipient | undefined
  if (!scheduler || !options.notifications.enabled) return
  try {
    await deliverToInbox(req, [
      {
        action: refusal.action,
        actor: null,
        collection: refusal.collection,
        comment: refusal.reason,
        document: String(refusal.id),
        recipient: scheduler.id,
        title: refusal.titles,
        transition: REFUSED_WHEN_DUE,
      },
    ])
    mail(req, [scheduler], {
      subject: `[${refusal.collection} #${refusal.id}] ${inLanguage(req, refusal.action)}: ${inLanguage(req, refusal.titles)}`,
      text: `${refusal.reason}\n${adminLink(options, refusal.collection, refusal.id)}`,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'workflow notification failed' })
  }
}
