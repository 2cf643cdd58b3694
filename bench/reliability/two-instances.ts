/**
 * `npm run reliability:two-instances [-- --scale 0.005]`
 *
 * Two production servers on different ports, one PostgreSQL database (a
 * scratch one, dropped at the end) and one Redis, as behind a load balancer:
 *
 * - editorial cycles through both at once, and the same transition sent to
 *   both at the same moment (exactly one may win); afterwards the history of
 *   every article touched matches its state;
 * - articles written and approved through both and scheduled a few seconds
 *   ahead: both instances run the job queue, and each article must be
 *   published exactly once (one `publish_scheduled` history entry, no other
 *   publication);
 * - search: the scheduled articles are found by GraphQL `search` on both
 *   instances once published, and on neither before.
 */
import crypto from 'node:crypto'

import { closeDatabase } from '../../src/db/close-database'
import { paragraphsToLexical } from '../../src/seed/lexical'
import { startServer, type RunningServer } from '../../tests/helpers/server'
import { generateDataset } from '../dataset'
import { ensureBuild, serverEnv } from '../production-server'
import { SEARCH } from '../queries'
import { type BenchRole, runWrites, staffTokens } from '../writes'
import {
  check,
  type Check,
  flag,
  logFor,
  openPayload,
  publishedArticles,
  report,
  scratchDatabase,
  sleep,
} from './common'
import { historyProblems } from './consistency'

const SCALE = Number(flag('scale', '0.005'))
const CYCLES_PER_INSTANCE = 10
const RACES = 5
const SCHEDULED = 3
const SCHEDULE_AHEAD_MS = 5000
/** The queue runs every 10 s in each instance: after this, both have had their chance. */
const PUBLISH_TIMEOUT_MS = 40_000
const SEARCH_PHRASE = 'تقرير الموثوقية المزدوجة'
const log = logFor('two-instances')

type Tokens = Record<BenchRole, string>

const request = async (
  baseUrl: string,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) => {
  const response = await fetch(`${baseUrl}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })
  return { body: (await response.json()) as Record<string, unknown>, status: response.status }
}

/** A transition that must succeed. */
const transition = async (
  baseUrl: string,
  token: string,
  id: number | string,
  body: Record<string, unknown>,
) => {
  const answer = await request(baseUrl, token, 'POST', `/api/articles/${id}/workflow`, body)
  if (answer.status !== 200)
    throw new Error(
      `${String(body.transition)} on article ${id} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    )
}

const searchIds = async (server: RunningServer): Promise<string[]> => {
  const { body } = await request(server.url, undefined, 'POST', '/api/graphql', {
    query: SEARCH,
    variables: { q: SEARCH_PHRASE },
  })
  const hits = (body.data as { search: { hits: { id: number | string }[] } }).search.hits
  return hits.map((hit) => String(hit.id))
}

/** The same transition sent to both instances at once, on articles in draft: how many succeed. */
const race = async (
  a: RunningServer,
  b: RunningServer,
  tokens: [Tokens, Tokens],
  ids: (number | string)[],
) => {
  const winners: number[] = []
  for (const id of ids) {
    await request(a.url, tokens[0].author, 'PATCH', `/api/articles/${id}?draft=true&locale=ar`, {
      summary: 'ملخص لسباق بين خادمين.',
    })
    await transition(b.url, tokens[1].translator, id, {
      locale: 'en',
      transition: 'confirm_translation',
    })
    const answers = await Promise.all(
      [a, b].map((server, i) =>
        request(server.url, tokens[i]!.author, 'POST', `/api/articles/${id}/workflow`, {
          transition: 'submit',
        }),
      ),
    )
    winners.push(answers.filter((answer) => answer.status === 200).length)
  }
  return winners
}

/** New articles, written and approved through both instances, scheduled to go out together. */
const scheduleArticles = async (a: RunningServer, b: RunningServer, tokens: [Tokens, Tokens]) => {
  const publishAt = new Date(Date.now() + SCHEDULE_AHEAD_MS).toISOString()
  const ids: (number | string)[] = []
  for (let i = 1; i <= SCHEDULED; i++) {
    const created = await request(
      a.url,
      tokens[0].author,
      'POST',
      '/api/articles?draft=true&locale=ar',
      {
        body: paragraphsToLexical([`${SEARCH_PHRASE} ${i}: نص التقرير.`], 'rtl'),
        summary: 'ملخص التقرير.',
        title: `${SEARCH_PHRASE} ${i}`,
      },
    )
    const id = (created.body.doc as { id: number | string }).id
    await request(
      b.url,
      tokens[1].translator,
      'PATCH',
      `/api/articles/${id}?draft=true&locale=en`,
      {
        body: paragraphsToLexical(['The text of the report.'], 'ltr'),
        summary: 'Summary of the report.',
        title: `Dual-instance report ${i}`,
      },
    )
    await transition(a.url, tokens[0].author, id, { transition: 'submit' })
    await transition(b.url, tokens[1].reviewer, id, { transition: 'approve' })
    await transition(a.url, tokens[0].editor, id, { publishAt, transition: 'schedule' })
    ids.push(id)
  }
  return { ids, publishAt }
}

const main = async () => {
  ensureBuild('.next', {}, log)
  const database = await scratchDatabase('postgres', 'two')
  let status: number
  try {
    log(`dataset at scale ${SCALE}`)
    const payload = await openPayload(database.url, 'reliability-two-instances')
    await generateDataset(payload, SCALE, log)
    const articles = (await publishedArticles(payload, 2 * CYCLES_PER_INSTANCE + RACES)).ids

    // One secret, so that a login on either instance is good on both; shared rate-limit counters.
    const env = {
      ...serverEnv(database.url),
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    }
    const [a, b] = await Promise.all([startServer(env), startServer(env)])
    log(`instances at ${a.url} and ${b.url}`)
    const checks: Check[] = []
    try {
      // One after the other: concurrent logins of one user lose a session (bench/writes.ts).
      const tokens: [Tokens, Tokens] = [await staffTokens(a.url), await staffTokens(b.url)]

      const writes = await Promise.all([
        runWrites({
          articleIds: articles.slice(0, CYCLES_PER_INSTANCE),
          baseUrl: a.url,
          concurrency: 2,
          tokens: tokens[0],
        }),
        runWrites({
          articleIds: articles.slice(CYCLES_PER_INSTANCE, 2 * CYCLES_PER_INSTANCE),
          baseUrl: b.url,
          concurrency: 2,
          tokens: tokens[1],
        }),
      ])
      checks.push(
        check(
          'editorial cycles through both instances',
          writes.every((w) => w.errors === 0),
          writes
            .map((w, i) => `${'AB'[i]}: ${w.cycles} cycles, ${w.errors} failed steps`)
            .join('; '),
        ),
      )
      const winners = await race(a, b, tokens, articles.slice(2 * CYCLES_PER_INSTANCE))
      checks.push(
        check(
          'the same transition sent to both at once: exactly one wins',
          winners.every((n) => n === 1),
          `winners per race: ${winners.join(', ')}`,
        ),
      )
      const problems = await historyProblems(payload, 'articles', articles)
      checks.push(
        check(
          'history matches the states',
          problems.length === 0,
          problems.slice(0, 5).join('; ') || `${articles.length} articles consistent`,
        ),
      )

      const scheduled = await scheduleArticles(a, b, tokens)
      log(`${SCHEDULED} articles scheduled for ${scheduled.publishAt}`)
      const before = await Promise.all([a, b].map(searchIds))
      const foundEarly = before.flat().filter((id) => scheduled.ids.map(String).includes(id))
      checks.push(
        check(
          'search: nothing found before publication',
          foundEarly.length === 0,
          `${foundEarly.length} scheduled articles found early`,
        ),
      )

      const isLive = async (id: number | string) =>
        (await request(a.url, tokens[0].editor, 'GET', `/api/articles/${id}?depth=0`)).body
          ._status === 'published'
      const deadline = Date.now() + PUBLISH_TIMEOUT_MS
      while (
        Date.now() < deadline &&
        !(await Promise.all(scheduled.ids.map(isLive))).every(Boolean)
      )
        await sleep(1000)
      const publishedAfterMs = Date.now() - Date.parse(scheduled.publishAt)
      await sleep(12_000) // another run of both queues: a second publication would show now
      const publications = []
      for (const id of scheduled.ids) {
        const events = await payload.find({
          collection: 'workflow-events',
          depth: 0,
          limit: 0,
          pagination: false,
          where: { document: { equals: String(id) } },
        })
        const doc = await payload.findByID({ collection: 'articles', depth: 0, id })
        publications.push({
          id,
          publish: events.docs.filter((event) => event.transition === 'publish').length,
          publishScheduled: events.docs.filter((event) => event.transition === 'publish_scheduled')
            .length,
          state: doc.workflowState,
          status: doc._status,
        })
      }
      checks.push(
        check(
          'scheduled publication: each article published exactly once',
          publications.every(
            (p) =>
              p.publishScheduled === 1 &&
              p.publish === 0 &&
              p.state === 'published' &&
              p.status === 'published',
          ),
          `${publications.map((p) => `#${p.id}: ${p.publishScheduled} publish_scheduled, ${p.publish} publish, ${p.state}`).join('; ')}; live ${Math.round(publishedAfterMs / 1000)} s after publishAt`,
        ),
      )
      const scheduledProblems = await historyProblems(payload, 'articles', scheduled.ids)
      checks.push(
        check(
          'history of the scheduled articles matches their states',
          scheduledProblems.length === 0,
          scheduledProblems.slice(0, 5).join('; ') || 'consistent',
        ),
      )

      const after = await Promise.all([a, b].map(searchIds))
      const foundBy = after.map(
        (ids) => scheduled.ids.filter((id) => ids.includes(String(id))).length,
      )
      checks.push(
        check(
          'search: every published article found on both instances',
          foundBy.every((n) => n === SCHEDULED),
          `A found ${foundBy[0]}/${SCHEDULED}, B found ${foundBy[1]}/${SCHEDULED}`,
        ),
      )

      status = report('two-instances', checks, {
        publications,
        publishedAfterMs,
        races: winners,
        scale: SCALE,
        writes,
      })
    } finally {
      await Promise.all([a.stop(), b.stop()])
      await closeDatabase(payload)
    }
  } finally {
    await database.drop()
  }
  process.exit(status)
}

main().catch((error: unknown) => {
  console.error('two-instances run failed:', error)
  process.exit(1)
})
