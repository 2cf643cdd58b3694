import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account created on an empty installation (the admin's
 * "create first user" screen) becomes an administrator; otherwise nobody
 * could ever grant roles.
 */
export const assignFirstUserAdmin: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
