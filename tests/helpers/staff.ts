import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { apiClient } from './api'

export const STAFF_PASSWORD = 'correct horse battery staple'

/** Two accounts per editorial role (the second for four-eyes checks), created through the Local API, with their tokens. */
export const STAFF = [
  'admin',
  'editor',
  'editor2',
  'reviewer',
  'reviewer2',
  'author',
  'author2',
  'translator',
] as const

export type StaffMember = (typeof STAFF)[number]

export type Staff = {
  ids: Record<StaffMember, number | string>
  tokens: Record<StaffMember, string>
}

const roleOf = (member: StaffMember): Role => member.replace(/\d$/, '') as Role

export const createStaff = async (
  payload: Payload,
  api: ReturnType<typeof apiClient>,
): Promise<Staff> => {
  const staff = { ids: {}, tokens: {} } as Staff
  for (const member of STAFF) {
    const email = `${member}@example.org`
    const user = await payload.create({
      collection: 'users',
      data: { email, name: member, password: STAFF_PASSWORD, roles: [roleOf(member)] },
    })
    staff.ids[member] = user.id
    staff.tokens[member] = await api.login(email, STAFF_PASSWORD)
  }
  return staff
}
