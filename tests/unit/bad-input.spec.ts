import { describe, expect, it } from '@jest/globals'

import { classifyClientError } from '../../src/api/client-errors'
import { jsonDepth, requestLanguage } from '../../src/api/request-guard'
import { isSafeFileName } from '../../src/hooks/upload-safety'
import { lexicalDepth, stripInvisible } from '../../src/validation/input-hardening'

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
    const request = (headers: Record<string, string>) => new Request('http://x/api/articles', { headers })
    expect(requestLanguage(request({}))).toBe('ar')
    expect(requestLanguage(request({ 'accept-language': 'en-GB,en;q=0.9' }))).toBe('en')
    expect(requestLanguage(request({ 'accept-language': 'fr,en;q=0.5' }))).toBe('en')
    expect(requestLanguage(request({ 'accept-language': 'en', cookie: 'jusur-lng=ar' }))).toBe('ar')
  })

  it('strips zero-width, BOM, control and bidi override characters, keeping ZWNJ, ZWJ and direction marks', () => {
    expect(stripInvisible('a\u200bb\u202ec\u2066d\u2069\ufeffe\u0000f')).toBe('abcdef')
    expect(stripInvisible('می\u200cخواهم \u200fABC\u200e \u061c')).toBe('می\u200cخواهم \u200fABC\u200e \u061c')
    expect(stripInvisible('سطر\nسطر\tثم')).toBe('سطر\nسطر\tثم')
  })

  it('accepts plain file names only', () => {
    expect(isSafeFileName('صورة الوزير.png')).toBe(true)
    expect(isSafeFileName('photo.final.jpg')).toBe(true)
    for (const name of ['', '../a.png', 'a/b.png', 'a\\b.png', '..', 'a..png', 'a\u0000.png', 'a\n.png', 'gnp\u202e.exe', 'a\u200b.png', 'x'.repeat(256)]) {
      expect(isSafeFileName(name)).toBe(false)
    }
  })

  it('tells caller mistakes from server faults among the errors Payload answers with a 500', () => {
    expect(classifyClientError(Object.assign(new Error('Failed query'), { cause: { code: '22P02', message: 'invalid input syntax for type integer' } }))).toBe('badValue')
    expect(classifyClientError(new Error('Malformed part header'))).toBe('badForm')
    expect(classifyClientError(new RangeError('Maximum call stack size exceeded'))).toBe('tooDeep')
    expect(classifyClientError(Object.assign(new Error('Failed query'), { cause: { code: '53300', message: 'too many connections' } }))).toBeUndefined()
    expect(classifyClientError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeUndefined()
  })
})
