import type { PayloadRequest } from 'payload'

import { endsBeforeStart, type FuzzyDate, mayFallWithin } from '../../src/lib/fuzzy-date'
import type { CrossFieldRule } from '../../src/validation/cross-field'
import type { FieldProblem } from '../../src/validation/field-error'

type Ref = number | string | { id: number | string }

type Agreement = {
  effectiveDate?: FuzzyDate | null
  expiryDate?: FuzzyDate | null
  parties?: { country?: Ref | null; organization?: Ref | null }[] | null
  signingDate?: FuzzyDate | null
  signingEvent?: Ref | null
}

export const MIN_PARTIES = 2

/**
 * An agreement has two parties or more, each a country or an organization;
 * it expires after it takes effect; it is signed within its signing event.
 */
const agreementProblems = async (
  agreement: Partial<Agreement>,
  req: PayloadRequest,
): Promise<FieldProblem[]> => {
  const problems: FieldProblem[] = []
  if ((agreement.parties ?? []).length < MIN_PARTIES) {
    problems.push({
      message: {
        ar: 'يجب أن يكون للاتفاقية طرفان على الأقل.',
        en: 'An agreement needs at least two parties.',
      },
      path: 'parties',
    })
  }
  for (const [row, party] of (agreement.parties ?? []).entries()) {
    if (Boolean(party.country) === Boolean(party.organization)) {
      problems.push({
        message: {
          ar: 'كل طرف إما دولة وإما جهة، لا كلتاهما.',
          en: 'Each party is either a country or an organization, not both.',
        },
        path: `parties.${row}.country`,
      })
    }
  }
  if (endsBeforeStart(agreement.effectiveDate, agreement.expiryDate)) {
    problems.push({
      message: {
        ar: 'تاريخ الانتهاء يسبق تاريخ السريان.',
        en: 'The expiry date is before the effective date.',
      },
      path: 'expiryDate.date',
    })
  }
  const eventRef = agreement.signingEvent
  if (eventRef && agreement.signingDate?.date) {
    const id = typeof eventRef === 'object' ? eventRef.id : eventRef
    const event = await req.payload.findByID({
      collection: 'events',
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      req,
    })
    if (event && !mayFallWithin(agreement.signingDate, event.startDate, event.endDate)) {
      problems.push({
        message: {
          ar: 'تاريخ التوقيع لا يقع ضمن تواريخ فعالية التوقيع.',
          en: 'The signing date does not fall within the dates of the signing event.',
        },
        path: 'signingDate.date',
      })
    }
  }
  return problems
}

export const agreementRule: CrossFieldRule<Agreement> = {
  paths: ['parties', 'parties.country', 'expiryDate.date', 'signingDate.date'],
  problems: (agreement, { req }) => agreementProblems(agreement, req),
}
