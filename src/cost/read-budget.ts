/**
 * The budget of one API request, beyond the cost estimated before it runs
 * (./rest-cost.ts, src/graphql/cost-rule.ts): estimates can be wrong, the data
 * decides how many documents a relationship or a join really holds. So an
 * anonymous read that is not answered from the read cache (src/read-cache
 * answers hits before this) also
 *   - waits for a turn: only `concurrency` are computed at once, so a flood of
 *     costly reads from anyone queues here instead of sharing the two cores
 *     and the heap; a read that waits longer than `queueMs` gets a 503 with
 *     Retry-After;
 *   - has a deadline (`timeoutMs` from its turn) and a count of the documents
 *     it reads (`maxDocuments`; memory grows with the documents a request
 *     holds, and counting them is cheap and exact where measuring a request's
 *     heap is neither). Both are checked at every operation and every
 *     document read (collection afterRead runs for populated and joined
 *     documents too), so a request over either stops with an error at its next
 *     document, and the process carries on;
 *   - lets other requests in: every request under a budget, staff ones too,
 *     passes its pacer (./pacer.ts) at every operation and document, which
 *     hands the event loop back between them.
 * Whether a request is anonymous is Payload's verdict on its credentials, its
 * auth strategies asked before it runs, so no spelling of headers escapes it
 * and a staff request's own internal reads never queue. Work our own code does
 * through the Local API outside an API request has no budget.
 */
import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  Config,
  Plugin,
  SanitizedConfig,
} from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex'
import { APIError, executeAuthStrategies, getPayload } from 'payload'

import type { Bilingual } from '../lib/caller-language'

import { isStaff } from '../access'
import { errorResponse, requestLanguage } from '../api/request-guard'
import { type ReadBudget, readBudget } from '../settings/security'
import { COST_MESSAGES } from './messages'
import { createPacer, type Pacer } from './pacer'
import { restReadCost } from './rest-cost'

/** Seconds a refused caller is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5

/** Why a request is refused; without a text its answer already says why and only its status changes. */
type Refusal = { status: number; text?: Bilingual }

type RequestBudget = {
  /** Payload's verdict on the request's credentials, taken before it runs (`withReadBudget`). */
  anonymous: boolean
  settings: ReadBudget
  turns: SemaphoreInterface
  /** Set once the request's first REST read has been costed (nested reads are its own population). */
  costed: boolean
  deadline: number
  documents: number
  pacer: Pacer
  refusal?: Refusal
  /** The turn's release once taken; undefined if none came in time. */
  turn?: Promise<(() => void) | undefined>
}

/** Turns to compute anonymous reads: `size` at once; a waiter gives up after `waitMs`. */
export const createTurns = (size: number, waitMs: number): SemaphoreInterface =>
  withTimeout(new Semaphore(size), waitMs)

/** Takes a turn: its release, or undefined if none came in time. */
export const takeTurn = async (turns: SemaphoreInterface): Promise<(() => void) | undefined> => {
  try {
    const [, release] = await turns.acquire()
    return release
  } catch (error) {
    if (error === E_TIMEOUT) return undefined
    throw error
  }
}

// On globalThis: the route handlers and the Payload config may be bundled as separate module instances.
const STORE = Symbol.for('jusur.readBudget')
const store: AsyncLocalStorage<RequestBudget> = ((globalThis as Record<symbol, unknown>)[STORE] ??=
  new AsyncLocalStorage<RequestBudget>()) as AsyncLocalStorage<RequestBudget>

/** One queue per configuration: the REST and GraphQL handlers of an instance share it. */
const turnsByConfig = new WeakMap<SanitizedConfig, SemaphoreInterface>()

/** The turns of an instance's anonymous reads, made with `settings` by the first handler that asks. */
export const anonymousTurns = (
  config: SanitizedConfig,
  settings: ReadBudget = readBudget(),
): SemaphoreInterface => {
  let turns = turnsByConfig.get(config)
  if (!turns)
    turnsByConfig.set(config, (turns = createTurns(settings.concurrency, settings.queueMs)))
  return turns
}

/**
 * Signing in is no read: its work is bounded (one account and a password hash)
 * and counted by the login limits (collections/users/hooks/limit-attempts.ts).
 * Queued behind a flood of anonymous reads, it would lock the staff out.
 */
const UNQUEUED_OPERATIONS: ReadonlySet<string> = new Set([
  'forgotPassword',
  'login',
  'resetPassword',
])

const refuse = (budget: RequestBudget, status: number, text: Bilingual): never => {
  budget.refusal ??= { status, text }
  throw new APIError(text.en, status)
}

/**
 * What the fair limits (src/api/fair-limits.ts) learn of a request: whether
 * it is staff's (their verdict, which the budget takes instead of asking
 * Payload again), and once answered, how many documents an anonymous one read.
 */
export type ReadCharge = { documents: number; staff: boolean }

const CHARGES = Symbol.for('jusur.readCharge')
const charges: AsyncLocalStorage<ReadCharge> = ((globalThis as Record<symbol, unknown>)[CHARGES] ??=
  new AsyncLocalStorage<ReadCharge>()) as AsyncLocalStorage<ReadCharge>

/** Runs a request's handler, `charge` learning what its reads cost. */
export const chargingReads = <T>(charge: ReadCharge, run: () => Promise<T>): Promise<T> =>
  charges.run(charge, run)

/**
 * Marks the current request refused with `status`, its answer unchanged: a GraphQL
 * query refused by validation, which graphql-http answers with a 200 and the reason.
 */
export const refuseRequest = (status: number): void => {
  const budget = store.getStore()
  if (budget) budget.refusal ??= { status }
}

const checkRunning = (budget: RequestBudget): void => {
  if (budget.refusal) throw new APIError('refused', budget.refusal.status)
  if (Date.now() > budget.deadline) refuse(budget, 503, COST_MESSAGES.tooSlow)
}

/** Every operation: anonymous work waits for its turn and keeps to its deadline; a REST read is costed first. */
const beforeOperation: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const budget = store.getStore()
  if (!budget) return args
  await budget.pacer.pass()
  if (budget.anonymous) {
    // The request's first operation takes its turn; a sign-in, and the reads it makes, need none.
    budget.turn ??= UNQUEUED_OPERATIONS.has(operation)
      ? Promise.resolve(() => {})
      : takeTurn(budget.turns).then((release) => {
          if (release) budget.deadline = Date.now() + budget.settings.timeoutMs
          return release
        })
    if (!(await budget.turn)) refuse(budget, 503, COST_MESSAGES.busy)
    checkRunning(budget)
  }
  if (operation === 'read' && req.payloadAPI === 'REST' && !budget.costed) {
    budget.costed = true
    const limit = budget.anonymous ? budget.settings.anonymousCost : budget.settings.staffCost
    const cost = restReadCost(req.payload.config, collection.slug, args)
    if (cost > limit) refuse(budget, 400, COST_MESSAGES.tooCostly(cost, limit))
  }
  return args
}

/** Every document an anonymous request reads, populated and joined ones included, counts. */
const countDocument = <T>(budget: RequestBudget, doc: T): T => {
  if (!budget.anonymous) return doc
  checkRunning(budget)
  budget.documents += 1
  if (budget.documents > budget.settings.maxDocuments)
    refuse(budget, 400, COST_MESSAGES.tooManyDocuments)
  return doc
}

const afterRead: CollectionAfterReadHook = ({ doc }) => {
  const budget = store.getStore()
  if (!budget) return doc
  const turn = budget.pacer.pass()
  return turn ? turn.then(() => countDocument(budget, doc)) : countDocument(budget, doc)
}

/** Adds the budget's hooks to every collection, ahead of the others: a refused read does no other work. */
export const readBudgetPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterRead: [afterRead, ...(collection.hooks?.afterRead ?? [])],
      beforeOperation: [beforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})

/** A GET, or a POST that Payload turns into one (its method override, as the admin's relationship fields read). */
const isRead = (request: Request): boolean =>
  request.method === 'GET' ||
  (request.method === 'POST' &&
    (request.headers.get('x-payload-http-method-override') ??
      request.headers.get('x-http-method-override')) === 'GET')

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/**
 * Whether Payload's own auth strategies find a staff member in the request's
 * credentials, asked before the request runs: asked inside it, a staff
 * request's own look-up of its user (an operation without a user) would look
 * anonymous. A request without a cookie or an Authorization header (every
 * anonymous read, the read cache's included) is anonymous without asking; a
 * user without a role (a consumer, src/consumers) is no staff member either.
 */
export const isStaffRequest = async (
  config: SanitizedConfig,
  request: Request,
): Promise<boolean> => {
  if (!request.headers.has('authorization') && !request.headers.has('cookie')) return false
  const payload = await getPayload({ config })
  const { user } = await executeAuthStrategies({
    headers: request.headers,
    isGraphQL: new URL(request.url).pathname.endsWith('/graphql'),
    payload,
  })
  return isStaff(user)
}

/**
 * Runs an API route handler with a budget for its request (route-handlers.ts).
 * A refusal anywhere in the request answers for the whole of it, in the
 * caller's language: GraphQL would otherwise report it as one field's error
 * beside partial data.
 */
export const withReadBudget =
  <Rest extends unknown[]>(
    config: Promise<SanitizedConfig> | SanitizedConfig,
    handler: Handler<Rest>,
    settings = readBudget(),
  ): Handler<Rest> =>
  async (request, ...rest) => {
    const resolved = await config
    const turns = anonymousTurns(resolved, settings)
    // Only a read is costed as a whole before it runs; a write's own reads are part of the write.
    const costed = !isRead(request)
    const charge = charges.getStore()
    const anonymous = !(charge ? charge.staff : await isStaffRequest(resolved, request))
    const budget: RequestBudget = {
      anonymous,
      costed,
      deadline: Infinity,
      documents: 0,
      pacer: createPacer(),
      settings,
      turns,
    }
    try {
      const response = await store.run(budget, () => handler(request, ...rest))
      const { refusal } = budget
      if (!refusal) return response
      if (!refusal.text)
        return new Response(response.body, { headers: response.headers, status: refusal.status })
      await response.body?.cancel()
      const refused = errorResponse(
        refusal.status,
        refusal.text[requestLanguage(request, resolved.cookiePrefix)],
      )
      if (refusal.status === 503) refused.headers.set('retry-after', String(RETRY_AFTER_SECONDS))
      return refused
    } finally {
      // Settled for good: nothing the request left running can take a turn that no one releases.
      const release = await (budget.turn ??= Promise.resolve(() => {}))
      release?.()
      if (charge) charge.documents += budget.documents
    }
  }
