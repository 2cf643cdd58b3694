/**
 * `npm run reliability:soak [-- --minutes 10 --db sqlite|postgres --scale 0.02 --connections 4 --teams 2 --max-growth-percent 10]`
 *
 * The built production server under mixed traffic for `--minutes`: public
 * GraphQL reads (a page of 20 articles, articles by slug, search) from
 * `--connections` clients without pause, and at the same time `--teams`
 * editorial teams taking articles through full cycles (save draft, confirm
 * translation, submit, approve, publish) over REST.
 *
 * Passes with no failed request, no error in the server's log, the server
 * still up, and resident memory (the server's process tree, sampled every 5 s)
 * not growing beyond the bound: the first fifth of the run is warm-up, and the
 * high-water mark of the last fifth may exceed that of the fifth after warm-up
 * by at most `--max-growth-percent`. The high-water mark is the 90th
 * percentile of the samples: RSS swings by a few hundred MiB between garbage
 * collections, so a median depends on where the collections fall, while what
 * the process climbs back to before each one is what a leak raises.
 */
import { closeDatabase } from '../../src/db/close-database'
import { startServer } from '../../tests/helpers/server'
import { generateDataset } from '../dataset'
import { percentile, round, runLoad, treeRssBytes } from '../load'
import { ensureBuild, serverEnv } from '../production-server'
import { ARTICLE_BY_SLUG, articlePageQuery, graphqlRequest, SEARCH, SEARCH_TERMS } from '../queries'
import { runWrites, staffTokens } from '../writes'
import {
  check,
  type Db,
  flag,
  logFor,
  openPayload,
  publishedArticles,
  report,
  scratchDatabase,
} from './common'

const MINUTES = Number(flag('minutes', '10'))
const DB = flag('db', 'sqlite') as Db
const SCALE = Number(flag('scale', '0.02'))
const CONNECTIONS = Number(flag('connections', '4'))
const TEAMS = Number(flag('teams', '2'))
const MAX_GROWTH_PERCENT = Number(flag('max-growth-percent', '10'))
const SAMPLE_EVERY_MS = 5000
const ARTICLES_PER_BATCH = 10
const log = logFor('soak')

type Sample = { rssMiB: number; second: number }

const rssPercentile = (samples: Sample[], p: number) =>
  round(
    percentile(
      samples.map((s) => s.rssMiB),
      p,
    ),
    1,
  )

/** Editorial cycles, batch after batch over the same published articles, until `deadline`. */
const writeUntil = async (baseUrl: string, articleIds: (number | string)[], deadline: number) => {
  // Logged in once: every login adds a session to the user's document.
  const tokens = await staffTokens(baseUrl)
  let cycles = 0
  let errors = 0
  for (let batch = 0; Date.now() < deadline; batch++) {
    const start = (batch * ARTICLES_PER_BATCH) % articleIds.length
    const result = await runWrites({
      articleIds: articleIds.slice(start, start + ARTICLES_PER_BATCH),
      baseUrl,
      concurrency: TEAMS,
      tokens,
    })
    cycles += result.cycles
    errors += result.errors
  }
  return { cycles, errors }
}

const main = async () => {
  ensureBuild('.next', {}, log)
  const database = await scratchDatabase(DB, 'soak')
  let status: number
  try {
    log(`dataset at scale ${SCALE}`)
    const payload = await openPayload(database.url, 'reliability-soak')
    await generateDataset(payload, SCALE, log)
    const articles = await publishedArticles(payload, 100)
    await closeDatabase(payload)

    const server = await startServer(serverEnv(database.url))
    const pid = server.child.pid!
    const seconds = Math.round(MINUTES * 60)
    const samples: Sample[] = []
    const startedAt = Date.now()
    const sampler = setInterval(
      () =>
        samples.push({
          rssMiB: round(treeRssBytes(pid) / 2 ** 20, 1),
          second: Math.round((Date.now() - startedAt) / 1000),
        }),
      SAMPLE_EVERY_MS,
    )
    log(`${MINUTES} min: ${CONNECTIONS} reading clients, ${TEAMS} editorial teams`)
    const reads = [
      graphqlRequest(articlePageQuery(20)),
      ...articles.slugs.slice(0, 20).map((slug) => graphqlRequest(ARTICLE_BY_SLUG, { slug })),
      ...SEARCH_TERMS.map((q) => graphqlRequest(SEARCH, { q })),
    ]
    const [read, writes] = await Promise.all([
      runLoad({
        baseUrl: server.url,
        connections: CONNECTIONS,
        requests: reads,
        seconds,
        serverPid: pid,
      }),
      writeUntil(server.url, articles.ids, startedAt + seconds * 1000),
    ])
    clearInterval(sampler)
    const alive =
      server.child.exitCode === null &&
      (await fetch(`${server.url}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    await server.stop()
    // pino's JSON lines: 50 is error, 60 fatal.
    const errorLines = server
      .output()
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line))

    const fifth = seconds / 5
    const afterWarmUp = samples.filter((s) => s.second >= fifth && s.second < 2 * fifth)
    const last = samples.filter((s) => s.second >= seconds - fifth)
    const growthMiB = round(rssPercentile(last, 90) - rssPercentile(afterWarmUp, 90), 1)
    const growthPercent = round((100 * growthMiB) / rssPercentile(afterWarmUp, 90), 1)
    const rss = {
      afterWarmUpP90MiB: rssPercentile(afterWarmUp, 90),
      lastP90MiB: rssPercentile(last, 90),
      growthMiB,
      growthPercent,
      afterWarmUpMedianMiB: rssPercentile(afterWarmUp, 50),
      lastMedianMiB: rssPercentile(last, 50),
      maxGrowthPercent: MAX_GROWTH_PERCENT,
      startMiB: samples[0]?.rssMiB,
      endMiB: samples.at(-1)?.rssMiB,
      peakMiB: Math.max(...samples.map((s) => s.rssMiB)),
    }
    log(
      `reads ${read.requests} (${read.requestsPerSecond}/s), write cycles ${writes.cycles}, RSS ${JSON.stringify(rss)}`,
    )
    status = report(
      DB === 'sqlite' ? 'soak' : 'soak-postgres',
      [
        check(
          'reads without error',
          read.errors === 0,
          `${read.errors} of ${read.requests} failed (p50 ${read.p50Ms} ms, p95 ${read.p95Ms} ms)`,
        ),
        check(
          'editorial writes without error',
          writes.errors === 0,
          `${writes.errors} failed steps in ${writes.cycles} cycles`,
        ),
        check(
          'no error in the server log',
          errorLines.length === 0,
          errorLines[0]?.slice(0, 300) ?? 'none',
        ),
        check('server up at the end', alive, alive ? '/readyz answers' : 'down'),
        check(
          `RSS growth within ${MAX_GROWTH_PERCENT}%`,
          growthPercent <= MAX_GROWTH_PERCENT,
          `high-water (p90) ${rss.afterWarmUpP90MiB} MiB after warm-up → ${rss.lastP90MiB} MiB at the end (${growthMiB >= 0 ? '+' : ''}${growthMiB} MiB, ${growthPercent}%); median ${rss.afterWarmUpMedianMiB} → ${rss.lastMedianMiB} MiB; start ${rss.startMiB}, peak ${rss.peakMiB} MiB`,
        ),
      ],
      {
        connections: CONNECTIONS,
        database: DB,
        minutes: MINUTES,
        reads: read,
        rss,
        samples,
        scale: SCALE,
        teams: TEAMS,
        writes,
      },
    )
  } finally {
    await database.drop()
  }
  process.exit(status)
}

main().catch((error: unknown) => {
  console.error('soak failed:', error)
  process.exit(1)
})
