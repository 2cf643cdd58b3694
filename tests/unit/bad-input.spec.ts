import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import http from 'node:http'

import { classifyClientError } from '../../src/api/client-errors'
import { jsonDepth, requestLanguage } from '../../src/api/request-guard'
import { isSafeFileName } from '../../src/hooks/upload-safety'
import { ALLOWED_METHODS, createApp } from '../../src/server/app'
import {
  isSafeLinkUrl,
  lexicalDepth,
  stripInvisible,
  unsafeLink,
} from '../../src/validation/input-hardening'

describe('bad-input helpers', () => {
  it('measures JSON depth without recursion, even far beyond the stack', () => {
    expect(jsonDepth('x')).toBe(0)
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3)
    let deep: unknown = []
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(jsonDepth(deep, 64)).toBe(65)
  })

  it('measures Lexical depth by children', () => {
    expect(lexicalDepth({ children: [{ children: [{ text: 'x' }] }] }, 20)).toBe(3)
  })

  it('picks the caller language from the cookie, then Accept-Language, Arabic by default', () => {
    const request = (headers: Record<string, string>) =>
      new Request('http://x/api/articles', { headers })
    expect(requestLanguage(request({}))).toBe('ar')
    expect(requestLanguage(request({ 'accept-language': 'en-GB,en;q=0.9' }))).toBe('en')
    expect(requestLanguage(request({ 'accept-language': 'fr,en;q=0.5' }))).toBe('en')
    expect(requestLanguage(request({ 'accept-language': 'en', cookie: 'jusur-lng=ar' }))).toBe('ar')
  })

  it('strips zero-width, BOM, control and bidi override characters, keeping ZWNJ, ZWJ and direction marks', () => {
    expect(stripInvisible('a\u200bb\u202ec\u2066d\u2069\ufeffe\u0000f')).toBe('abcdef')
    expect(stripInvisible('می\u200cخواهم \u200fABC\u200e \u061c')).toBe(
      'می\u200cخواهم \u200fABC\u200e \u061c',
    )
    expect(stripInvisible('سطر\nسطر\tثم')).toBe('سطر\nسطر\tثم')
  })

  it('accepts plain file names only', () => {
    expect(isSafeFileName('صورة الوزير.png')).toBe(true)
    expect(isSafeFileName('photo.final.jpg')).toBe(true)
    for (const name of [
      '',
      '../a.png',
      'a/b.png',
      'a\\b.png',
      '..',
      'a..png',
      'a\u0000.png',
      'a\n.png',
      'gnp\u202e.exe',
      'a\u200b.png',
      'x'.repeat(256),
    ]) {
      expect(isSafeFileName(name)).toBe(false)
    }
  })

  it('tells caller mistakes from server faults among the errors Payload answers with a 500', () => {
    expect(
      classifyClientError(
        Object.assign(new Error('Failed query'), {
          cause: { code: '22P02', message: 'invalid input syntax for type integer' },
        }),
      ),
    ).toBe('badValue')
    expect(classifyClientError(new Error('Malformed part header'))).toBe('badForm')
    expect(classifyClientError(new RangeError('Maximum call stack size exceeded'))).toBe('tooDeep')
    expect(
      classifyClientError(
        Object.assign(new Error('Failed query'), {
          cause: { code: '53300', message: 'too many connections' },
        }),
      ),
    ).toBeUndefined()
    expect(
      classifyClientError(new TypeError("Cannot read properties of undefined (reading 'x')")),
    ).toBeUndefined()
  })
})

describe('rich-text link URLs', () => {
  const SCHEMES = [
    'javascript',
    'JaVaScRiPt',
    'data',
    'vbscript',
    'file',
    'ftp',
    'blob',
    'about',
    'jav\tascript',
    'java\u0000script',
    'java\u200bscript',
    'javascript&#58;',
    'javascript&colon;',
    '\u00a0javascript',
    ' javascript',
  ]

  it('accepts http, https, mailto and tel written plainly', () => {
    for (const url of [
      'https://example.com/a?b=c#d',
      'http://مثال.مصر/مسار',
      'HTTPS://EXAMPLE.COM',
      'mailto:a@example.com',
      'tel:+20123456',
    ])
      expect(isSafeLinkUrl(url)).toBe(true)
  })

  it('refuses any other scheme, relative and protocol-relative URLs, and any obfuscation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCHEMES),
        fc.constantFrom(
          '',
          ' ',
          '\t',
          '\n',
          '\u0001',
          '\u200b',
          '\ufeff',
          '\u2028',
          '%20',
          '&#x09;',
        ),
        fc.nat(12),
        fc.constantFrom(':alert(1)', ':text/html;base64,PHNjcmlwdD4=', '://x', ':'),
        (scheme, junk, at, tail) => {
          const spliced = scheme.slice(0, at) + junk + scheme.slice(at)
          expect(isSafeLinkUrl(spliced + tail)).toBe(false)
        },
      ),
      { numRuns: 1000, seed: 20261202 },
    )
    for (const url of [
      '//evil.example',
      '/relative',
      '#anchor',
      '',
      ' https://example.com',
      'https://exa mple.com',
      'https:\u0000//x',
      5,
      null,
    ])
      expect(isSafeLinkUrl(url)).toBe(false)
  })

  it('finds unsafe links and autolinks anywhere in a Lexical tree, internal links are fine', () => {
    const tree = (link: Record<string, unknown>) => ({
      children: [{ children: [{ children: [], ...link }], type: 'paragraph' }],
      type: 'root',
    })
    expect(
      unsafeLink(
        tree({ fields: { linkType: 'custom', url: 'javascript:alert(1)' }, type: 'link' }),
      ),
    ).toBe('javascript:alert(1)')
    expect(unsafeLink(tree({ fields: { url: 'data:text/html,x' }, type: 'autolink' }))).toBe(
      'data:text/html,x',
    )
    expect(
      unsafeLink(
        tree({
          fields: { doc: { relationTo: 'articles', value: 1 }, linkType: 'internal' },
          type: 'link',
        }),
      ),
    ).toBeUndefined()
    expect(
      unsafeLink(
        tree({ fields: { linkType: 'custom', url: 'https://example.com' }, type: 'link' }),
      ),
    ).toBeUndefined()
  })
})

describe('unknown HTTP methods', () => {
  const send = (port: number, method: string, headers: Record<string, string> = {}) =>
    new Promise<{ body: string; headers: http.IncomingHttpHeaders; status: number }>(
      (resolve, reject) => {
        const request = http.request(
          { headers, host: '127.0.0.1', method, path: '/api/articles', port },
          (response) => {
            let body = ''
            response.on('data', (chunk) => (body += chunk))
            response.on('end', () =>
              resolve({ body, headers: response.headers, status: response.statusCode ?? 0 }),
            )
          },
        )
        request.on('error', reject)
        request.end()
      },
    )

  it('answers TRACE and other unsupported methods with a localized 405, before Next.js', async () => {
    let reached = 0
    const app = createApp({
      handle: async (_req, res) => {
        reached++
        res.end('ok')
      },
      rateLimiting: {
        middleware: (_req: unknown, _res: unknown, next: () => void) => next(),
      } as never,
      readiness: async () => ({ ready: true }) as never,
    })
    const server = app.listen(0)
    try {
      const { port } = server.address() as { port: number }
      for (const method of ['TRACE', 'PROPFIND', 'MKCOL', 'PURGE', 'LOCK']) {
        const response = await send(port, method, { 'accept-language': 'en' })
        expect(response.status).toBe(405)
        expect(response.headers.allow).toBe(ALLOWED_METHODS.join(', '))
        expect(JSON.parse(response.body).errors[0].message).toBe(
          'This HTTP method is not supported.',
        )
      }
      expect(JSON.parse((await send(port, 'TRACE')).body).errors[0].message).toMatch(/طريقة HTTP/)
      expect(reached).toBe(0)
      expect((await send(port, 'GET')).status).toBe(200)
      expect(reached).toBe(1)
    } finally {
      server.close()
    }
  })
})
