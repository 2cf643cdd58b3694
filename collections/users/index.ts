import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField, adminsOrSelf, isStaff, staffOnly } from '../../src/access'
import { ROLE_LABELS, ROLES } from '../../src/access/roles'
import { ADMINISTRATION_GROUP } from '../../src/config/collection-groups'
import { LOCK_TIME_MS, MAX_LOGIN_ATTEMPTS } from '../../src/settings/security'
import { assignFirstUserAdmin } from './hooks/assign-first-user-admin'
import { forgiveSuccessfulLogin, limitAttempts } from './hooks/limit-attempts'

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
  ],
}
