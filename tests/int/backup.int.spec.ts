import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { type CollectionSlug, createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import { sql } from '@payloadcms/db-sqlite'

import { SESSION_FIELDS } from '../../src/backup/account-fields'
import { archiveLines } from '../../src/backup/archive-file'
import type { ContentRecord } from '../../src/backup/archive-format'
import { archivedCollections, NOT_ARCHIVED } from '../../src/backup/archived-collections'
import { exportArchive } from '../../src/backup/export'
import { readLedger } from '../../src/backup/import-ledger'
import { importArchive } from '../../src/backup/import'
import { filenamesOf, uploadDirOf } from '../../src/backup/upload-files'
import { runnerFor } from '../../src/db/sql-runner'
import { rebuildSearchIndex } from '../../src/search/indexer'
import { search, type SearchResults } from '../../src/search/service'
import { seedDemoContent } from '../../src/seed'
import { DEMO_PASSWORD } from '../../src/seed/demo-users'
import { REPORT_ARTICLE } from '../../src/seed/report-article'
import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { childEnv, isSilentStall } from '../helpers/server'
import {
  databaseUnderTest,
  describeIntegration,
  postgresRequirement,
  PROJECT_ROOT,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestDatabase,
  type TestPayload,
} from '../helpers/test-payload'

type Row = Record<string, unknown>

/** What an archive does not carry of a user account (sessions, reset links, lockouts), left out on both sides. */
const withoutSessions = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).filter(([field]) => !SESSION_FIELDS.includes(field)))

/**
 * Everything a restore must bring back, read from the database, for each
 * archived collection: its rows as stored (every locale, ids, timestamps),
 * its versions, and what the Local API shows of it, published and latest
 * drafts, with join fields (relations seen from the other side).
 */
const snapshotOf = async (payload: Payload) => {
  const snapshot: Record<string, Record<'drafts' | 'published' | 'stored' | 'versions', Row[]>> = {}
  for (const slug of archivedCollections(payload)) {
    const collection = slug as CollectionSlug
    const { auth, versions } = payload.collections[collection].config
    const clean = (rows: Row[]) => (auth ? rows.map(withoutSessions) : rows)
    const shown = async (draft: boolean) =>
      clean(
        (
          await payload.find({
            collection,
            depth: 0,
            draft,
            locale: 'all',
            overrideAccess: true,
            pagination: false,
            sort: 'id',
          })
        ).docs as unknown as Row[],
      )
    snapshot[slug] = {
      drafts: versions ? await shown(true) : [],
      published: await shown(false),
      stored: clean(
        (
          await payload.db.find({
            collection,
            joins: false as never,
            locale: 'all',
            pagination: false,
            sort: 'id',
          })
        ).docs,
      ),
      versions: versions
        ? (
            await payload.db.findVersions({
              collection,
              locale: 'all',
              pagination: false,
              sort: 'id',
            })
          ).docs
        : [],
    }
  }
  return snapshot
}

/** Every row of the search index, in a stable order (without the row ids a rebuild hands out again). */
const indexRows = async (payload: Payload): Promise<Row[]> =>
  runnerFor(
    payload,
    payload.db.name === 'postgres' ? 'execute' : 'run',
  )(
    sql.raw(
      'SELECT collection, doc_id, locale, visibility, slug, title, content, title_terms, summary_terms, body_terms, topics, countries, date FROM search_docs ORDER BY collection, doc_id, locale, visibility',
    ),
  )

/** What search finds, for the public and for staff (latest drafts), in both languages. */
const searchResults = async (payload: Payload, queries: string[]) => {
  const editor = (
    await payload.find({ collection: 'users', where: { email: { equals: 'editor@jusur.demo' } } })
  ).docs[0]!
  const results: SearchResults[] = []
  for (const q of queries) {
    for (const locale of ['ar', 'en']) {
      results.push(await search(await createLocalReq({}, payload), { limit: 50, locale, q }))
      results.push(
        await search(await createLocalReq({ user: { ...editor, collection: 'users' } }, payload), {
          drafts: true,
          limit: 50,
          locale,
          q,
        }),
      )
    }
  }
  return results
}

/** The same results as another database ranks them: SQLite's FTS5 and PostgreSQL's tsvector score differently. */
const unranked = (results: SearchResults[]) =>
  results.map(({ hits, ...rest }) => ({
    ...rest,
    hits: hits
      .map(({ score: _score, ...hit }) => hit)
      .sort((a, b) => `${a.collection}:${a.id}`.localeCompare(`${b.collection}:${b.id}`)),
  }))

const gzipLines = (file: string, lines: string[]) =>
  fs.writeFileSync(file, zlib.gzipSync(lines.map((line) => `${line}\n`).join('')))

const linesOf = async (file: string): Promise<string[]> => {
  const lines: string[] = []
  for await (const { line } of archiveLines(file)) lines.push(line)
  return lines
}

const recordsOf = async (file: string): Promise<ContentRecord[]> =>
  (await linesOf(file))
    .map((line) => JSON.parse(line))
    .filter((record) => record.type !== 'header' && record.type !== 'end')

const SEARCHES = ['الصين', 'Beijing', 'Guinea', 'مسودة أحدث']

describeIntegration('backup and restore', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-backup-test-'))
  const archive = path.join(work, 'backup.jusur.gz')
  const tag = path.basename(work).slice(-6)
  let source: TestPayload
  let expected: Awaited<ReturnType<typeof snapshotOf>>
  let expectedSearch: SearchResults[]
  const uploaded: string[] = []
  const targets: TestPayload[] = []

  /** A fresh, migrated, empty database beside the source. */
  const newTarget = async (database?: TestDatabase) => {
    const target = await startTestPayload({ database, key: `backup-target-${targets.length + 1}` })
    targets.push(target)
    return target
  }
  const mediaDirOf = (target: TestPayload) => path.join(work, `media-${targets.indexOf(target)}`)

  /** Beyond the seed: a newer draft over a published article, an article taken through review and scheduled, a media item. */
  const addEditorialWork = async (payload: Payload) => {
    const api = apiClient(source.config)
    const token = (email: string) => api.login(email, DEMO_PASSWORD)
    const [author, translator, reviewer, editor] = await Promise.all(
      ['author', 'translator', 'reviewer', 'editor'].map((role) => token(`${role}@jusur.demo`)),
    )
    const ok = async (response: Promise<Response>) => {
      const result = await response
      expect(result.status).toBeLessThan(300)
      return (await result.json()) as { doc: { id: number } }
    }
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'en',
      where: { slug: { equals: REPORT_ARTICLE.en.slug } },
    })
    await ok(
      api.request('PATCH', `/articles/${docs[0]!.id}?draft=true&locale=ar`, {
        body: { title: 'مسودة أحدث فوق المنشور' },
        token: editor,
      }),
    )

    const created = await ok(
      api.request('POST', '/articles?draft=true&locale=ar', {
        body: { body: plainBody('نص'), summary: 'ملخص', title: 'مقال للمراجعة' },
        token: author,
      }),
    )
    const id = created.doc.id
    await ok(
      api.request('PATCH', `/articles/${id}?draft=true&locale=en`, {
        body: { body: plainBody('text'), summary: 'Summary', title: 'An article for review' },
        token: translator,
      }),
    )
    for (const [by, body] of [
      [author, { transition: 'submit' }],
      [reviewer, { comment: 'جيد', transition: 'approve' }],
      [editor, { publishAt: '2100-01-01T00:00:00.000Z', transition: 'schedule' }],
    ] as const) {
      await ok(api.request('POST', `/articles/${id}/workflow`, { body, token: by }))
    }

    const png = await sharp({ create: { background: '#2a6', channels: 3, height: 60, width: 80 } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'صورة' },
      file: { data: png, mimetype: 'image/png', name: `backup-${tag}.png`, size: png.length },
      locale: 'ar',
    })
    await payload.update({
      collection: 'media',
      data: { alt: 'A picture' },
      id: media.id,
      locale: 'en',
    })
    const person = (await payload.find({ collection: 'people', limit: 1 })).docs[0]!
    // Reference data changes through review: a draft over the published person.
    await payload.update({
      collection: 'people',
      data: { photo: media.id },
      draft: true,
      id: person.id,
    })
    uploaded.push(...filenamesOf(media as unknown as Row))
  }

  beforeAll(async () => {
    source = await startTestPayload()
    await seedDemoContent(source.payload)
    await addEditorialWork(source.payload)
    await exportArchive(source.payload, archive, { includeCredentials: true })
    expected = await snapshotOf(source.payload)
    expectedSearch = await searchResults(source.payload, SEARCHES)
  }, SEEDING_TIMEOUT_MS)

  afterAll(async () => {
    for (const target of targets) await target.stop()
    await source?.stop()
    for (const file of uploaded)
      fs.rmSync(path.join(uploadDirOf(source.payload, 'media')!, file), { force: true })
    fs.rmSync(work, { force: true, recursive: true })
  })

  it('archives every collection but three, which it names with the reason', () => {
    const all = source.payload.config.collections.map((collection) => collection.slug as string)
    expect([...archivedCollections(source.payload), ...Object.keys(NOT_ARCHIVED)].sort()).toEqual(
      [...all].sort(),
    )
    expect(Object.keys(NOT_ARCHIVED).sort()).toEqual([
      'payload-kv',
      'payload-locked-documents',
      'payload-migrations',
    ])
  })

  it('has content worth restoring: both languages, drafts over published versions, history, a scheduled job, a file', () => {
    const articles = expected.articles!
    expect(articles.drafts.map((doc) => doc.title)).toContainEqual(
      expect.objectContaining({ ar: 'مسودة أحدث فوق المنشور' }),
    )
    expect(articles.published.map((doc) => doc.title)).not.toContainEqual(
      expect.objectContaining({ ar: 'مسودة أحدث فوق المنشور' }),
    )
    expect(articles.drafts.some((doc) => (doc.workflow as Row).approvedVersion)).toBe(true)
    expect(expected['workflow-events']!.stored.map((event) => event.transition)).toEqual(
      expect.arrayContaining(['edited', 'submit', 'approve', 'schedule']),
    )
    expect(expected['payload-jobs']!.stored).toHaveLength(1)
    expect(expected.media!.stored).toHaveLength(1)
    expect(expected.countries!.stored).toHaveLength(250)
  })

  it(
    'restores everything into an empty database: every document, locale, version, history entry, id and timestamp, and the files',
    async () => {
      const target = await newTarget()
      const summary = await importArchive(target.payload, archive, {
        uploadDir: mediaDirOf(target),
      })
      expect(summary).toMatchObject({ alreadyImported: false, missingFiles: [], resumed: false })
      expect(await snapshotOf(target.payload)).toEqual(expected)
      // Reference data arrives published, as it was: anonymous readers see every document of it.
      for (const collection of ['people', 'organizations', 'topics', 'countries'] as const) {
        const all = (await target.payload.count({ collection })).totalDocs
        expect(all).toBeGreaterThan(0)
        expect((await target.payload.count({ collection, overrideAccess: false })).totalDocs).toBe(
          all,
        )
      }
      for (const file of uploaded) {
        expect(fs.readFileSync(path.join(mediaDirOf(target), file))).toEqual(
          fs.readFileSync(path.join(uploadDirOf(source.payload, 'media')!, file)),
        )
      }
    },
    SEEDING_TIMEOUT_MS,
  )

  it('leaves a working database: the same search results, accounts that log in, free ids for new documents', async () => {
    const target = targets[0]!.payload
    expect(await searchResults(target, SEARCHES)).toEqual(expectedSearch)
    // The index the import wrote from the archive is the one a rebuild from the restored documents makes.
    const written = await indexRows(target)
    expect(written.length).toBeGreaterThan(100)
    await rebuildSearchIndex(target)
    expect(await indexRows(target)).toEqual(written)
    const login = await target.login({
      collection: 'users',
      data: { email: 'editor@jusur.demo', password: DEMO_PASSWORD },
    })
    expect(login.user?.email).toBe('editor@jusur.demo')
    const largest = Math.max(...expected.topics!.stored.map((topic) => topic.id as number))
    const topic = await target.create({
      collection: 'topics',
      data: { key: `new-${tag}`, name: 'موضوع جديد' },
      locale: 'ar',
    })
    expect(topic.id).toBeGreaterThan(largest)
  })

  if (databaseUnderTest() === 'postgres') {
    it('leaves PostgreSQL statistics of what it wrote, for the planner', async () => {
      const [articles] = await runnerFor(
        targets[0]!.payload,
        'execute',
      )(
        sql`SELECT c.reltuples AS estimate, s.last_analyze AS analyzed FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = 'articles'`,
      )
      expect(articles!.analyzed).not.toBeNull()
      expect(Number(articles!.estimate)).toBe(expected.articles!.stored.length)
    })
  }

  it('refuses a database that has content, and changes nothing in it', async () => {
    await expect(importArchive(source.payload, archive)).rejects.toThrow(
      /^The database is not empty \(.*countries: 250, .*Nothing was changed\.$/,
    )
    expect(await snapshotOf(source.payload)).toEqual(expected)
  })

  it('refuses a damaged archive before writing anything, saying what is wrong', async () => {
    const target = await newTarget()
    const [header, ...rest] = await linesOf(archive)
    const records = rest.slice(0, -1)
    const damaged: [string, (file: string) => void, RegExp][] = [
      [
        'not gzip',
        (file) => fs.writeFileSync(file, 'just some text'),
        /is not a Jusur archive: it is not gzip data/,
      ],
      [
        'cut short',
        (file) => fs.writeFileSync(file, fs.readFileSync(archive).subarray(0, 4000)),
        /is truncated: the gzip data ends too early/,
      ],
      [
        'no end record',
        (file) => gzipLines(file, [header!, ...records]),
        /is truncated: it has no end record/,
      ],
      [
        'another format',
        (file) => gzipLines(file, ['{"type":"header","format":"something-else"}']),
        /is not a Jusur archive: it does not start with a Jusur archive header/,
      ],
      [
        'a line of garbage',
        (file) => gzipLines(file, [header!, records[0]!, '{"type":"docu', ...rest.slice(1)]),
        /line 3: it is not JSON/,
      ],
      [
        'a record missing',
        (file) => gzipLines(file, [header!, ...rest.slice(1)]),
        /is damaged: its end record counts \d+ records, the archive holds \d+/,
      ],
      [
        'another schema',
        (file) =>
          gzipLines(file, [
            header!.replace('"search_index"', '"search_index","a_later_migration"'),
            ...rest,
          ]),
        /was made by Jusur 0\.1\.0 with the schema \[.*a_later_migration.*\]; this database has \[.*search_index.*\]/,
      ],
      [
        'a file outside the media folder',
        (file) =>
          gzipLines(file, [
            header!,
            ...records,
            '{"type":"file","collection":"media","filename":"../../escape.sh","offset":0,"data":""}',
            rest.at(-1)!,
          ]),
        /line \d+: its file name is not a plain file name/,
      ],
    ]
    for (const [name, make, message] of damaged) {
      const file = path.join(work, `${name}.jusur.gz`)
      make(file)
      await expect(importArchive(target.payload, file)).rejects.toThrow(message)
    }
    for (const collection of archivedCollections(target.payload)) {
      expect(
        (
          await target.payload.count({
            collection: collection as CollectionSlug,
            overrideAccess: true,
          })
        ).totalDocs,
      ).toBe(0)
    }
    expect(await readLedger(target.payload)).toBeNull()
  })

  it(
    'finishes an interrupted import when run again, without duplicates, and only with the same archive',
    async () => {
      const target = await newTarget()
      const crash = new Error('simulated crash after the third batch')
      let batches = 0
      await expect(
        importArchive(target.payload, archive, {
          batchSize: 40,
          onProgress: () => {
            if (++batches === 3) throw crash
          },
          uploadDir: mediaDirOf(target),
        }),
      ).rejects.toBe(crash)
      expect(await readLedger(target.payload)).toMatchObject({ phase: 'insert', position: 120 })
      // Three batches of 40, whatever collections they held (those the others refer to come first).
      let written = 0
      for (const collection of archivedCollections(target.payload)) {
        written += (
          await target.payload.count({
            collection: collection as CollectionSlug,
            overrideAccess: true,
          })
        ).totalDocs
      }
      expect(written).toBe(120)

      const other = path.join(work, 'other.jusur.gz')
      await exportArchive(source.payload, other)
      await expect(importArchive(target.payload, other)).rejects.toThrow(
        /holds an import of another archive .* not finished\), not of .*other\.jusur\.gz/,
      )

      expect(
        await importArchive(target.payload, archive, {
          batchSize: 40,
          uploadDir: mediaDirOf(target),
        }),
      ).toMatchObject({ alreadyImported: false, resumed: true })
      expect(await snapshotOf(target.payload)).toEqual(expected)
      expect(await importArchive(target.payload, archive)).toMatchObject({ alreadyImported: true })
    },
    SEEDING_TIMEOUT_MS,
  )

  it(
    'finishes an import whose process was killed (kill -9) when run again',
    async () => {
      const target = await newTarget()
      const env = childEnv({ DATABASE_URL: target.databaseUrl, LOG_LEVEL: 'warn' })
      // node itself, not the tsx binary: that would run the import in a child process of its own, which SIGKILL would not reach.
      const command = ['--import', 'tsx', 'src/scripts/import.ts', archive, '--batch-size', '20']
      // tsx's module hooks sometimes leave an import unsettled and Node exits 0 having run nothing
      // (payloadcms/payload#17757): such a start is tried again.
      const startImport = () =>
        new Promise<ReturnType<typeof spawn> | undefined>((resolve, reject) => {
          const started = spawn(process.execPath, command, { cwd: PROJECT_ROOT, env })
          let output = ''
          started.stderr.on('data', (chunk: Buffer) => {
            output += String(chunk)
            if (/insert \d+\/\d+ records/.test(output)) resolve(started)
          })
          started.stdout.on('data', (chunk: Buffer) => {
            output += String(chunk)
          })
          started.once('exit', (code) => {
            if (code === 0 && output === '') resolve(undefined)
            else reject(new Error(`The import ended before its first batch:\n${output}`))
          })
        })
      let child = await startImport()
      for (let attempt = 1; attempt < 3 && !child; attempt++) child = await startImport()
      if (!child)
        throw new Error('The import never started: the TypeScript loader stalled three times')
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('exit', resolve))
      expect(await readLedger(target.payload)).toMatchObject({ phase: 'insert' })

      const runAgain = () =>
        spawnSync(process.execPath, command, {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
          env,
          timeout: 120_000,
        })
      let rerun = runAgain()
      for (let attempt = 1; attempt < 3 && isSilentStall(rerun); attempt++) rerun = runAgain()
      expect({ status: rerun.status, stdout: rerun.stdout }).toEqual({
        status: 0,
        stdout: expect.stringMatching(/Finished the interrupted import of \d+ records/),
      })
      expect(await snapshotOf(target.payload)).toEqual(expected)
    },
    SEEDING_TIMEOUT_MS,
  )

  const other: TestDatabase = databaseUnderTest() === 'sqlite' ? 'postgres' : 'sqlite'
  const otherAvailable = other === 'sqlite' || postgresRequirement().available
  ;(otherAvailable ? it : it.skip)(
    `restores into ${other} what was exported from ${databaseUnderTest()}`,
    async () => {
      const target = await newTarget(other)
      await importArchive(target.payload, archive, { uploadDir: mediaDirOf(target) })
      expect(await snapshotOf(target.payload)).toEqual(expected)
      expect(unranked(await searchResults(target.payload, SEARCHES))).toEqual(
        unranked(expectedSearch),
      )
    },
    SEEDING_TIMEOUT_MS,
  )

  it('does not overwrite an existing file, and says when it cannot write', async () => {
    const before = fs.readFileSync(archive)
    await expect(exportArchive(source.payload, archive)).rejects.toThrow(
      /backup\.jusur\.gz already exists: choose another name, or remove it first\./,
    )
    expect(fs.readFileSync(archive)).toEqual(before)
    await expect(
      exportArchive(source.payload, path.join(work, 'no-such-folder', 'x.jusur.gz')),
    ).rejects.toThrow(
      /^Cannot write .*x\.jusur\.gz: its folder does not exist or is not writable\.$/,
    )
  })

  it(
    'keeps password hashes out of an archive unless asked: restored accounts then set a password through a reset',
    async () => {
      const accounts = async (file: string) =>
        (await recordsOf(file))
          .filter((record) => record.type === 'document' && record.collection === 'users')
          .map((record) => record.data as Row)
      for (const account of await accounts(archive))
        expect(account).toMatchObject({ hash: expect.any(String), salt: expect.any(String) })
      const plain = path.join(work, 'plain.jusur.gz')
      await exportArchive(source.payload, plain)
      for (const account of await accounts(plain))
        expect(Object.keys(account)).not.toEqual(
          expect.arrayContaining([expect.stringMatching(/^(hash|salt|sessions)$/)]),
        )

      const target = (await newTarget()).payload
      await importArchive(target, plain, { uploadDir: path.join(work, 'media-plain') })
      const email = 'editor@jusur.demo'
      await expect(
        target.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } }),
      ).rejects.toThrow()
      const token = await target.forgotPassword({
        collection: 'users',
        data: { email },
        disableEmail: true,
      })
      await target.resetPassword({
        collection: 'users',
        data: { password: 'a new password, set after the restore', token },
        overrideAccess: true,
      })
      expect(
        (
          await target.login({
            collection: 'users',
            data: { email, password: 'a new password, set after the restore' },
          })
        ).user?.email,
      ).toBe(email)
    },
    SEEDING_TIMEOUT_MS,
  )
})
