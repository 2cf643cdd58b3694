import type { Endpoint } from 'payload'

import { isStaff } from '../access'
import { errorAnswer as error, refuseNonStaff } from '../lib/caller-language'
import { loadCandidates } from './candidates'
import { findMentions } from './find-mentions'
import type { LinkTarget } from './link-targets'

/** A long report is a few thousand words; this is far above any of them. */
export const MAX_TEXT_LENGTH = 200_000

/**
 * `POST /api/link-suggestions` with `{ text, locale? }`: the documents of the
 * link targets (people, organizations, countries, events, delegations,
 * agreements) the text mentions, with the positions of each mention, for
 * editors to link. Staff only.
 */
export const linkSuggestionsEndpoint = (targets: readonly LinkTarget[]): Endpoint => ({
  method: 'post',
  path: '/link-suggestions',
  handler: async (req) => {
    const refused = refuseNonStaff(req, isStaff)
    if (refused) return refused
    const body = (await req.json?.().catch(() => undefined)) as
      { locale?: unknown; text?: unknown } | undefined
    const text = body?.text
    const locale = body?.locale ?? 'ar'
    if (typeof text !== 'string' || !text.trim()) {
      return error(req, 400, {
        ar: 'أرسل النص في الحقل text.',
        en: 'Send the text in the "text" field.',
      })
    }
    if (text.length > MAX_TEXT_LENGTH) {
      return error(req, 413, {
        ar: `النص أطول من ${MAX_TEXT_LENGTH} حرف.`,
        en: `The text is longer than ${MAX_TEXT_LENGTH} characters.`,
      })
    }
    if (locale !== 'ar' && locale !== 'en') {
      return error(req, 400, {
        ar: 'اللغة إما «ar» وإما «en».',
        en: 'The locale is either "ar" or "en".',
      })
    }
    const suggestions = findMentions(text, await loadCandidates(req, locale, targets))
    return Response.json({ suggestions })
  },
})
