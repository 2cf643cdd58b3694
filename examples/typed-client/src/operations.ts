/**
 * The operations the example client runs, typed from the committed schema
 * (../../../schema.graphql) by GraphQL Code Generator: `graphql()` returns a
 * document whose result and variables types are generated in ./gql (`npm run
 * generate` rewrites it; a test fails when it is stale).
 */
import { graphql } from './gql'

/** The latest published articles of one language, newest first, with what they link to. */
export const LatestArticles = graphql(`
  query LatestArticles($locale: LocaleInputType!, $limit: Int = 10) {
    Articles(locale: $locale, limit: $limit, sort: "-publishedAt") {
      totalDocs
      docs {
        id
        title
        slug
        summary
        publishedAt
        topics {
          id
          name
        }
        countries {
          id
          name
          code
        }
      }
    }
  }
`)

/** One article by its slug in that language, with its corrections and, once retracted, the notice. */
export const ArticleBySlug = graphql(`
  query ArticleBySlug($locale: LocaleInputType!, $slug: String!) {
    Articles(locale: $locale, limit: 1, where: { slug: { equals: $slug } }) {
      docs {
        id
        title
        summary
        body
        publishedAt
        lastPublishedAt
        corrections {
          kind
          note
          at
        }
        retracted {
          at
          notice
        }
      }
    }
  }
`)

/** Full-text search as readers type it (Arabic normalized, English folded). */
export const Search = graphql(`
  query Search($q: String!, $locale: LocaleInputType, $limit: Int = 10) {
    search(q: $q, locale: $locale, limit: $limit) {
      totalDocs
      hits {
        collection
        id
        title
        slug
        snippet
      }
    }
  }
`)

/** The public changes since a cursor (docs/changes-feed.md): what a site refreshes. */
export const ChangesSince = graphql(`
  query ChangesSince($since: String) {
    Changes(since: $since) {
      next
      changes {
        kind
        collection
        id
        at
        slugs {
          ar
          en
        }
      }
    }
  }
`)
