import type { PayloadRequest } from 'payload'

import { asSlug } from './types'

/** What PostgreSQL's `serial` holds: the 32-bit integer column Payload gives number ids there by default. */
const SERIAL = { max: 2 ** 31 - 1, min: -(2 ** 31) }

/**
 * Whether `id`, as a caller sent it, can name a document of `collection` at
 * all: anything where its ids are text; where they are numbers, an integer
 * its id column holds. A database asked for an id its column cannot hold
 * fails the whole request instead of finding nothing.
 */
export const canBeIdOf = (req: PayloadRequest, collection: string, id: number | string) => {
  const custom = req.payload.collections[asSlug(collection)]?.customIDType
  if ((custom ?? req.payload.db.defaultIDType) !== 'number') return true
  const text = String(id)
  if (!/^-?\d{1,16}$/.test(text)) return false
  const value = Number(text)
  const serial =
    custom === undefined && (req.payload.db as { idType?: unknown }).idType === 'serial'
  return serial ? value >= SERIAL.min && value <= SERIAL.max : Number.isSafeInteger(value)
}
