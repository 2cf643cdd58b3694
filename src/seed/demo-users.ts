import type { Role } from '../access/roles'

/** Demo only: every demo account shares this password. Never seed it in production. */
export const DEMO_PASSWORD = 'jusur-demo'

export type DemoUser = { email: string; name: string; role: Role }

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@jusur.demo', name: 'سلمى الإدارية', role: 'admin' },
  { email: 'editor@jusur.demo', name: 'هالة رئيسة التحرير', role: 'editor' },
  { email: 'reviewer@jusur.demo', name: 'كريم المراجع', role: 'reviewer' },
  { email: 'author@jusur.demo', name: 'نور المحررة', role: 'author' },
  { email: 'translator@jusur.demo', name: 'دانيال المترجم', role: 'translator' },
]
