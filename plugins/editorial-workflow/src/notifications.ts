import type { PayloadRequest } from 'payload'

import { inLanguage } from './label'
import { asSlug, type ResolvedOptions, type TransitionDefinition, type WorkflowData } from './types'

export type Notice = {
  collection: string
  comment: null | string
  id: number | string
  transition: TransitionDefinition
  workflow: WorkflowData
}

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
 * E-mails the people a transition concerns, through Payload's email adapter
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
    const title = inLanguage(req, notice.transition.label)
    const link = `${options.notifications.adminURL}/admin/collections/${notice.collection}/${notice.id}`
    const text = [
      `${title}: ${notice.collection} #${notice.id}`,
      notice.comment ? `\n${notice.comment}` : '',
      `\n${link}`,
    ].join('')
    await req.payload.sendEmail({
      subject: `[${notice.collection} #${notice.id}] ${title}`,
      text,
      to: recipients.map((user) => user.email!).join(', '),
    })
  }
  send().catch((error: unknown) =>
    req.payload.logger.error({ err: error, msg: 'workflow notification failed' }),
  )
}
