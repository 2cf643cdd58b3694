import { get, reportTitleAndDate, type SearchSource, text } from '../../src/search/search-source'

/** What search reads of a delegation: its name, purpose and head's title; placed by its start date and the country it represents. */
export const delegationSearch: SearchSource = {
  ...reportTitleAndDate('name', 'startDate'),
  countries: (doc) => [doc.representedCountry],
  summary: (doc, locale) => [text(doc.purpose, locale), text(get(doc, 'head.title'), locale)],
}
