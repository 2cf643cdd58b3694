import {
  get,
  reportTitleAndDate,
  richText,
  type SearchSource,
  text,
} from '../../src/search/search-source'

/** What search reads of an event: its title, venue and city, and description; placed by its start date and country. */
export const eventSearch: SearchSource = {
  ...reportTitleAndDate('title', 'startDate'),
  body: (doc, locale) => [richText(doc.description, locale)],
  countries: (doc) => [get(doc, 'location.country')],
  summary: (doc, locale) => [
    text(get(doc, 'location.venue'), locale),
    text(get(doc, 'location.city'), locale),
  ],
}
