import type { AfterErrorHook } from 'payload'

import { QueryError, ValidationError } from 'payload'

import { type Bilingual, inCallerLanguage } from '../lib/caller-language'
import { fieldErrors } from '../validation/field-error'

/**
 * Payload answers some errors caused by the caller's input with a 500: a multipart body
 * it cannot parse, a value the database driver refuses to bind (NaN, a number too large)
 * or the database refuses to convert (PostgreSQL's "data exception" class 22), a value
 * nested so deep that a recursive walk overflows the stack. The request gate
 * (src/api/request-guard.ts) stops most of these before Payload; this hook, the one place
 * where Payload's REST errors are answered, turns what still gets through into a 400 with a
 * message in the caller's language. Other 500s stay 500s, and no answer carries a stack.
 * Payload's own 400 for a where path it cannot query (unknown, or hidden from the caller)
 * gets the same message in the caller's language. A ValidationError raised
 * without field labels (the database's unique index: a slug already taken) is
 * summed up as our own are, naming each field as the form labels it.
 */
export const CLIENT_ERROR_MESSAGES = {
  badForm: { ar: 'نموذج الرفع (multipart) تالف.', en: 'The upload form (multipart) is malformed.' },
  badPath: (paths: string) => ({
    ar: `لا يمكن البحث في هذا المسار: ${paths}`,
    en: `The following path cannot be queried: ${paths}`,
  }),
  badValue: {
    ar: 'في الطلب قيمة من نوع خاطئ أو خارج النطاق.',
    en: 'A value in the request has the wrong type or is out of range.',
  },
  tooDeep: { ar: 'الطلب متداخل أكثر مما ينبغي.', en: 'The request is nested too deeply.' },
} satisfies Record<string, Bilingual | ((paths: string) => Bilingual)>

type Cause = { code?: unknown; message?: unknown }

const causesOf = (error: unknown): Cause[] => {
  const causes: Cause[] = []
  let current = error as { cause?: unknown } | undefined
  for (let i = 0; current && i < 5; i++) {
    causes.push(current as Cause)
    current = current.cause as { cause?: unknown } | undefined
  }
  return causes
}

/** What kind of caller mistake an error is, if it is one. */
export const classifyClientError = (
  error: unknown,
): Exclude<keyof typeof CLIENT_ERROR_MESSAGES, 'badPath'> | undefined => {
  const causes = causesOf(error)
  const messages = causes.map((cause) => String(cause.message ?? ''))
  const stack = String((error as { stack?: unknown })?.stack ?? '')
  if (
    stack.includes('/busboy/') ||
    messages.some((m) =>
      /Malformed part header|Unexpected end of form|Multipart: Boundary not found|not eligible for file upload|Malformed urlencoded form/.test(
        m,
      ),
    )
  ) {
    return 'badForm'
  }
  if (error instanceof RangeError && /Maximum call stack/.test(error.message)) return 'tooDeep'
  // PostgreSQL: SQLSTATE class 22 is "data exception" (22P02 invalid text representation, 22003 out of range, 22007/8 dates).
  if (causes.some((cause) => typeof cause.code === 'string' && /^22[0-9A-Z]{3}$/.test(cause.code)))
    return 'badValue'
  // libSQL refuses to bind these before SQLite sees them.
  if (
    messages.some((m) =>
      /Only finite numbers|cannot be passed as argument|out of range for|integer overflow/i.test(m),
    )
  )
    return 'badValue'
  return undefined
}

export const answerClientErrors: AfterErrorHook = ({ collection, error, req, result }) => {
  if (error instanceof ValidationError && collection) {
    const [first] = (result as { errors?: object[] } | undefined)?.errors ?? []
    const { message } = fieldErrors(req, collection.slug, error.data.errors)
    return { response: { ...result, errors: [{ ...first, message }] }, status: error.status }
  }
  if (error instanceof QueryError) {
    const paths = ((error.data ?? []) as { path?: string }[])
      .map(({ path }) => String(path).slice(0, 80))
      .join(', ')
    const [first] = (result as { errors?: object[] } | undefined)?.errors ?? []
    return {
      response: {
        ...result,
        errors: [
          { ...first, message: inCallerLanguage(req, CLIENT_ERROR_MESSAGES.badPath(paths)) },
        ],
      },
      status: 400,
    }
  }
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  const kind = classifyClientError(error)
  if (!kind) return
  return {
    response: {
      ...result,
      errors: [{ message: inCallerLanguage(req, CLIENT_ERROR_MESSAGES[kind]) }],
    },
    status: 400,
  }
}
