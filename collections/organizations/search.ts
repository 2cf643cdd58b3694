import { names, type SearchSource, text } from '../../src/search/search-source'

/** What search reads of an organization: the name, acronym and aliases, in both languages. */
export const organizationSearch: SearchSource = {
  countries: (doc) => [doc.country],
  otherNames: (doc) => names(doc, 'name', 'acronym'),
  title: (doc, locale) => text(doc.name, locale),
}
