import type { CollectionBeforeValidateHook } from 'payload'

import { endsBeforeStart, type FuzzyDate } from '../../../src/lib/fuzzy-date'
import {
  afterChange,
  END_BEFORE_START,
  type FieldProblem,
  throwIfProblems,
} from '../../../src/validation/field-error'

type Ref = number | string | { id: number | string }

type Delegation = {
  endDate?: FuzzyDate | null
  head?: { person?: Ref | null } | null
  members?: Ref[] | null
  startDate?: FuzzyDate | null
}

const idOf = (ref: Ref): number | string => (typeof ref === 'object' ? ref.id : ref)

export const validateDelegation: CollectionBeforeValidateHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const delegation = afterChange<Delegation>(data, originalDoc)
  const problems: FieldProblem[] = []
  if (endsBeforeStart(delegation.startDate, delegation.endDate))
    problems.push({ message: END_BEFORE_START, path: 'endDate.date' })
  const head = delegation.head?.person
  const members = (delegation.members ?? []).map((member) => String(idOf(member)))
  if (head && !members.includes(String(idOf(head)))) {
    problems.push({
      message: {
        ar: 'رئيس الوفد يجب أن يكون من بين أعضائه.',
        en: 'The head of the delegation must be one of its members.',
      },
      path: 'head.person',
    })
  }
  throwIfProblems(req, collection.slug, problems)
  return data
}
