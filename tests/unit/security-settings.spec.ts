import { describe, expect, it } from '@jest/globals'
import { buildSchema, parse, validate } from 'graphql'

import {
  bodyLimitBytes,
  corsOrigins,
  csrfOrigins,
  graphQLLimits,
  MAX_LOGIN_ATTEMPTS,
  rateLimits,
} from '../../src/settings/security'
import { maxAliasesRule, maxDepthRule } from '../../src/graphql/limits'

describe('security settings from the environment', () => {
  it('allow only the server itself by default', () => {
    expect(corsOrigins({ PORT: '4000' })).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
    expect(csrfOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
    expect(corsOrigins({ SERVER_URL: 'https://cms.jusur.example/' })).toEqual([
      'https://cms.jusur.example',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ])
  })

  it('read comma-separated allowlists; CSRF always keeps our own origins', () => {
    const env = {
      CORS_ORIGINS: ' https://a.example, https://b.example/ ,',
      CSRF_ORIGINS: 'https://a.example',
    }
    expect(corsOrigins(env)).toEqual(['https://a.example', 'https://b.example'])
    expect(csrfOrigins(env)).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'https://a.example',
    ])
  })

  it('fall back to the defaults on missing or nonsensical values', () => {
    expect(bodyLimitBytes({})).toBe(1024 * 1024)
    expect(bodyLimitBytes({ BODY_LIMIT_BYTES: '-5' })).toBe(1024 * 1024)
    expect(bodyLimitBytes({ BODY_LIMIT_BYTES: '2048' })).toBe(2048)
    expect(graphQLLimits({})).toEqual({
      introspection: false,
      maxAliases: 15,
      maxComplexity: 1000,
      maxDepth: 10,
      playground: false,
    })
    expect(
      graphQLLimits({ GRAPHQL_INTROSPECTION: 'true', GRAPHQL_MAX_DEPTH: 'deep' }),
    ).toMatchObject({ introspection: true, maxDepth: 10 })
    expect(rateLimits({ RATE_LIMIT_LOGIN: '10/60', RATE_LIMIT_READS: '0/60' })).toMatchObject({
      loginPerIpAndEmail: { durationSeconds: 60, points: 10 },
      readsPerConsumer: { durationSeconds: 60, points: 30_000 },
      readsPerIp: { durationSeconds: 60, points: 6_000 },
    })
    expect(
      rateLimits({ CONSUMER_RATE_LIMIT_POINTS: '500', CONSUMER_RATE_LIMIT_SECONDS: '10' })
        .readsPerConsumer,
    ).toEqual({ durationSeconds: 10, points: 500 })
  })

  it('let one address try an account one time fewer than the failures that lock it', () => {
    expect(rateLimits({}).loginPerIpAndEmail).toEqual({
      durationSeconds: 900,
      points: MAX_LOGIN_ATTEMPTS - 1,
    })
  })
})

const schema = buildSchema(`
  type Article { title: String, related: [Article], hero: Media }
  type Media { url: String, owner: Article }
  type Query { articles: [Article], article: Article }
`)
const errorsOf = (query: string, rules = [maxDepthRule(3), maxAliasesRule(2)]) =>
  validate(schema, parse(query), rules).map((error) => error.message)

describe('GraphQL depth and alias rules', () => {
  it('count the depth of the deepest field', () => {
    expect(errorsOf('{ articles { related { title } } }')).toEqual([])
    expect(errorsOf('{ articles { related { related { title } } } }')).toEqual([
      'Query is too deep: 4 levels, the limit is 3.',
    ])
  })

  it('follow fragments and inline fragments, and ignore __typename', () => {
    expect(
      errorsOf('{ articles { ...F } } fragment F on Article { related { __typename title } }'),
    ).toEqual([])
    expect(
      errorsOf(
        '{ articles { ...F } } fragment F on Article { related { ... on Article { hero { url } } } }',
      ),
    ).toEqual(['Query is too deep: 4 levels, the limit is 3.'])
  })

  it('check every operation of a document', () => {
    expect(
      errorsOf('query A { article { title } } query B { articles { related { hero { url } } } }'),
    ).toEqual(['Query is too deep: 4 levels, the limit is 3.'])
  })

  it('count aliases over the whole document, fragments included', () => {
    expect(errorsOf('{ a: article { title } b: article { title } }')).toEqual([])
    expect(errorsOf('{ a: article { t: title } b: article { title } }')).toEqual([
      'Too many aliases: 3, the limit is 2.',
    ])
    expect(errorsOf('{ a: article { ...F } } fragment F on Article { x: title y: title }')).toEqual(
      ['Too many aliases: 3, the limit is 2.'],
    )
  })
})
