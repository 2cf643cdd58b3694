import type { TextField } from 'payload'

/** Filled by refuseDuplicateNames: the normalized spellings a document is known by. */
export const nameKeysField: TextField = {
  name: 'nameKeys',
  type: 'text',
  label: { ar: 'مفاتيح الأسماء المُوحَّدة', en: 'Normalized name keys' },
  hasMany: true,
  index: true,
  admin: { hidden: true },
  access: { read: ({ req }) => Boolean(req.user) },
}
