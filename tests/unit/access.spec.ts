import type { PayloadRequest } from 'payload'

import { describe, expect, it } from '@jest/globals'

import {
  adminsOnly,
  adminsOrSelf,
  hasRole,
  isStaff,
  publishedOrStaff,
  rolesOf,
  rolesOnly,
  staffOnly,
} from '../../src/access'
import { ROLE_LABELS, ROLES } from '../../src/access/roles'

const user = (...roles: string[]) =>
  ({ collection: 'users', id: 7, roles }) as unknown as PayloadRequest['user']
const args = (u: PayloadRequest['user'] | null) => ({ req: { user: u } as PayloadRequest })

describe('roles', () => {
  it('has Arabic and English names for every role', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].ar).toMatch(/[\u0600-\u06FF]/)
      expect(ROLE_LABELS[role].en).toMatch(/^[A-Z]/)
    }
  })

  it('ignores role strings that are not Jusur roles', () => {
    expect(rolesOf(user('editor', 'superuser', 'root'))).toEqual(['editor'])
    expect(rolesOf(null)).toEqual([])
    expect(rolesOf({ roles: 'admin' } as never)).toEqual([])
  })

  it('checks membership in any of the given roles', () => {
    expect(hasRole(user('author'), 'editor', 'author')).toBe(true)
    expect(hasRole(user('author'), 'editor')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
  })

  it('treats only users with a role as staff', () => {
    expect(isStaff(user('translator'))).toBe(true)
    expect(isStaff(user())).toBe(false)
    expect(isStaff(user('unknown'))).toBe(false)
    expect(isStaff(undefined)).toBe(false)
  })
})

describe('access functions', () => {
  it('adminsOnly admits admins and nobody else', () => {
    expect(adminsOnly(args(user('admin')))).toBe(true)
    for (const role of ROLES.filter((r) => r !== 'admin'))
      expect(adminsOnly(args(user(role)))).toBe(false)
    expect(adminsOnly(args(null))).toBe(false)
  })

  it('staffOnly admits every role and refuses anonymous callers', () => {
    for (const role of ROLES) expect(staffOnly(args(user(role)))).toBe(true)
    expect(staffOnly(args(null))).toBe(false)
  })

  it('rolesOnly admits exactly the listed roles', () => {
    const access = rolesOnly('editor', 'reviewer')
    expect(ROLES.filter((role) => access(args(user(role))) === true)).toEqual([
      'editor',
      'reviewer',
    ])
  })

  it('adminsOrSelf limits non-admins to their own account', () => {
    expect(adminsOrSelf(args(user('admin')))).toBe(true)
    expect(adminsOrSelf(args(user('author')))).toEqual({ id: { equals: 7 } })
    expect(adminsOrSelf(args(null))).toBe(false)
  })

  it('publishedOrStaff shows the public published documents only', () => {
    expect(publishedOrStaff(args(null))).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrStaff(args(user('reviewer')))).toBe(true)
  })
})
