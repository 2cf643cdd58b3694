/**
 * The example client at work against a running Jusur (`npm run demo`):
 *   JUSUR_URL=http://localhost:3000 npx tsx examples/typed-client/src/main.ts [search words]
 * prints the latest articles in Arabic and English, a search, and the public changes so far.
 */
import { createJusurClient } from './client'
import { ChangesSince, LatestArticles, Search } from './operations'

const jusur = createJusurClient({
  apiKey: process.env.JUSUR_API_KEY,
  url: process.env.JUSUR_URL ?? 'http://localhost:3000',
})

for (const locale of ['ar', 'en'] as const) {
  const { Articles } = await jusur.query(LatestArticles, { limit: 5, locale })
  console.log(`${locale}: ${Articles?.totalDocs ?? 0} articles`)
  for (const article of Articles?.docs ?? []) console.log(`  ${article.title} (/${article.slug})`)
}

const words = process.argv.slice(2).join(' ') || 'الأمن'
const { search } = await jusur.query(Search, { q: words })
console.log(`search «${words}»: ${search.totalDocs} results`)
for (const hit of search.hits) console.log(`  ${hit.collection} ${hit.title}`)

const { Changes } = await jusur.query(ChangesSince, {})
console.log(`${Changes?.changes.length ?? 0} public changes; next cursor ${Changes?.next}`)
