import type {
  Access,
  CollectionAfterOperationHook,
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import { APIError } from 'payload'

import { translate } from './translations'

/**
 * What readers see of a retracted document, whichever API they use: the
 * document is off the record (lists, search and counts leave it out) but
 * not gone. Read by id, and wherever another document links to it, it is a
 * tombstone: its id, the fields the app keeps (its slug), and `retracted`
 * (time, notice, title), every other field absent (null in GraphQL). Over
 * REST, reading it answers 410 Gone with the same facts. Staff see the
 * whole document, as before.
 */

type IsStaff = (req: PayloadRequest) => boolean

// Fresh each time: Payload rewrites the queries it is given in place.
const retracted = (): Where => ({ 'retracted.at': { exists: true } })
const notRetracted = (): Where => ({ 'retracted.at': { exists: false } })

/**
 * The collection's read access, widened so that readers may reach retracted
 * documents (as tombstones, see `tombstoneForReaders`): whoever may read
 * something of the collection may read its tombstones.
 */
export const admitTombstones =
  (read: Access | undefined): Access =>
  async (args) => {
    const allowed = read ? await read(args) : Boolean(args.req.user)
    if (allowed === true || allowed === false) return allowed
    return { or: [allowed, retracted()] }
  }

/**
 * Readers' lists leave retracted documents out. Reads by id keep them (they
 * answer with the tombstone), and so do the finds by which Payload populates
 * links (its dataloader's, the only finds made with `disableErrors`), so
 * that a link to a retracted document shows it retracted, not missing.
 */
export const listsWithoutTombstones =
  (isStaff: IsStaff): CollectionBeforeOperationHook =>
  ({ args, operation, overrideAccess, req }) => {
    // Server code reading with access control off sees everything, as staff do; readers' reads never are.
    // (Version reads are 'read' too here, but only staff may read versions.)
    if ((operation !== 'read' && operation !== 'count') || overrideAccess || isStaff(req))
      return args
    const read = args as { disableErrors?: boolean; id?: unknown; where?: Where }
    if (read.id !== undefined || read.disableErrors) return args
    return { ...args, where: read.where ? { and: [read.where, notRetracted()] } : notRetracted() }
  }

/** A retracted document as readers see it: the facts of its retraction, and nothing of its content. */
export const tombstoneForReaders =
  (isStaff: IsStaff, keep: string[]): CollectionAfterReadHook =>
  ({ collection, doc, req }) => {
    if (!doc?.retracted?.at || isStaff(req)) return doc
    const title = doc[collection.admin?.useAsTitle ?? 'id']
    return {
      id: doc.id,
      ...Object.fromEntries(
        keep.filter((field) => field in doc).map((field) => [field, doc[field]]),
      ),
      retracted: { ...doc.retracted, title: title ?? null },
    }
  }

/** 410 Gone, with what readers need to know: the title, the notice and when. */
export class RetractedError extends APIError<{
  reason: 'retracted'
  retracted: { at: string; notice: unknown; title: unknown }
}> {
  constructor(req: PayloadRequest, retracted: { at: string; notice: unknown; title: unknown }) {
    const notice = typeof retracted.notice === 'string' ? ` ${retracted.notice}` : ''
    super(`${translate(req.i18n, 'record:withdrawnTitle')}.${notice}`, 410, {
      reason: 'retracted',
      retracted,
    })
    this.name = 'RetractedError'
  }
}

/** Over REST, a reader asking for a retracted document by id gets 410 Gone rather than the tombstone. */
export const goneOverRest =
  (isStaff: IsStaff): CollectionAfterOperationHook =>
  ({ operation, req, result }) => {
    if (operation !== 'findByID' || req.payloadAPI !== 'REST' || isStaff(req)) return result
    const retracted = (result as null | { retracted?: { at?: string } })?.retracted
    if (retracted?.at)
      throw new RetractedError(req, retracted as { at: string; notice: unknown; title: unknown })
    return result
  }
