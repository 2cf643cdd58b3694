import type { TextField } from 'payload'

import { isStaff } from '../access'

/** Filled by refuseDuplicateNames: the normalized spellings a document is known by. */
export const nameKeysField: TextField = {
  name: 'nameKeys',
  type: 'text',
  label: { ar: 'مفاتيح الأسماء المُوحَّدة', en: 'Normalized name keys' },
  hasMany: true,
  index: true,
  admin: { hidden: true },
  // Staff only: a consumer (a user without a role, src/consumers) reads what the public reads.
  access: { read: ({ req }) => isStaff(req.user) },
}
