import type { Payload } from 'payload'

import { DEMO_PASSWORD, DEMO_USERS } from './demo-users'
import { paragraphsToLexical } from './lexical'
import { REPORT_ARTICLE, REPORT_ARTICLE_PUBLISHED_AT } from './report-article'

export type SeedReport = { created: string[]; existing: string[] }

/**
 * Loads the demo accounts and content. Idempotent: what already exists (found
 * by e-mail or slug) is left as it is, so a second run changes nothing and
 * never overwrites an editor's changes.
 */
export const seedDemoContent = async (payload: Payload): Promise<SeedReport> => {
  const report: SeedReport = { created: [], existing: [] }

  for (const user of DEMO_USERS) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
    if (totalDocs > 0) {
      report.existing.push(user.email)
      continue
    }
    await payload.create({
      collection: 'users',
      data: { email: user.email, name: user.name, password: DEMO_PASSWORD, roles: [user.role] },
    })
    report.created.push(user.email)
  }

  const { ar, en } = REPORT_ARTICLE
  const existing = await payload.count({
    collection: 'articles',
    locale: 'en',
    where: { slug: { equals: en.slug } },
  })
  if (existing.totalDocs > 0) {
    report.existing.push(`article ${en.slug}`)
    return report
  }
  const article = await payload.create({
    collection: 'articles',
    locale: 'ar',
    data: {
      _status: 'published',
      body: paragraphsToLexical(ar.body, 'rtl'),
      publishedAt: REPORT_ARTICLE_PUBLISHED_AT,
      slug: ar.slug,
      sourceAttribution: ar.sourceAttribution,
      summary: ar.summary,
      title: ar.title,
    },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    data: {
      _status: 'published',
      body: paragraphsToLexical(en.body, 'ltr'),
      slug: en.slug,
      sourceAttribution: en.sourceAttribution,
      summary: en.summary,
      title: en.title,
    },
  })
  report.created.push(`article ${en.slug}`)
  return report
}
