import type { CollectionBeforeValidateHook } from 'payload'

import { endsBeforeStart, type FuzzyDate } from '../../../src/lib/fuzzy-date'
import { afterChange, END_BEFORE_START, throwIfProblems } from '../../../src/validation/field-error'

type EventDates = { endDate?: FuzzyDate | null; startDate?: FuzzyDate | null }

export const validateEvent: CollectionBeforeValidateHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const event = afterChange<EventDates>(data, originalDoc)
  throwIfProblems(req, collection.slug, [
    ...(endsBeforeStart(event.startDate, event.endDate)
      ? [{ message: END_BEFORE_START, path: 'endDate.date' }]
      : []),
  ])
  return data
}
