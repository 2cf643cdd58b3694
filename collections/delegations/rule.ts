import { endsBeforeStart, type FuzzyDate } from '../../src/lib/fuzzy-date'
import type { CrossFieldRule } from '../../src/validation/cross-field'
import { END_BEFORE_START, type FieldProblem } from '../../src/validation/field-error'

type Ref = number | string | { id: number | string }

type Delegation = {
  endDate?: FuzzyDate | null
  head?: { person?: Ref | null } | null
  members?: Ref[] | null
  startDate?: FuzzyDate | null
}

const idOf = (ref: Ref): number | string => (typeof ref === 'object' ? ref.id : ref)

/** A delegation ends after it starts, and its head is one of its members. */
export const delegationRule: CrossFieldRule<Delegation> = {
  paths: ['endDate.date', 'head.person'],
  problems: (delegation) => {
    const problems: FieldProblem[] = []
    if (endsBeforeStart(delegation.startDate, delegation.endDate))
      problems.push({ message: END_BEFORE_START, path: 'endDate.date' })
    const head = delegation.head?.person
    const members = (delegation.members ?? []).map((member) => String(idOf(member)))
    if (head && !members.includes(String(idOf(head)))) {
      problems.push({
        message: {
          ar: 'يجب أن يكون رئيس الوفد أحد أعضائه.',
          en: 'The head of the delegation must be one of its members.',
        },
        path: 'head.person',
      })
    }
    return problems
  },
}
