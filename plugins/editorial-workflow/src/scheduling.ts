import type { PayloadRequest, TaskConfig } from 'payload'

import { WorkflowError } from './errors'
import { documentTitles, notifyRefusedWhenDue } from './notifications'
import { isRelease, RELEASES_SLUG, sendReleaseBack, type ReleaseDocument } from './releases'
import { inEveryLanguage } from './translations'
import type { TransitionRequest } from './service'
import { latestVersion } from './versions'
import { asSlug, type ResolvedOptions, type WorkflowData } from './types'

type ScheduledPublish = {
  /** The comment with which the scheduler accepted links readers cannot see yet, if they did. */
  acceptedLinksComment?: null | string
  collection: string
  id: number | string
  publishAt: string
  scheduledBy: number | string
}

/** Queues the publication for its time, in the same transaction as the `schedule` transition. */
export const queueScheduledPublish = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  job: ScheduledPublish,
) => {
  await req.payload.jobs.queue({
    input: {
      ...job,
      acceptedLinksComment: job.acceptedLinksComment ?? '',
      id: String(job.id),
      scheduledBy: String(job.scheduledBy),
    } as never,
    queue: options.scheduling.queue,
    req,
    task: options.scheduling.taskSlug as never,
    waitUntil: new Date(job.publishAt),
  })
}

/**
 * The job that publishes a scheduled document when its time comes. It acts
 * as the editor who scheduled it, through the same transition service, so
 * the gate is checked again: if the document was edited, unscheduled or
 * rescheduled meanwhile, or that editor may no longer publish, nothing goes
 * out. Two app instances may both pick the job up: the history's sequence
 * lets only one publication through.
 */
export const scheduledPublishTask = (
  options: ResolvedOptions,
  perform: (args: {
    automatic: true
    input: TransitionRequest
    req: PayloadRequest
    target: { collection: string; id: string }
  }) => Promise<unknown>,
): TaskConfig<{ input: Record<string, string>; output: { outcome: string } }> => ({
  slug: options.scheduling.taskSlug as never,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
    { name: 'scheduledBy', type: 'text', required: true },
    { name: 'acceptedLinksComment', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const { acceptedLinksComment, collection, id, publishAt, scheduledBy } =
      input as ScheduledPublish & { id: string }
    const transition = options.transitions.find(
      (candidate) => candidate.roles.length === 0 && candidate.effect === 'publish',
    )
    // The schedule lives on the latest draft (the live row changes only on publication).
    const latest = await latestVersion(req, collection, id)
    const scheduler = await req.payload.db.findOne({
      collection: asSlug(options.usersSlug),
      req,
      where: { id: { equals: scheduledBy } },
    })
    const planned = (latest?.version.workflow as undefined | WorkflowData)?.publishAt
    if (!transition || !latest || !scheduler)
      return { output: { outcome: 'skipped: document, scheduler or transition gone' } }
    if (!planned || Date.parse(planned) !== Date.parse(publishAt))
      return { output: { outcome: 'skipped: rescheduled or unscheduled' } }
    // The scheduler acts with the rights they have now, not those they had when scheduling.
    const scheduling = options.transitions.filter((candidate) => candidate.effect === 'schedule')
    const roles = options.rolesOf({
      ...scheduler,
      collection: options.usersSlug,
    } as PayloadRequest['user'])
    if (!scheduling.some((candidate) => candidate.roles.some((role) => roles.includes(role)))) {
      req.payload.logger.warn({
        collection,
        id,
        msg: 'scheduled publication refused: the scheduler may no longer publish',
      })
      return { output: { outcome: 'refused: the scheduler may no longer publish' } }
    }
    req.user = { ...scheduler, collection: options.usersSlug } as PayloadRequest['user']
    try {
      await perform({
        automatic: true,
        input: {
          acceptUnpublishedLinks: Boolean(acceptedLinksComment),
          comment: acceptedLinksComment || null,
          transition: transition.name,
        },
        req,
        target: { collection, id },
      })
      return { output: { outcome: 'published' } }
    } catch (error) {
      if (error instanceof WorkflowError) {
        req.payload.logger.warn({
          collection,
          id,
          msg: `scheduled publication refused: ${error.message}`,
        })
        if (isRelease(options, collection)) await releaseRefusedWhenDue(req, options, id, error)
        else
          await notifyRefusedWhenDue(req, options, {
            action: inEveryLanguage(req.payload.config.i18n.translations, 'inbox:refusedWhenDue'),
            collection,
            id,
            reason: error.message,
            titles: documentTitles(req, collection, latest.version),
          })
        return { output: { outcome: `refused: ${error.message}` } }
      }
      throw error
    }
  },
})

/**
 * A release whose scheduled publication was refused when it fell due (an
 * item edited, unapproved or incomplete since) goes back to review, with the
 * refusal in its history; the scheduler is told.
 */
const releaseRefusedWhenDue = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  id: string,
  refusal: WorkflowError,
) => {
  const release = await latestVersion(req, RELEASES_SLUG, id)
  if (!release) return
  await sendReleaseBack(req, options, { ...release.version, id } as ReleaseDocument, {
    comment: refusal.message,
    details: { refusedWhenDue: refusal.data?.reason ?? null },
  })
  await notifyRefusedWhenDue(req, options, {
    action: inEveryLanguage(req.payload.config.i18n.translations, 'admin:scheduleRefused'),
    collection: RELEASES_SLUG,
    id,
    reason: refusal.message,
    titles: documentTitles(req, RELEASES_SLUG, release.version),
  })
}
