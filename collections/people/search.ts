import { names, rows, type SearchSource, text } from '../../src/search/search-source'

/** What search reads of a person: the name (and aliases, in both languages) and the titles held. */
export const personSearch: SearchSource = {
  body: (doc, locale) => rows(doc, 'positions').map((position) => text(position.title, locale)),
  countries: (doc) => [doc.country],
  otherNames: (doc) => names(doc, 'name'),
  title: (doc, locale) => text(doc.name, locale),
}
