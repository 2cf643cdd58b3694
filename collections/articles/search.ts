import { richText, type SearchSource, text } from '../../src/search/search-source'

/** What search reads of an article: its title, summary and body; filtered by its countries, topics and publication date. */
export const articleSearch: SearchSource = {
  body: (doc, locale) => [richText(doc.body, locale)],
  countries: (doc) => (doc.countries as unknown[]) ?? [],
  date: (doc) => doc.publishedAt,
  summary: (doc, locale) => [text(doc.summary, locale)],
  title: (doc, locale) => text(doc.title, locale),
  topics: (doc) => (doc.topics as unknown[]) ?? [],
}
