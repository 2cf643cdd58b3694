import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isRole, type Role } from './roles'

/**
 * Access rules live here and only here. Collections import these helpers;
 * the admin UI merely reflects what they return.
 */

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The valid roles a user holds (unknown strings in the database are ignored). */
export const rolesOf = (user: MaybeUser): Role[] => {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) ? roles.filter(isRole) : []
}

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  rolesOf(user).some((role) => roles.includes(role))

/** Any logged-in user of the users collection with at least one role. */
export const isStaff = (user: MaybeUser): boolean => rolesOf(user).length > 0

export const anyone: Access = () => true

export const adminsOnly: Access = ({ req }) => hasRole(req.user, 'admin')

export const staffOnly: Access = ({ req }) => isStaff(req.user)

/** Returns an access function granting the listed roles. */
export const rolesOnly =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

/** Admins see and change every user; everybody else only their own account. */
export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}

export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Staff read everything; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => (isStaff(req.user) ? true : publishedOnly)

/**
 * Media: staff see every item; the public only those a document it may read
 * uses (a published article, a person...). `publicUse` is kept current by
 * src/media/public-use.ts. For files, staff get a condition that any stored
 * item meets, so that the file route looks the name up (an unknown name is
 * refused with a 403, as it is for the public) instead of going to the disk
 * for a file that no item has (which Payload answers with a 500).
 */
const usedPublicly: Where = { publicUse: { equals: true } }
const anyStoredItem: Where = { id: { exists: true } }

export const publicMediaOrStaff: Access = ({ isReadingStaticFile, req }) => {
  if (!isStaff(req.user)) return usedPublicly
  return isReadingStaticFile ? anyStoredItem : true
}

/** Nobody sets this field through an API; only the system's own bookkeeping (with access control off) writes it. */
export const nobody: FieldAccess = () => false

/** Roles that write content. Reviewers only read and judge. */
export const CONTENT_WRITER_ROLES: Role[] = ['admin', 'editor', 'author', 'translator']
