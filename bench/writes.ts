/**
 * The editorial write path over REST, as the admin drives it: an author saves
 * a draft of a published article, a translator confirms the English text (the
 * Arabic edit outdated it), the author submits, a reviewer approves and the
 * editor-in-chief publishes. `concurrency` editorial teams work at once, each
 * on its own articles; every step's latency is recorded.
 */
import { percentile, round } from './load'

export const BENCH_STAFF = ['author', 'translator', 'reviewer', 'editor'] as const
export type BenchRole = (typeof BENCH_STAFF)[number]
export const BENCH_PASSWORD = 'bench-password-not-for-production'
export const benchEmail = (role: BenchRole | 'admin') => `bench-${role}@jusur.bench`

const STEPS = ['saveDraft', 'confirm_translation', 'submit', 'approve', 'publish'] as const
export type Step = (typeof STEPS)[number]

export type WriteResult = {
  concurrency: number
  cycles: number
  errors: number
  firstError?: string
  steps: Record<Step, { p50Ms: number; p95Ms: number }>
}

const login = async (baseUrl: string, role: BenchRole): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: benchEmail(role), password: BENCH_PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`bench: ${role} could not log in (${response.status})`)
  return body.token
}

/**
 * The team logged in, one login per user: Payload keeps a user's sessions in
 * the user document, and of two logins of the same user at the same moment
 * only one session survives (the other token is then refused).
 */
export const staffTokens = async (baseUrl: string): Promise<Record<BenchRole, string>> =>
  Object.fromEntries(
    await Promise.all(BENCH_STAFF.map(async (role) => [role, await login(baseUrl, role)])),
  ) as Record<BenchRole, string>

/**
 * The team's requests, each timed (`timing`) and failures reported
 * (`failed`): a draft save by the author, and a whole cycle from that save to
 * the editor's publication.
 */
export const editorialTeam = (
  baseUrl: string,
  tokens: Record<BenchRole, string>,
  timing: (step: Step, ms: number) => void,
  failed: (text: string) => void,
) => {
  const timed = async (
    step: Step,
    role: BenchRole,
    path: string,
    method: 'PATCH' | 'POST',
    body: unknown,
  ) => {
    const started = performance.now()
    const response = await fetch(`${baseUrl}${path}`, {
      body: JSON.stringify(body),
      headers: { authorization: `JWT ${tokens[role]}`, 'content-type': 'application/json' },
      method,
    }).catch((error: unknown) => {
      failed(`${step}: ${String(error)}`)
      throw error
    })
    const text = await response.text()
    timing(step, performance.now() - started)
    if (!response.ok) {
      const message = `${step} answered ${response.status}: ${text.slice(0, 300)}`
      failed(message)
      throw new Error(message)
    }
  }
  const transition = (
    step: Step,
    role: BenchRole,
    id: number | string,
    extra: Record<string, unknown> = {},
  ) => timed(step, role, `/api/articles/${id}/workflow`, 'POST', { transition: step, ...extra })

  // A text never saved before: a save that changes nothing does not move the state, and submit would be refused.
  const saveDraft = (id: number | string, round: number | string) =>
    timed('saveDraft', 'author', `/api/articles/${id}?draft=true&locale=ar`, 'PATCH', {
      summary: `ملخص محدّث ${Date.now()}-${round}.`,
    })

  const cycle = async (id: number | string, round: number | string) => {
    await saveDraft(id, round)
    await transition('confirm_translation', 'translator', id, { locale: 'en' })
    await transition('submit', 'author', id)
    await transition('approve', 'reviewer', id)
    await transition('publish', 'editor', id)
  }
  return { cycle, saveDraft }
}

export const runWrites = async ({
  articleIds,
  baseUrl,
  concurrency,
  tokens: given,
}: {
  articleIds: (number | string)[]
  baseUrl: string
  concurrency: number
  /** Tokens from `staffTokens`, when the caller logs the team in itself. */
  tokens?: Record<BenchRole, string>
}): Promise<WriteResult> => {
  const tokens = given ?? (await staffTokens(baseUrl))
  const times = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<
    Step,
    number[]
  >
  let errors = 0
  let firstError: string | undefined

  const { cycle } = editorialTeam(
    baseUrl,
    tokens,
    (step, ms) => times[step].push(ms),
    (text) => {
      errors++
      firstError ??= text
    },
  )

  const queue = [...articleIds]
  let done = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await cycle(id, done).catch(() => undefined)
        done++
      }
    }),
  )
  const steps = Object.fromEntries(
    STEPS.map((step) => [
      step,
      { p50Ms: round(percentile(times[step], 50)), p95Ms: round(percentile(times[step], 95)) },
    ]),
  ) as WriteResult['steps']
  return { concurrency, cycles: done, errors, firstError, steps }
}
