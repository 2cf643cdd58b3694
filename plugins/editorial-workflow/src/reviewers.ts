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
      name: String(user[nameField] || user.email || user.id),
    }))
}
