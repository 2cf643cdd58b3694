import { afterAll, beforeAll, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from '../../collections/media'
import { apiClient } from '../helpers/api'
import {
  describeIntegration,
  PROJECT_ROOT,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/** The media staticDir ('media') is relative to the working directory, which jest sets to the project root. */
const MEDIA_DIR = path.resolve(process.cwd(), 'media')

describeIntegration('media uploads', () => {
  let ctx: TestPayload
  const created: number[] = []
  // The SQLite and Postgres runs share the media folder: each run names its files apart.
  const tag = crypto.randomBytes(4).toString('hex')
  const filesNamed = (stem: string) =>
    fs.existsSync(MEDIA_DIR)
      ? fs.readdirSync(MEDIA_DIR).filter((file) => file.startsWith(stem))
      : []

  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(async () => {
    for (const id of created)
      await ctx?.payload.delete({ collection: 'media', id }).catch(() => undefined)
    await ctx?.stop()
  })

  const upload = (name: string, mimetype: string, data: Buffer, alt?: string) =>
    ctx.payload.create({
      collection: 'media',
      data: alt === undefined ? ({} as { alt: string }) : { alt },
      file: { data, mimetype, name, size: data.length },
    })

  it(`refuses an upload over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB over REST with a 413, storing nothing`, async () => {
    await ctx.payload.create({
      collection: 'users',
      data: {
        email: `media-${tag}@example.org`,
        name: 'Media',
        password: 'a long test password',
        roles: ['editor'],
      },
    })
    const api = apiClient(ctx.config)
    const token = await api.login(`media-${tag}@example.org`, 'a long test password')
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    const form = new FormData()
    form.append(
      'file',
      new Blob([Buffer.alloc(MAX_UPLOAD_BYTES + 1024)], { type: 'image/png' }),
      `huge-${tag}.png`,
    )
    form.append('_payload', JSON.stringify({ alt: 'كبير جدًا' }))
    const response = await api.request('POST', '/media', { form, token })
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/\S/)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    expect(filesNamed(`huge-${tag}`)).toEqual([])
  })

  it('runs from the project root, where staticDir resolves', () => {
    expect(process.cwd()).toBe(PROJECT_ROOT)
  })

  it('refuses a text file and an SVG, storing nothing', async () => {
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    )
    for (const [name, mimetype, data] of [
      [`notes-${tag}.txt`, 'text/plain', Buffer.from('plain text, not an image')],
      [`drawing-${tag}.svg`, 'image/svg+xml', svg],
      // A lying MIME type does not help.
      [`disguised-${tag}.png`, 'image/png', svg],
    ] as const) {
      const error = await upload(name, mimetype, data, 'نص بديل').then(
        () => undefined,
        (e: { status?: number }) => e,
      )
      expect(error).toBeDefined()
      expect(error?.status).toBeGreaterThanOrEqual(400)
      expect(error?.status).toBeLessThan(500)
      expect(filesNamed(name.replace(/\.\w+$/, ''))).toEqual([])
    }
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('requires alternative text', async () => {
    const png = await sharp({
      create: { background: '#336699', channels: 3, height: 30, width: 40 },
    })
      .png()
      .toBuffer()
    await expect(upload(`no-alt-${tag}.png`, 'image/png', png)).rejects.toMatchObject({
      status: 400,
    })
    expect(filesNamed(`no-alt-${tag}`)).toEqual([])
  })

  it('accepts a PNG and stores the original and the thumbnail, card and hero sizes as WebP', async () => {
    const png = await sharp({
      create: { background: '#336699', channels: 3, height: 700, width: 1000 },
    })
      .png()
      .toBuffer()
    const doc = await upload(`photo-${tag}.png`, 'image/png', png, 'صورة اختبار')
    created.push(doc.id)
    expect(doc.alt).toBe('صورة اختبار')
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.filename).toMatch(new RegExp(`^photo-${tag}.*\\.webp$`))
    expect([doc.width, doc.height]).toEqual([1000, 700])
    expect(doc.sizes?.thumbnail).toMatchObject({ height: 240, mimeType: 'image/webp', width: 320 })
    expect(doc.sizes?.card).toMatchObject({ height: 512, mimeType: 'image/webp', width: 768 })
    // The hero size is 1600 wide but never enlarges a smaller original.
    expect(doc.sizes?.hero).toMatchObject({ height: 700, mimeType: 'image/webp', width: 1000 })
    for (const file of [doc, doc.sizes?.thumbnail, doc.sizes?.card, doc.sizes?.hero]) {
      expect(file?.filename).toEqual(expect.any(String))
      const stored = await sharp(path.join(MEDIA_DIR, file!.filename!)).metadata()
      expect(stored.format).toBe('webp')
      expect([stored.width, stored.height]).toEqual([file?.width, file?.height])
    }
    expect((await sharp(path.join(MEDIA_DIR, doc.filename!)).metadata()).format).toBe('webp')
  })

  it('accepts a small PNG too, with the sizes listed', async () => {
    const png = await sharp({
      create: { background: '#336699', channels: 3, height: 30, width: 40 },
    })
      .png()
      .toBuffer()
    const doc = await upload(`small-${tag}.png`, 'image/png', png, 'صورة صغيرة')
    created.push(doc.id)
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.sizes).toHaveProperty('thumbnail')
    expect(doc.sizes).toHaveProperty('card')
    expect(fs.existsSync(path.join(MEDIA_DIR, doc.filename!))).toBe(true)
  })

  it('removes the files when the media document is deleted', async () => {
    const png = await sharp({
      create: { background: '#993366', channels: 3, height: 600, width: 800 },
    })
      .png()
      .toBuffer()
    const doc = await upload(`gone-${tag}.png`, 'image/png', png, 'ستُحذف')
    expect(filesNamed(`gone-${tag}`).length).toBeGreaterThanOrEqual(3)
    await ctx.payload.delete({ collection: 'media', id: doc.id })
    expect(filesNamed(`gone-${tag}`)).toEqual([])
  })
})
