/**
 * The newsroom day (issue #20): readers on a realistic mix of public reads
 * while the newsroom works. `readers` clients read lists, articles by slug
 * and by id, and search, in Arabic and English, through GraphQL and REST;
 * meanwhile `authors` authors each save a draft every `draftEverySeconds`
 * and the editor publishes an article every `publishEverySeconds` (a whole
 * cycle: draft, translation confirmed, submitted, approved, published).
 * Recorded: the cache's hit ratio (X-Jusur-Cache), p50/p95/p99, errors and
 * the server's peak memory, against the same mix read only (all hits).
 */
import { type LoadRequest, type LoadResult, round, runLoad } from './load'
import { ARTICLE_BY_ID, ARTICLE_BY_SLUG, articlePageQuery, graphqlRequest, SEARCH } from './queries'
import { editorialTeam, staffTokens } from './writes'

export type NewsroomSettings = {
  authors: number
  draftEverySeconds: number
  publishEverySeconds: number
  readers: number
  seconds: number
}

export const NEWSROOM_TARGETS = {
  hitRatio: 0.95,
  p95TimesReadOnly: 3,
  errors: 0,
  peakRssMiB: 512,
}

/** What readers read: the newest articles, as published in both languages. */
export type ReadableArticle = { id: number; slugAr: string; slugEn: null | string }

const ENGLISH_SEARCHES = ['security cooperation', 'interior minister', 'counter-terrorism', 'China']
const ARABIC_SEARCHES = ['التعاون الأمني', 'وزير الداخلية', 'مكافحة الإرهاب', 'الصين']

const get = (path: string): LoadRequest => ({ method: 'GET', path })

/**
 * One reader's round: the home page and a second page in each language, then
 * for each of the newest articles a visit by slug and by id (GraphQL and
 * REST, either language), with a search now and then.
 */
export const readerMix = (articles: readonly ReadableArticle[]): LoadRequest[] =>
  articles.flatMap((article, i) => [
    graphqlRequest(articlePageQuery(20)),
    get('/api/articles?limit=10&depth=1&locale=en&sort=-publishedAt'),
    graphqlRequest(ARTICLE_BY_SLUG, { slug: article.slugAr }),
    get(`/api/articles/by-slug/${encodeURIComponent(article.slugAr)}?locale=ar`),
    ...(article.slugEn
      ? [get(`/api/articles/by-slug/${encodeURIComponent(article.slugEn)}?locale=en`)]
      : []),
    graphqlRequest(ARTICLE_BY_ID, { id: article.id }),
    get(`/api/articles/${article.id}?depth=1&locale=en`),
    ...(i % 3 === 0
      ? [
          get('/api/articles?limit=10&page=2&depth=1&locale=ar&sort=-publishedAt'),
          graphqlRequest(SEARCH, { q: ARABIC_SEARCHES[i % ARABIC_SEARCHES.length] }),
          get(
            `/api/search?locale=en&q=${encodeURIComponent(ENGLISH_SEARCHES[i % ENGLISH_SEARCHES.length]!)}`,
          ),
        ]
      : []),
  ])

/** Every read of `requests` once, one after another: what follows finds them all cached. */
export const sendEachOnce = async (baseUrl: string, requests: readonly LoadRequest[]) => {
  for (const { body, headers, method, path } of requests) {
    const response = await fetch(`${baseUrl}${path}`, {
      body,
      headers: { 'content-type': 'application/json', ...headers },
      method,
    })
    await response.arrayBuffer()
  }
}

/** How many answers a minute one website reads from one address, through the server's default limits. */
export const WEBSITE_READS_PER_MINUTE = 600

/**
 * One website's server reading from one address, through the anonymous
 * limits as deployed (RATE_LIMIT_READS unset): the pages of its three newest
 * articles read once, then, once the limit's minute has passed, the same
 * answers (cached) at WEBSITE_READS_PER_MINUTE for a minute. Target: no 429.
 */
export const runWebsiteThroughLimits = async ({
  articles,
  baseUrl,
  serverPid,
}: {
  articles: readonly ReadableArticle[]
  baseUrl: string
  serverPid: number
}): Promise<LoadResult> => {
  const requests = readerMix(articles.slice(0, 3))
  await sendEachOnce(baseUrl, requests)
  await new Promise((resolve) => setTimeout(resolve, 61_000))
  return runLoad({
    baseUrl,
    connections: 1,
    rate: WEBSITE_READS_PER_MINUTE / 60,
    requests,
    seconds: 60,
    serverPid,
  })
}

export type NewsroomRun = LoadResult & {
  hitRatio: number
  writes: { drafts: number; errors: number; firstError?: string; publications: number }
}

export type NewsroomResult = {
  newsroom: NewsroomRun
  readOnly: NewsroomRun
  settings: NewsroomSettings
  targets: typeof NEWSROOM_TARGETS
  verdict: Record<keyof typeof NEWSROOM_TARGETS, boolean>
}

const hitRatio = (result: LoadResult): number => {
  const total = Object.values(result.cache).reduce((sum, count) => sum + count, 0)
  return total === 0 ? 0 : round((result.cache.HIT ?? 0) / total, 4)
}

/**
 * Runs the mix read only (after a warm pass, so all hits) for `readOnlySeconds`,
 * then the newsroom day for `settings.seconds`. `articleIdsForWrites` are
 * published articles without a draft under way: the first `authors` get the
 * drafts, the next ones are published in turn.
 */
export const runNewsroom = async ({
  articleIdsForWrites,
  articles,
  baseUrl,
  log,
  readOnlySeconds,
  serverPid,
  settings,
}: {
  articleIdsForWrites: (number | string)[]
  articles: readonly ReadableArticle[]
  baseUrl: string
  log: (line: string) => void
  readOnlySeconds: number
  serverPid: number
  settings: NewsroomSettings
}): Promise<NewsroomResult> => {
  const requests = readerMix(articles)
  const load = (seconds: number) =>
    runLoad({ baseUrl, connections: settings.readers, requests, seconds, serverPid })
  await sendEachOnce(baseUrl, requests)
  const readOnly = await load(readOnlySeconds)
  log(
    `  read only: hit ratio ${hitRatio(readOnly)}, p50 ${readOnly.p50Ms} ms, p95 ${readOnly.p95Ms} ms, errors ${readOnly.errors}`,
  )

  const tokens = await staffTokens(baseUrl)
  const writes = {
    drafts: 0,
    errors: 0,
    firstError: undefined as string | undefined,
    publications: 0,
  }
  const team = editorialTeam(
    baseUrl,
    tokens,
    () => undefined,
    (text) => {
      writes.errors++
      writes.firstError ??= text
    },
  )
  const drafted = articleIdsForWrites.slice(0, settings.authors)
  const toPublish = articleIdsForWrites.slice(settings.authors)
  if (drafted.length < settings.authors || toPublish.length === 0)
    throw new Error('newsroom: not enough published articles without drafts for the writers')
  const stopAt = Date.now() + settings.seconds * 1000
  const every = async (seconds: number, work: (round: number) => Promise<void>) => {
    for (let round = 0; Date.now() < stopAt; round++) {
      const next = Date.now() + seconds * 1000
      await work(round).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())))
    }
  }
  const writers = Promise.all([
    ...drafted.map((id, author) =>
      every(settings.draftEverySeconds, async (round) => {
        await team.saveDraft(id, `${author}-${round}`)
        writes.drafts++
      }),
    ),
    // The editor's first publication comes after one interval, as in a running newsroom.
    new Promise((resolve) => setTimeout(resolve, settings.publishEverySeconds * 1000)).then(() =>
      every(settings.publishEverySeconds, async (round) => {
        await team.cycle(toPublish[round % toPublish.length]!, `publish-${round}`)
        writes.publications++
      }),
    ),
  ])
  const during = await load(settings.seconds)
  await writers
  const newsroom = { ...during, hitRatio: hitRatio(during), writes }
  log(
    `  newsroom: hit ratio ${newsroom.hitRatio}, p50 ${during.p50Ms} ms, p95 ${during.p95Ms} ms, p99 ${during.p99Ms} ms, errors ${during.errors}, peak RSS ${during.peakRssMiB} MiB, writes ${JSON.stringify(writes)}`,
  )
  const readOnlyRun = {
    ...readOnly,
    hitRatio: hitRatio(readOnly),
    writes: { drafts: 0, errors: 0, publications: 0 },
  }
  return {
    newsroom,
    readOnly: readOnlyRun,
    settings,
    targets: NEWSROOM_TARGETS,
    verdict: {
      errors: newsroom.errors + writes.errors === NEWSROOM_TARGETS.errors,
      hitRatio: newsroom.hitRatio >= NEWSROOM_TARGETS.hitRatio,
      p95TimesReadOnly: newsroom.p95Ms <= NEWSROOM_TARGETS.p95TimesReadOnly * readOnly.p95Ms,
      peakRssMiB: newsroom.peakRssMiB < NEWSROOM_TARGETS.peakRssMiB,
    },
  }
}
