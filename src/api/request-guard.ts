import type { FlattenedField, SanitizedConfig } from 'payload'

import { getOperationAST, parse } from 'graphql'
import * as qs from 'qs-esm'

import type { Bilingual } from '../lib/caller-language'

import { CONTENT_LOCALES } from '../settings/localization'
import { pathEnds, queryProblem } from '../validation/query-check'
import { BodyTooLarge, bodyText, jsonBody, MAX_JSON_DEPTH, requestWithText } from './request-body'

/**
 * The first gate of the public API: every REST and GraphQL request passes here before
 * Payload sees it (src/app/(payload)/api/…/route.ts). It refuses, with a 4xx and a message
 * in the caller's language, the malformed input Payload would otherwise answer with a 500
 * (or silently accept): bodies that are not a JSON object, too large or too deeply nested
 * (read once, by ./request-body.ts), batches of GraphQL operations;
 * unknown locales; non-numeric depth, limit, page or ids; sort and where clauses that are
 * not plain field paths with known operators and values of the field's type; JSON-path
 * queries into rich-text and JSON fields; GraphQL over GET without a query, with variables
 * or extensions that are not a JSON object, or asking for a mutation (405, as GraphQL over
 * HTTP says). Anything thrown past it becomes a plain JSON 500 without a stack.
 */

export { MAX_JSON_BYTES } from './request-body'
export const MAX_DEPTH_PARAM = 10
export const MAX_LIMIT_PARAM = 1000

const WHERE_OPERATORS = new Set([
  'all',
  'contains',
  'equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'in',
  'intersects',
  'less_than',
  'less_than_equal',
  'like',
  'near',
  'not_equals',
  'not_in',
  'not_like',
  'within',
])
const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])
const COMPARISONS = new Set([
  'equals',
  'greater_than',
  'greater_than_equal',
  'in',
  'less_than',
  'less_than_equal',
  'not_equals',
  'not_in',
  'all',
])
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/
const INTEGER = /^-?\d{1,15}$/

export const GUARD_MESSAGES = {
  badBody: {
    ar: 'جسم الطلب ليس كائن JSON صالحًا.',
    en: 'The request body is not a valid JSON object.',
  },
  badContentType: {
    ar: 'نوع المحتوى غير مدعوم: أرسل application/json أو multipart/form-data.',
    en: 'Unsupported content type: send application/json or multipart/form-data.',
  },
  badId: { ar: 'المعرّف غير صالح.', en: 'The id is not valid.' },
  badMethod: { ar: 'طريقة HTTP هذه غير مدعومة.', en: 'This HTTP method is not supported.' },
  badJsonParam: (name: string) => ({
    ar: `المعامل «${name}» ليس كائن JSON صالحًا.`,
    en: `The parameter "${name}" is not a valid JSON object.`,
  }),
  // In English to every caller, as the express server answered it before this check moved here.
  batched: {
    ar: 'Batched GraphQL operations are not accepted: send one operation per request.',
    en: 'Batched GraphQL operations are not accepted: send one operation per request.',
  },
  badLocale: (value: string) => ({
    ar: `اللغة «${value}» غير معروفة: اختر «ar» أو «en».`,
    en: `Unknown locale "${value}": use "ar" or "en".`,
  }),
  badParam: (name: string) => ({
    ar: `قيمة المعامل «${name}» غير صالحة.`,
    en: `The parameter "${name}" has an invalid value.`,
  }),
  badSort: {
    ar: 'معامل الترتيب sort يقبل أسماء حقول فقط.',
    en: 'The sort parameter accepts field names only.',
  },
  badWhere: (detail: string) => ({
    ar: `شرط البحث where غير صالح: ${detail}`,
    en: `The where clause is not valid: ${detail}`,
  }),
  missingQuery: {
    ar: 'لا استعلام في الطلب: أرسل المعامل query.',
    en: 'The request has no query: send the query parameter.',
  },
  mutationOverGet: {
    ar: 'لا تُرسَل عمليات التعديل (mutation) بطريقة GET: أرسلها بطريقة POST.',
    en: 'Mutations cannot be sent with GET: send them with POST.',
  },
  tooDeep: { ar: 'الطلب متداخل أكثر مما ينبغي.', en: 'The request is nested too deeply.' },
  tooLarge: { ar: 'جسم الطلب أكبر من المسموح.', en: 'The request body is too large.' },
  unexpected: { ar: 'حدث خطأ في الخادم.', en: 'Something went wrong on the server.' },
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>

/** The caller's language as Payload's admin picks it: the language cookie, then Accept-Language; Arabic by default. */
export const requestLanguage = (request: Request, cookiePrefix = 'jusur'): 'ar' | 'en' =>
  languageOf(request.headers.get('cookie'), request.headers.get('accept-language'), cookiePrefix)

/** requestLanguage from the two headers themselves (the express app has no fetch Request). */
export const languageOf = (
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
  cookiePrefix = 'jusur',
): 'ar' | 'en' => {
  const fromCookie = new RegExp(`(?:^|;\\s*)${cookiePrefix}-lng=(ar|en)\\b`).exec(cookie ?? '')?.[1]
  if (fromCookie === 'ar' || fromCookie === 'en') return fromCookie
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'ar' || tag === 'en') return tag
  }
  return 'ar'
}

export class GuardError extends Error {
  constructor(
    readonly status: number,
    readonly text: Bilingual,
    /** Headers the refusal needs (Allow on a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en)
  }
}

const fail = (status: number, text: Bilingual): never => {
  throw new GuardError(status, text)
}

export const errorResponse = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response => Response.json({ errors: [{ message }] }, { headers, status })

/** Nesting depth of a parsed JSON value, without recursion (a hostile value may be deeper than the stack). */
export const jsonDepth = (value: unknown, limit = Infinity): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (item === null || typeof item !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return deepest
}

type Collection = SanitizedConfig['collections'][number]

const fieldNamed = (collection: Collection | undefined, name: string): FlattenedField | undefined =>
  collection?.flattenedFields.find((field) => 'name' in field && field.name === name)

const isNumericId = (config: SanitizedConfig, collection: Collection | undefined) => {
  const idField = fieldNamed(collection, 'id')
  if (idField) return idField.type === 'number'
  return (config.db as { defaultIDType?: string }).defaultIDType === 'number'
}

const valuesOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

const checkWhere = (
  where: unknown,
  config: SanitizedConfig,
  collection: Collection | undefined,
  level = 0,
): void => {
  if (level > 12) fail(400, GUARD_MESSAGES.tooDeep)
  if (where === null || typeof where !== 'object' || Array.isArray(where))
    fail(400, GUARD_MESSAGES.badWhere('not an object'))
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      if (condition === null || typeof condition !== 'object')
        fail(400, GUARD_MESSAGES.badWhere(`${key} needs a list of conditions`))
      for (const item of Object.values(condition as object))
        checkWhere(item, config, collection, level + 1)
      continue
    }
    if (!FIELD_PATH.test(key))
      fail(400, GUARD_MESSAGES.badWhere(`"${key.slice(0, 60)}" is not a field path`))
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
      fail(400, GUARD_MESSAGES.badWhere(`${key} needs an operator`))
    }
    // The field the path ends at, through groups and relationships (its type decides which values fit).
    const ends = key === 'id' || !collection ? [] : pathEnds(config, collection, key)
    const field = ends.length === 1 && ends[0]!.rest.length === 0 ? ends[0]!.field : undefined
    const nested = key !== 'id' && !field
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!WHERE_OPERATORS.has(operator))
        fail(400, GUARD_MESSAGES.badWhere(`unknown operator "${operator.slice(0, 40)}"`))
      if (GEO_OPERATORS.has(operator)) {
        if (field?.type !== 'point')
          fail(400, GUARD_MESSAGES.badWhere(`${operator} applies to locations only`))
        continue
      }
      if (operator === 'exists') {
        if (!['true', 'false', true, false].includes(value as string))
          fail(400, GUARD_MESSAGES.badWhere('exists takes true or false'))
        continue
      }
      for (const item of valuesOf(value)) {
        if (item !== null && typeof item === 'object')
          fail(400, GUARD_MESSAGES.badWhere(`${key} ${operator} takes plain values`))
      }
      if (!COMPARISONS.has(operator) || nested) continue
      const numeric =
        (key === 'id' && isNumericId(config, collection)) ||
        field?.type === 'number' ||
        ((field?.type === 'relationship' || field?.type === 'upload') &&
          typeof field.relationTo === 'string' &&
          isNumericId(
            config,
            config.collections.find((c) => c.slug === field.relationTo),
          ))
      const dated = field?.type === 'date'
      for (const item of valuesOf(value)) {
        if (item === null || item === '' || item === 'null') continue
        if (
          numeric &&
          !(typeof item === 'number'
            ? Number.isFinite(item)
            : /^-?\d+(\.\d+)?$/.test(String(item).trim()))
        ) {
          fail(400, GUARD_MESSAGES.badWhere(`${key} takes numbers`))
        }
        if (dated && Number.isNaN(new Date(String(item)).getTime()))
          fail(400, GUARD_MESSAGES.badWhere(`${key} takes dates`))
      }
    }
  }
}

/** The locales a query string names, which Payload reads on REST and GraphQL alike. */
const checkLocaleParams = (params: URLSearchParams): void => {
  for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
    const value = params.get(name)
    if (value === null) continue
    const allowed =
      name === 'locale'
        ? [...CONTENT_LOCALES, 'all', '*']
        : [...CONTENT_LOCALES, 'none', 'null', 'false', '']
    if (!allowed.includes(value)) fail(400, GUARD_MESSAGES.badLocale(value.slice(0, 20)))
  }
}

/** Checks the query string and path of a REST request against the config; throws a GuardError. */
export const checkRestQuery = (config: SanitizedConfig, url: URL, slug: string[]): void => {
  const collection = config.collections.find((c) => c.slug === slug[0])
  const params = url.searchParams
  checkLocaleParams(params)
  const integerParam = (name: string, min: number, max: number) => {
    const value = params.get(name)
    if (value === null) return
    if (!INTEGER.test(value) || Number(value) < min || Number(value) > max)
      fail(400, GUARD_MESSAGES.badParam(name))
  }
  integerParam('depth', 0, MAX_DEPTH_PARAM)
  integerParam('limit', 0, MAX_LIMIT_PARAM)
  integerParam('page', 1, 1_000_000)
  for (const name of ['draft', 'pagination', 'trash']) {
    const value = params.get(name)
    if (value !== null && !['true', 'false', ''].includes(value))
      fail(400, GUARD_MESSAGES.badParam(name))
  }
  for (const sort of params.getAll('sort')) {
    for (const part of sort.split(','))
      if (!FIELD_PATH.test(part.trim().replace(/^-/, ''))) fail(400, GUARD_MESSAGES.badSort)
  }
  let where: unknown
  if ([...params.keys()].some((key) => key.startsWith('where'))) {
    where = (
      qs.parse(url.search, { arrayLimit: 1000, depth: 20, ignoreQueryPrefix: true }) as {
        where?: unknown
      }
    ).where
    if (jsonDepth(where, 30) > 30) fail(400, GUARD_MESSAGES.tooDeep)
    if (where !== undefined) checkWhere(where, config, collection)
  }
  const problem =
    collection && queryProblem(config, collection, { sort: params.getAll('sort'), where })
  if (problem) fail(400, problem)
  // /<collection>/<id> and /<collection>/versions/<id>: ids are numbers on SQL databases.
  // The admin's preferences are addressed by key (/payload-preferences/locale), not by id.
  if (collection && collection.slug !== 'payload-preferences' && isNumericId(config, collection)) {
    const id = slug[1] === 'versions' ? slug[2] : slug[1]
    // A route word (login, count, access, by-slug…): the sanitized config lists Payload's own
    // endpoints and the plugins' alike (tests/int/payload-internals.int.spec.ts pins it).
    const isWord =
      slug[1] !== 'versions' &&
      (collection.endpoints || []).some(
        (endpoint: { path: string }) => endpoint.path.split('/')[1] === slug[1],
      )
    if (id !== undefined && !isWord && !/^\d{1,15}$/.test(id)) fail(404, GUARD_MESSAGES.badId)
  }
}

/**
 * The body as JSON that is neither malformed nor too deep (undefined when empty); throws a
 * GuardError. The body is read and parsed once, whoever asks (./request-body.ts).
 */
const checkedJson = async (request: Request): Promise<{ text: string; value?: unknown }> => {
  const body = await jsonBody(request)
  if (body.problem === 'tooDeep') fail(400, GUARD_MESSAGES.tooDeep)
  if (body.problem === 'malformed') fail(400, GUARD_MESSAGES.badBody)
  return body
}

const isObject = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>

const answer = async (
  request: Request,
  cookiePrefix: string | undefined,
  run: () => Promise<Response>,
): Promise<Response> => {
  try {
    return await run()
  } catch (error) {
    const language = requestLanguage(request, cookiePrefix)
    if (error instanceof GuardError)
      return errorResponse(error.status, error.text[language], error.headers)
    if (error instanceof BodyTooLarge) return errorResponse(413, GUARD_MESSAGES.tooLarge[language])
    // Payload answers its own errors; what still escapes it is a server fault, answered without details.
    console.error(error)
    return errorResponse(500, GUARD_MESSAGES.unexpected[language])
  }
}

const isJson = (type: string) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type)

/** Wraps one of Payload's REST route handlers with the checks above. */
export const guardRest =
  (configPromise: Promise<SanitizedConfig> | SanitizedConfig, handler: RestHandler): RestHandler =>
  async (request, args) => {
    const config = await configPromise
    return answer(request, config.cookiePrefix, async () => {
      const url = new URL(request.url)
      const { slug } = await args.params
      checkRestQuery(config, url, slug)
      let forwarded = request
      const type = request.headers.get('content-type') ?? ''
      const override =
        request.headers.get('x-payload-http-method-override') ??
        request.headers.get('x-http-method-override')
      if (
        request.method === 'POST' &&
        override === 'GET' &&
        /^application\/x-www-form-urlencoded\b/i.test(type)
      ) {
        // The admin's relationship fields read with POST and the query string as a form body
        // (Payload's method override): the same checks apply to it.
        const search = await bodyText(request)
        checkRestQuery(config, new URL(`${url.origin}${url.pathname}?${search}`), slug)
        forwarded = requestWithText(request, search)
      } else if (
        request.method !== 'GET' &&
        request.method !== 'HEAD' &&
        request.method !== 'OPTIONS' &&
        request.body
      ) {
        if (/^multipart\/form-data\b/i.test(type)) {
          if (!/boundary=/i.test(type)) fail(400, GUARD_MESSAGES.badContentType)
        } else if (isJson(type) || type === '') {
          const { text, value } = await checkedJson(request)
          if (text.trim() !== '' && !isObject(value)) fail(400, GUARD_MESSAGES.badBody)
          forwarded = requestWithText(request, text)
        } else fail(415, GUARD_MESSAGES.badContentType)
      }
      return handler(forwarded, { params: Promise.resolve({ slug }) })
    })
  }

/**
 * GraphQL over GET (`?query=…&variables=…&operationName=…&extensions=…`): a query, JSON
 * objects in variables and extensions, known locales, and never a mutation, which would let a
 * link or an image change content (405 with `Allow: POST`). A query that does not parse is
 * left to graphql-http, which answers it as it answers the same query sent with POST.
 */
const checkGraphQLGet = (url: URL): void => {
  const params = url.searchParams
  checkLocaleParams(params)
  for (const name of ['variables', 'extensions']) {
    const text = params.get(name)
    if (text === null || text === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      fail(400, GUARD_MESSAGES.badJsonParam(name))
    }
    if (value !== null && !isObject(value)) fail(400, GUARD_MESSAGES.badJsonParam(name))
    if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) fail(400, GUARD_MESSAGES.tooDeep)
  }
  const query = params.get('query')
  if (!query?.trim()) fail(400, GUARD_MESSAGES.missingQuery)
  let operation: ReturnType<typeof getOperationAST>
  try {
    operation = getOperationAST(parse(query!), params.get('operationName') || undefined)
  } catch {
    return
  }
  if (operation?.operation === 'mutation')
    throw new GuardError(405, GUARD_MESSAGES.mutationOverGet, { allow: 'POST' })
}

/**
 * Wraps Payload's GraphQL route handler. Over GET, the query string as above. Over POST,
 * the body must be one operation, a JSON object of reasonable size and depth. A JSON array
 * of operations (batching, which some servers accept) would multiply every other limit, so
 * it gets a clear 400 instead of graphql-http's refusal.
 */
export const guardGraphQL =
  (
    configPromise: Promise<SanitizedConfig> | SanitizedConfig,
    handler: GraphQLHandler,
  ): GraphQLHandler =>
  async (request) => {
    const config = await configPromise
    return answer(request, config.cookiePrefix, async () => {
      if (request.method === 'GET') {
        checkGraphQLGet(new URL(request.url))
        return handler(request)
      }
      const type = request.headers.get('content-type') ?? ''
      if (/^multipart\/form-data\b/i.test(type)) return handler(request)
      if (!isJson(type) && type !== '') fail(415, GUARD_MESSAGES.badContentType)
      const { text, value } = await checkedJson(request)
      if (Array.isArray(value)) fail(400, GUARD_MESSAGES.batched)
      if (!isObject(value)) fail(400, GUARD_MESSAGES.badBody)
      return handler(requestWithText(request, text))
    })
  }
