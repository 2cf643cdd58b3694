import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { publicRead } from '../../src/read-cache/request-key'

const BASE = 'http://localhost:3000/api'
const GRAPHQL_BODY = JSON.stringify({ query: '{ Articles(limit: 5) { docs { title } } }' })
/** A body as ../../src/api/request-body.ts hands it over. */
const parsed = (text: string) => ({ text, value: JSON.parse(text) as unknown })
/** What Payload may see on the cached path: nothing that can carry a credential. */
const FORWARDED = ['accept', 'accept-language', 'content-type', 'disableautologin', 'origin']

const read = (method: 'GET' | 'POST', path: string, headers: [string, string][]) => {
  const request = new Request(`${BASE}${path}`, {
    body: method === 'POST' ? GRAPHQL_BODY : undefined,
    headers: method === 'POST' ? [['content-type', 'application/json'], ...headers] : headers,
    method,
  })
  return publicRead(request, method === 'POST' ? parsed(GRAPHQL_BODY) : undefined, 'jusur')
}

/** Any header a client could send, credentials and lookalikes included, other than Cookie and Authorization (those send a request around the cache). */
const header: fc.Arbitrary<[string, string]> = fc.tuple(
  fc.oneof(
    fc.constantFrom(
      'origin',
      'referer',
      'sec-fetch-site',
      'accept',
      'accept-language',
      'x-forwarded-for',
      'proxy-authorization',
      'x-api-key',
      'x-payload-http-method-override',
      'disableautologin',
      'if-none-match',
      'range',
    ),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
  ),
  fc.oneof(
    fc.constantFrom(
      'same-origin',
      'http://localhost:3000',
      'en',
      'false',
      'JWT abc.def.ghi',
      'jusur-token=abc',
    ),
    fc.stringMatching(/^[ -~]{0,40}$/),
  ),
)
const headers = fc
  .array(header, { maxLength: 8 })
  .filter((list) =>
    list.every(
      ([name]) => name !== 'cookie' && name !== 'authorization' && name !== 'content-type',
    ),
  )
const cookies = fc.array(
  fc.tuple(
    fc.constantFrom('jusur-lng', 'theme', '_ga', 'jusur-token-hint', 'session'),
    fc.constantFrom('en', 'ar', 'x', '1'),
  ),
  { maxLength: 4 },
)
const method = fc.constantFrom<'GET' | 'POST'>('GET', 'POST')
const path = (m: 'GET' | 'POST') => (m === 'GET' ? '/articles?locale=ar&limit=5' : '/graphql')

describe('the read cache’s requests to Payload', () => {
  it('hand Payload only headers that cannot carry a credential, whatever the caller sent', () => {
    fc.assert(
      fc.property(method, headers, cookies, (m, sent, jar) => {
        const withCookies: [string, string][] = jar.length
          ? [...sent, ['cookie', jar.map(([name, value]) => `${name}=${value}`).join('; ')]]
          : sent
        const taken = read(m, path(m), withCookies)
        expect(taken).not.toBeNull()
        for (const name of taken!.request.headers.keys()) expect(FORWARDED).toContain(name)
        expect(taken!.request.headers.get('disableautologin')).toBe('true')
        expect(taken!.request.method).toBe(m)
      }),
    )
  })

  it('key the answer on what Payload is given: only the Origin, the caller’s language and (GraphQL) the response type it accepts split it', () => {
    fc.assert(
      fc.property(
        method,
        headers,
        fc.constantFrom(undefined, 'http://localhost:3000', 'https://elsewhere.example'),
        fc.constantFrom('ar', 'en'),
        (m, sent, origin, language) => {
          const essential: [string, string][] = [
            ['accept-language', language],
            ...(origin ? [['origin', origin] as [string, string]] : []),
          ]
          const noisy = [
            ...sent.filter(([name]) => name !== 'origin' && name !== 'accept-language'),
            ...essential,
          ]
          expect(read(m, path(m), noisy)!.key).toBe(read(m, path(m), essential)!.key)
          // The language cookie counts as the language.
          const byCookie = read(m, path(m), [
            ...sent.filter(([name]) => name !== 'origin' && name !== 'accept-language'),
            ['cookie', `jusur-lng=${language}`],
            ...(origin ? [['origin', origin] as [string, string]] : []),
          ])
          expect(byCookie!.key).toBe(read(m, path(m), essential)!.key)
          expect(
            read(m, path(m), [
              ['accept-language', language === 'ar' ? 'en' : 'ar'],
              ...essential.slice(1),
            ])!.key,
          ).not.toBe(read(m, path(m), essential)!.key)
          // GraphQL refusals are a 400 for clients that accept graphql-response+json, a 200 with errors for the others.
          const strict = read(m, path(m), [
            ...essential,
            ['accept', 'application/graphql-response+json, application/json'],
          ])!
          expect(strict.key === read(m, path(m), essential)!.key).toBe(m === 'GET')
          if (m === 'POST')
            expect(strict.request.headers.get('accept')).toBe('application/graphql-response+json')
        },
      ),
    )
  })

  it('send anything that may carry a login around the cache: any Authorization, a login cookie however spelled', () => {
    const spelledCookie = fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '  '),
        fc.constantFrom('jusur-token', 'Jusur-Token', 'JUSUR-TOKEN'),
        fc.constantFrom('', ' ', '\t'),
        fc.constantFrom('', 'a=1; ', 'jusur-lng=en;'),
        fc.constantFrom(';', '; ', ','),
      )
      .map(
        ([before, name, beforeEquals, others, separator]) =>
          `${others}${before}${name}${beforeEquals}=x${separator}theme=dark`,
      )
    fc.assert(
      fc.property(method, headers, spelledCookie, (m, sent, cookie) => {
        expect(read(m, path(m), [...sent, ['cookie', cookie]])).toBeNull()
      }),
    )
    fc.assert(
      fc.property(
        method,
        headers,
        fc.stringMatching(/^[!-~][ -~]{0,30}$/),
        (m, sent, authorization) => {
          expect(read(m, path(m), [...sent, ['authorization', authorization]])).toBeNull()
        },
      ),
    )
  })

  it('leave out the accounts API, files, drafts, mutations and GraphQL bodies not sent as JSON', () => {
    expect(read('GET', '/users/me', [])).toBeNull()
    expect(read('GET', '/media/file/photo.jpg', [])).toBeNull()
    expect(read('GET', '/articles?draft=true', [])).toBeNull()
    const mutation = JSON.stringify({ query: 'mutation { logoutUser }' })
    expect(
      publicRead(
        new Request(`${BASE}/graphql`, {
          body: mutation,
          headers: { 'content-type': 'application/json' },
          method: 'POST',
        }),
        parsed(mutation),
        'jusur',
      ),
    ).toBeNull()
    expect(
      publicRead(
        new Request(`${BASE}/graphql`, {
          body: GRAPHQL_BODY,
          headers: { 'content-type': 'text/plain' },
          method: 'POST',
        }),
        parsed(GRAPHQL_BODY),
        'jusur',
      ),
    ).toBeNull()
    expect(read('GET', '/articles?locale=ar', [])).not.toBeNull()
    const overGet = (query: string) =>
      read('GET', `/graphql?query=${encodeURIComponent(query)}`, [])
    expect(overGet('mutation { logoutUser }')).toBeNull()
    expect(overGet('{ Articles(draft: true) { docs { title } } }')).toBeNull()
    expect(overGet('{ Articles { docs { title } } }')).not.toBeNull()
  })

  it('key GraphQL over GET on the response type accepted, as over POST, and nothing else of Accept', () => {
    const path = `/graphql?query=${encodeURIComponent('{ Articles { totalDocs } }')}`
    const json = read('GET', path, [['accept', 'application/json']])!
    expect(json.graphql).toBe(true)
    expect(json.request.headers.get('accept')).toBe('application/json')
    expect(read('GET', path, [['accept', '*/*']])!.key).toBe(json.key)
    const strict = read('GET', path, [
      ['accept', 'application/graphql-response+json;q=1, application/json;q=0.9'],
    ])!
    expect(strict.request.headers.get('accept')).toBe('application/graphql-response+json')
    expect(strict.key).not.toBe(json.key)
    // REST answers do not depend on Accept: it is not forwarded.
    expect(read('GET', '/articles?limit=5', [['accept', 'text/html']])!.graphql).toBe(false)
    expect(
      read('GET', '/articles?limit=5', [['accept', 'text/html']])!.request.headers.has('accept'),
    ).toBe(false)
  })

  it('hand Payload a GraphQL body of the operation alone, and key it on the URL’s parameters too', async () => {
    const post = (search: string, body: Record<string, unknown>) => {
      const text = JSON.stringify(body)
      return publicRead(
        new Request(`${BASE}/graphql${search}`, {
          body: text,
          headers: { 'content-type': 'application/json' },
          method: 'POST',
        }),
        parsed(text),
        'jusur',
      )!
    }
    const operation = {
      operationName: 'Q',
      query: 'query Q { Articles { totalDocs } }',
      variables: { a: 1 },
    }
    const extra = post('', {
      ...operation,
      extensions: { x: 1 },
      fallbackLocale: 'none',
      locale: 'en',
    })
    expect(JSON.parse(await extra.request.text())).toEqual(operation)
    expect(extra.key).toBe(post('', operation).key)
    const english = post('?locale=en', operation)
    expect(english.key).not.toBe(post('', operation).key)
    expect(new URL(english.request.url).searchParams.get('locale')).toBe('en')
    expect(post('?draft=true', operation)).toBeNull()
  })
})
