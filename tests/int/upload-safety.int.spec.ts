import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { hasActivePdfName } from '../../src/hooks/upload-safety'
import { apiClient } from '../helpers/api'
import { pngDeclaring } from '../helpers/images'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

const MEDIA_DIR = path.resolve(process.cwd(), 'media')

/** A minimal one-page PDF. */
const pdf = (extra = '') =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R${extra}>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\nxref\n0 0\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  )

/** A name spelled as a PDF may spell it: any of its characters as `#xx`, in either case of hex digits. */
const escapedSpelling = (name: string) =>
  fc.tuple(...[...name].map(() => fc.tuple(fc.boolean(), fc.boolean()))).map((choices) =>
    [...name]
      .map((char, i) => {
        const [escape, upper] = choices[i]!
        const hex = char.charCodeAt(0).toString(16).padStart(2, '0')
        return escape ? `#${upper ? hex.toUpperCase() : hex}` : char
      })
      .join(''),
  )

const ACTIVE_NAMES = ['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia']

describeIntegration('upload safety', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let png: Buffer
  const tag = crypto.randomBytes(4).toString('hex')
  const created: (number | string)[] = []
  const filesNamed = (stem: string) =>
    fs.existsSync(MEDIA_DIR) ? fs.readdirSync(MEDIA_DIR).filter((file) => file.includes(stem)) : []

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    png = await sharp({ create: { background: '#336699', channels: 3, height: 30, width: 40 } })
      .png()
      .toBuffer()
  })
  afterAll(async () => {
    for (const id of created)
      await ctx?.payload.delete({ collection: 'media', id }).catch(() => undefined)
    await ctx?.stop()
  })

  const post = (name: string, type: string, data: Buffer, language = 'en') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'نص بديل' }))
    return api.request('POST', '/media', {
      form,
      headers: { 'accept-language': language },
      token: staff.tokens.editor,
    })
  }

  const expectRefused = async (response: Response, message: RegExp, stem: string) => {
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.errors[0].message).toMatch(message)
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at /)
    expect(filesNamed(stem)).toEqual([])
  }

  it('accepts a real PNG and a real PDF over REST', async () => {
    for (const [name, type, data] of [
      [`ok-${tag}.png`, 'image/png', png],
      [`ok-${tag}.pdf`, 'application/pdf', pdf()],
    ] as const) {
      const response = await post(name, type, data)
      const body = await response.json()
      expect(response.status).toBe(201)
      created.push(body.doc.id)
    }
  })

  it('refuses content that does not match the name or the declared type', async () => {
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    // A PNG renamed .pdf, and one declared as a PDF.
    await expectRefused(
      await post(`renamed-${tag}.pdf`, 'application/pdf', png),
      /does not match/,
      `renamed-${tag}`,
    )
    await expectRefused(
      await post(`declared-${tag}.png`, 'application/pdf', png),
      /does not match/,
      `declared-${tag}`,
    )
    // In Arabic for an Arabic caller.
    await expectRefused(
      await post(`renamed2-${tag}.pdf`, 'application/pdf', png, 'ar'),
      /لا يطابق/,
      `renamed2-${tag}`,
    )
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses HTML, JavaScript, SVG and XML whatever they are called', async () => {
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    const cases: [string, string, string][] = [
      [`page-${tag}.jpg`, 'image/jpeg', '<!doctype html><html><script>alert(1)</script></html>'],
      [`code-${tag}.jpg`, 'image/jpeg', 'alert(document.cookie)'],
      [
        `drawing-${tag}.svg`,
        'image/svg+xml',
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ],
      [
        `drawing2-${tag}.png`,
        'image/png',
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      ],
      [`data-${tag}.xml`, 'application/xml', '<?xml version="1.0"?><a>b</a>'],
    ]
    for (const [name, type, text] of cases) {
      await expectRefused(
        await post(name, type, Buffer.from(text)),
        /not allowed/,
        name.replace(/\.\w+$/, ''),
      )
    }
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses polyglots: an image or PDF carrying HTML or script', async () => {
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>')
    await expectRefused(
      await post(`poly-${tag}.png`, 'image/png', Buffer.concat([png, html])),
      /embedded HTML/,
      `poly-${tag}`,
    )
    await expectRefused(
      await post(
        `poly2-${tag}.pdf`,
        'application/pdf',
        pdf('/OpenAction<</S/JavaScript/JS(app.alert(1))>>'),
      ),
      /embedded HTML/,
      `poly2-${tag}`,
    )
  })

  it('refuses active PDF content however its names are spelled with #xx escapes', async () => {
    // Every escaped spelling of an active name is found, and of a harmless one is not (fast, in memory)...
    fc.assert(
      fc.property(fc.constantFrom(...ACTIVE_NAMES).chain(escapedSpelling), (name) => {
        expect(hasActivePdfName(`<</S/${name}/JS(app.alert(1))>>`)).toBe(true)
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(
        fc
          .constantFrom('Type', 'Catalog', 'Pages', 'OpenAction', 'JavaScripts', 'XYZ')
          .chain(escapedSpelling),
        (name) => {
          expect(hasActivePdfName(`<</Type/Catalog/${name} 2 0 R>>`)).toBe(false)
        },
      ),
    )
    // ...and through REST such a PDF is refused and nothing is stored.
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ACTIVE_NAMES).chain(escapedSpelling),
        fc.nat(),
        async (name, n) => {
          const stem = `escaped-${tag}-${n}`
          const response = await post(
            `${stem}.pdf`,
            'application/pdf',
            pdf(`/OpenAction<</S/${name}>>`),
          )
          await expectRefused(response, /embedded HTML, SVG or script/, stem)
        },
      ),
      { numRuns: 12 },
    )
    const example = await post(
      `example-${tag}.pdf`,
      'application/pdf',
      pdf('/OpenAction<</S/Java#53cript/JS(app.alert(1))>>'),
      'ar',
    )
    await expectRefused(example, /شيفرة/, `example-${tag}`)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it("refuses an image of more pixels than the limit from its header, before decoding it, in the caller's language", async () => {
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    const bomb = pngDeclaring(10_000, 10_000)
    expect(bomb.length).toBeLessThan(100_000)
    for (const [language, message] of [
      ['en', /too large: the limit is 40 megapixels/],
      ['ar', /ميغابكسل/],
    ] as const) {
      const started = Date.now()
      const response = await post(`bomb-${language}-${tag}.png`, 'image/png', bomb, language)
      expect(response.status).toBe(413)
      const body = await response.json()
      expect(body.errors[0].message).toMatch(message)
      expect(JSON.stringify(body)).not.toMatch(/\n\s+at /)
      // Decoding 100 megapixels takes seconds; reading a header does not.
      expect(Date.now() - started).toBeLessThan(2000)
      expect(filesNamed(`bomb-${language}-${tag}`)).toEqual([])
    }
    // GraphQL and the Local API reach the same check: no path decodes the bomb.
    await expect(
      ctx.payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: {
          data: bomb,
          mimetype: 'image/png',
          name: `bomb-local-${tag}.png`,
          size: bomb.length,
        },
        overrideAccess: false,
        user: {
          ...(await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })),
          collection: 'users',
        },
      }),
    ).rejects.toMatchObject({ status: 413 })
    // A header that cannot be read is refused as damaged, not passed on to the decoder.
    const damaged = await post(`damaged-${tag}.png`, 'image/png', png.subarray(0, 40))
    expect(damaged.status).toBe(400)
    expect((await damaged.json()).errors[0].message).toMatch(/cannot be read/)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it("resizes uploads outside the write lock: two big uploads and an editor's save at once all succeed, the save without waiting", async () => {
    // Just under the pixel limit: resizing each takes a few seconds, longer than a write waits for the lock.
    const big = await sharp({
      create: { background: '#884422', channels: 3, height: 6300, width: 6300 },
    })
      .png({ compressionLevel: 1 })
      .toBuffer()
    const finished: Record<string, number> = {}
    const timed = async (label: string, response: Promise<Response>) => {
      const result = await response
      finished[label] = Date.now()
      return result
    }
    const uploads = [1, 2].map((i) =>
      timed(`upload ${i}`, post(`big-${i}-${tag}.png`, 'image/png', big)),
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    const save = await timed(
      'save',
      api.request('POST', '/articles?draft=true&locale=ar', {
        body: { title: `حفظ أثناء الرفع ${tag}` },
        token: staff.tokens.editor,
      }),
    )
    const responses = await Promise.all(uploads)
    expect(save.status).toBe(201)
    for (const response of responses) {
      const body = await response.json()
      expect({ status: response.status, body }).toMatchObject({ status: 201 })
      created.push(body.doc.id)
      expect(body.doc.sizes.hero.width).toBe(1600)
    }
    // The save did not queue behind the resizing.
    expect(finished.save).toBeLessThan(Math.min(finished['upload 1']!, finished['upload 2']!))
  }, 120_000)

  it('refuses file names with a path, control characters or bidi overrides (refused, not renamed)', async () => {
    const names = [
      `../../etc/n0-${tag}.png`,
      `..\\n1-${tag}.png`,
      `bad\u0000n2-${tag}.png`,
      `bad\nn3-${tag}.png`,
      `photo\u202egnp-n4-${tag}.png`,
      `zw\u200bn5-${tag}.png`,
    ]
    for (const [i, name] of names.entries()) {
      const response = await post(name, 'image/png', png)
      // fetch's FormData (like a browser) may itself cut a path off the name or percent-encode a
      // newline: then a plain name arrives and is stored under it, inside media/.
      if (response.status === 201) {
        const body = await response.json()
        created.push(body.doc.id)
        expect(body.doc.filename).toMatch(new RegExp(`n${i}-${tag}`))
        // eslint-disable-next-line no-control-regex
        expect(body.doc.filename).not.toMatch(/[/\\\u0000-\u001f\u200b\u202a-\u202e]/)
      } else {
        // A newline breaks the multipart header itself: that is a malformed form (400) before any name check.
        await expectRefused(response, /file name|multipart/, `n${i}-${tag}`)
      }
    }
    expect(fs.existsSync(path.resolve(MEDIA_DIR, '..', '..', 'etc', `n0-${tag}.png`))).toBe(false)
    expect(fs.existsSync(path.resolve(MEDIA_DIR, '..', `n1-${tag}.png`))).toBe(false)
    // Through the Local API the name arrives untouched, and is refused.
    for (const name of [
      `../evil-${tag}.png`,
      `bad\u0000-${tag}.png`,
      `photo\u202egnp-${tag}.png`,
    ]) {
      await expect(
        ctx.payload.create({
          collection: 'media',
          data: { alt: 'x' },
          file: { data: png, mimetype: 'image/png', name, size: png.length },
          overrideAccess: false,
          user: {
            ...(await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })),
            collection: 'users',
          },
        }),
      ).rejects.toMatchObject({ status: 400 })
    }
  })

  it('does not fetch a file from a URL the caller gives', async () => {
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    let fetched = false
    const server = (await import('node:http')).createServer((_req, res) => {
      fetched = true
      res.writeHead(200, { 'content-type': 'image/png' }).end(png)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/photo.png`
    try {
      const response = await api.request('POST', '/media', {
        body: { alt: 'x', filename: `remote-${tag}.png`, url },
        headers: { 'accept-language': 'en' },
        token: staff.tokens.editor,
      })
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/does not fetch files from URLs/)
      const paste = await api.request('GET', `/media/paste-url?src=${encodeURIComponent(url)}`, {
        token: staff.tokens.editor,
      })
      expect(paste.status).toBe(400)
      const gql = await api.graphql(
        `mutation { createMedia(data: { alt: "x", filename: "remote2-${tag}.png", url: "${url}" }) { id } }`,
        { token: staff.tokens.editor },
      )
      expect(gql.body.data?.createMedia ?? null).toBeNull()
      expect(gql.status).toBeLessThan(500)
    } finally {
      server.close()
    }
    expect(fetched).toBe(false)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})
