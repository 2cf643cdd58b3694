import { reportTitleAndDate, rows, type SearchSource, text } from '../../src/search/search-source'

/** What search reads of an agreement: its title, summary and phases; placed by its signing date, parties and domains. */
export const agreementSearch: SearchSource = {
  ...reportTitleAndDate('title', 'signingDate'),
  body: (doc, locale) =>
    rows(doc, 'phases').flatMap((phase) => [
      text(phase.name, locale),
      text(phase.description, locale),
    ]),
  countries: (doc) => rows(doc, 'parties').map((party) => party.country),
  summary: (doc, locale) => [text(doc.summary, locale)],
  topics: (doc) => (doc.domains as unknown[]) ?? [],
}
