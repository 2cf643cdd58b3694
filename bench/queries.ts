/**
 * What a public website asks for, as the read benchmarks send it: GraphQL
 * from an anonymous caller, in Arabic. The fields exist in both Jusur and the
 * bare Payload (bench/bare.config.ts), so the same request measures both.
 */
import type { LoadRequest } from './load'

/** An article with its relations two levels deep: events with their delegations, agreements, people and countries. */
const ARTICLE_FIELDS = /* GraphQL */ `
  id
  title
  slug
  summary
  publishedAt
  topics { id name }
  countries { id name }
  people { id name country { id name } }
  agreements { id title slug kind status parties { country { id name } signatory { id name } } }
  delegations { id name slug representedCountry { id name } }
  events {
    id
    title
    slug
    kind
    location { country { id name } }
    participants { id name }
    delegations { id name slug }
    agreements { id title slug }
  }
`

/**
 * A page of published articles, newest first. `alias` names the result
 * differently: the same page as a request the read cache has not seen.
 */
export const articlePageQuery = (limit: number, alias = 'Articles') => /* GraphQL */ `
  query ArticlePage {
    ${alias === 'Articles' ? '' : `${alias}: `}Articles(limit: ${limit}, sort: "-publishedAt", locale: ar) {
      totalDocs
      docs { ${ARTICLE_FIELDS} }
    }
  }
`

export const ARTICLE_BY_SLUG = /* GraphQL */ `
  query ArticleBySlug($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1, locale: ar) {
      docs { ${ARTICLE_FIELDS} }
    }
  }
`

export const ARTICLE_BY_ID = /* GraphQL */ `
  query ArticleById($id: Int!) {
    Article(id: $id, locale: ar) { ${ARTICLE_FIELDS} }
  }
`

export const SEARCH = /* GraphQL */ `
  query Search($q: String!) {
    search(q: $q, locale: ar, limit: 10) {
      totalDocs
      hits {
        collection
        id
        title
        slug
        snippet
        score
      }
    }
  }
`

/** Arabic searches a reader types, including the press's variant spellings. */
export const SEARCH_TERMS = [
  'التعاون الأمني',
  'وزير الداخلية',
  'مكافحة الإرهاب',
  'الصين',
  'الهجره غير النظاميه',
  'حفظ السلام',
]

export const graphqlRequest = (
  query: string,
  variables?: Record<string, unknown>,
): LoadRequest => ({
  body: JSON.stringify({ query, variables }),
  method: 'POST',
  path: '/api/graphql',
})
