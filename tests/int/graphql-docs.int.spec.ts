import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { seedDemoContent } from '../../src/seed'
import { apiClient } from '../helpers/api'
import {
  describeIntegration,
  PROJECT_ROOT,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

type Example = { expected: object; query: string; title: string; variables: object }

/**
 * The examples of docs/graphql.md: each ```graphql block is a query, and each
 * ```json variables block after it, with the ```json expected block that
 * follows, is one run of that query, with POST and with GET.
 */
const examplesIn = (markdown: string): Example[] => {
  const examples: Example[] = []
  let query = ''
  let title = ''
  let variables: object | undefined
  for (const [, heading, info, body] of markdown.matchAll(
    /^## (.+)$|^```([\w ]+)\n([\s\S]*?)^```$/gm,
  )) {
    if (heading) title = heading
    else if (info === 'graphql') query = body!
    else if (info === 'json variables') variables = JSON.parse(body!)
    else if (info === 'json expected') {
      examples.push({
        expected: JSON.parse(body!),
        query,
        title: `${title} ${JSON.stringify(variables)}`,
        variables: variables!,
      })
    }
  }
  return examples
}

const examples = examplesIn(fs.readFileSync(path.join(PROJECT_ROOT, 'docs/graphql.md'), 'utf8'))

describeIntegration('docs/graphql.md examples, run against the demo content', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    await seedDemoContent(ctx.payload)
  }, SEEDING_TIMEOUT_MS)
  afterAll(() => ctx?.stop())

  it('documents several examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6)
  })

  it.each(examples.map((example) => [example.title, example] as const))(
    '%s',
    async (_title, example) => {
      const { body, status } = await api.graphql(example.query, {
        variables: example.variables as Record<string, unknown>,
      })
      expect(body.errors).toBeUndefined()
      expect(status).toBe(200)
      expect(body.data).toMatchObject(example.expected)
      // The same query over GET (docs/graphql.md: GET, persisted queries and caches).
      const overGet = await api.graphql(example.query, {
        method: 'GET',
        variables: example.variables as Record<string, unknown>,
      })
      expect(overGet.body).toEqual(body)
    },
  )
})
