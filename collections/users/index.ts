import { DATE_DIGITS, DEFAULT_DATE_CHOICE, type DateDigits } from '@jusur/editorial-workflow/dates'
import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField, adminsOrSelf, isStaff, staffOnly } from '../../src/access'
import { ROLE_LABELS, ROLES } from '../../src/access/roles'
import { ADMINISTRATION_GROUP } from '../../src/config/collection-groups'
import { LOCK_TIME_MS, MAX_LOGIN_ATTEMPTS } from '../../src/settings/security'
import { assignFirstUserAdmin } from './hooks/assign-first-user-admin'
import { forgiveSuccessfulLogin, limitAttempts } from './hooks/limit-attempts'

/** The digits as each language names them, shown in the digits themselves. */
const DIGITS_LABELS: Record<DateDigits, { ar: string; en: string }> = {
  arab: { ar: '٠١٢٣ (هندية)', en: '٠١٢٣ (Arabic-Indic)' },
  latn: { ar: '0123 (لاتينية)', en: '0123 (Latin)' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { ar: 'مستخدم', en: 'User' },
    plural: { ar: 'المستخدمون', en: 'Users' },
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: ADMINISTRATION_GROUP,
    useAsTitle: 'name',
  },
  auth: {
    // Temporary, not a ban: the lock lifts by itself after LOCK_TIME_MS, an admin can lift it
    // sooner (POST /api/users/unlock), and a successful login resets the count (README: Security).
    lockTime: LOCK_TIME_MS,
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    tokenExpiration: 8 * 60 * 60,
    // Payload's default, stated because security depends on it: every login is a session stored
    // with the user, and a token is honoured only while its session is. Logout ends it, deleting
    // the user ends them all, so a token cannot outlive either (tests/int/auth.int.spec.ts).
    useSessions: true,
  },
  access: {
    // Staff see each other (to assign reviews); only admins manage accounts.
    admin: ({ req }) => isStaff(req.user),
    create: adminsOnly,
    delete: adminsOnly,
    read: staffOnly,
    unlock: adminsOnly,
    update: adminsOrSelf,
  },
  hooks: {
    // Login and password-reset rate limits, on every path (README: Security).
    afterOperation: [forgiveSuccessfulLogin],
    beforeChange: [assignFirstUserAdmin],
    beforeOperation: [limitAttempts],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { ar: 'الاسم', en: 'Name' },
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      label: { ar: 'الأدوار', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['author'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      access: {
        create: adminsOnlyField,
        update: adminsOnlyField,
      },
    },
    {
      // Each user's own: the collection's update access (adminsOrSelf) lets a user change them on
      // their own account only, and an admin on any. Read by the admin (src/admin/dates).
      type: 'collapsible',
      label: { ar: 'عرض التواريخ', en: 'How dates are shown' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'dateDigits',
              type: 'select',
              label: { ar: 'الأرقام في التواريخ', en: 'Digits in dates' },
              defaultValue: DEFAULT_DATE_CHOICE.digits,
              options: DATE_DIGITS.map((value) => ({ label: DIGITS_LABELS[value], value })),
              admin: {
                description: {
                  ar: 'في الواجهة العربية، أما الإنجليزية فأرقامها 0123 دائمًا. يتغير العرض وحده، وتبقى التواريخ المحفوظة كما هي.',
                  en: 'In the Arabic admin (the English one always writes 0123). Only what you see changes; stored dates stay as they are.',
                },
              },
            },
            {
              name: 'hijriDate',
              type: 'checkbox',
              label: {
                ar: 'إظهار التاريخ الهجري (أم القرى) بجانب الميلادي',
                en: 'Show the Hijri date (Umm al-Qura) beside the Gregorian one',
              },
              defaultValue: DEFAULT_DATE_CHOICE.hijri,
              admin: {
                description: {
                  ar: 'مثل: ٥ ديسمبر ٢٠٢٦ (٢٥ جمادى الآخرة ١٤٤٨ هـ).',
                  en: 'For example: 5 December 2026 (25 Jumada II 1448 AH).',
                },
              },
            },
          ],
        },
      ],
    },
  ],
}
