/** `npm run load:countries`: loads every ISO 3166-1 country (Arabic and English names); idempotent. */
import { loadCountries } from '../seed/countries'
import { runWithPayload } from './run-with-payload'

runWithPayload(
  'load:countries',
  async (payload) => `Countries: ${await loadCountries(payload)} added.`,
)
