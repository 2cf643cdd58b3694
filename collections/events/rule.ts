import { endsBeforeStart, type FuzzyDate } from '../../src/lib/fuzzy-date'
import type { CrossFieldRule } from '../../src/validation/cross-field'
import { END_BEFORE_START } from '../../src/validation/field-error'

type EventDates = { endDate?: FuzzyDate | null; startDate?: FuzzyDate | null }

/** An event ends after it starts. */
export const eventRule: CrossFieldRule<EventDates> = {
  paths: ['endDate.date'],
  problems: (event) =>
    endsBeforeStart(event.startDate, event.endDate)
      ? [{ message: END_BEFORE_START, path: 'endDate.date' }]
      : [],
}
