import type { PayloadRequest, TypedUser } from 'payload'

import { assertStaffCallerOn, transitionsFor } from './graph'
import { asSlug, type ResolvedOptions } from './types'

/** The most users the reviewer picker reads: a newsroom's staff, with room to spare. */
const MAX_USERS = 1000

/** Whether `user` may approve documents of `collection`: a role of a transition that approves. */
export const mayReview = (
  options: ResolvedOptions,
  collection: string,
  user: Partial<TypedUser> | Record<string, unknown>,
): boolean => {
  const roles = options.rolesOf(user as TypedUser)
  return transitionsFor(options, collection).some(
    (transition) =>
      (transition.effect === 'approve' || transition.approves === true) &&
      transition.roles.some((role) => roles.includes(role)),
  )
}

/** The field that names a user: the users' title, unless it is Payload's default, the id; then their e-mail address. */
export const userNameField = (req: PayloadRequest, options: ResolvedOptions): string => {
  const title = req.payload.collections[asSlug(options.usersSlug)]?.config.admin.useAsTitle
  return title && title !== 'id' ? title : 'email'
}

/** How the admin names a user: by the name field, else their e-mail address, else their id. */
export const userName = (user: Record<string, unknown>, nameField: string): string =>
  String(user[nameField] || user.email || user.id)

/** The names of the users `ids` (duplicates and blanks ignored), by id, as the caller may read them. */
export const userNames = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  ids: unknown[],
): Promise<Map<string, string>> => {
  const wanted = [...new Set(ids.filter((id) => id !== null && id !== undefined))]
  if (wanted.length === 0) return new Map()
  const nameField = userNameField(req, options)
  const { docs } = await req.payload.find({
    collection: asSlug(options.usersSlug),
    depth: 0,
    limit: wanted.length,
    overrideAccess: false,
    pagination: false,
    req,
    where: { id: { in: wanted } },
  })
  return new Map(
    (docs as unknown as Record<string, unknown>[]).map((user) => [
      String(user.id),
      userName(user, nameField),
    ]),
  )
}

/**
 * The users a document of `collection` may be assigned to for review (those
 * who may approve it), as the caller may read them, by name: the submit
 * dialog's picker.
 */
export const assignableReviewers = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: string,
): Promise<{ id: number | string; name: string }[]> => {
  assertStaffCallerOn(req, options, collection)
  const nameField = userNameField(req, options)
  const { docs } = await req.payload.find({
    collection: asSlug(options.usersSlug),
    depth: 0,
    limit: MAX_USERS,
    overrideAccess: false,
    req,
    sort: nameField,
  })
  return (docs as unknown as Record<string, unknown>[])
    .filter((user) => mayReview(options, collection, user))
    .map((user) => ({
      id: user.id as number | string,
      name: userName(user, nameField),
    }))
}
