/**
 * The staff roles of a Jusur press office. Every access rule in the app is
 * phrased in terms of these; nothing else should compare role strings.
 */
export const ROLES = ['admin', 'editor', 'reviewer', 'author', 'translator'] as const

export type Role = (typeof ROLES)[number]

/** Arabic and English names of each role, for the admin's select field. */
export const ROLE_LABELS: Record<Role, { ar: string; en: string }> = {
  admin: { ar: 'مدير النظام', en: 'Administrator' },
  editor: { ar: 'رئيس التحرير', en: 'Editor-in-chief' },
  reviewer: { ar: 'مُراجع', en: 'Reviewer' },
  author: { ar: 'محرر', en: 'Author' },
  translator: { ar: 'مترجم', en: 'Translator' },
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)
