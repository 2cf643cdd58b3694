/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query LatestArticles($locale: LocaleInputType!, $limit: Int = 10) {\n    Articles(locale: $locale, limit: $limit, sort: \"-publishedAt\") {\n      totalDocs\n      docs {\n        id\n        title\n        slug\n        summary\n        publishedAt\n        topics {\n          id\n          name\n        }\n        countries {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": typeof types.LatestArticlesDocument,
    "\n  query ArticleBySlug($locale: LocaleInputType!, $slug: String!) {\n    Articles(locale: $locale, limit: 1, where: { slug: { equals: $slug } }) {\n      docs {\n        id\n        title\n        summary\n        body\n        publishedAt\n        lastPublishedAt\n        corrections {\n          kind\n          note\n          at\n        }\n        retracted {\n          at\n          notice\n        }\n      }\n    }\n  }\n": typeof types.ArticleBySlugDocument,
    "\n  query Search($q: String!, $locale: LocaleInputType, $limit: Int = 10) {\n    search(q: $q, locale: $locale, limit: $limit) {\n      totalDocs\n      hits {\n        collection\n        id\n        title\n        slug\n        snippet\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query ChangesSince($since: String) {\n    Changes(since: $since) {\n      next\n      changes {\n        kind\n        collection\n        id\n        at\n        slugs {\n          ar\n          en\n        }\n      }\n    }\n  }\n": typeof types.ChangesSinceDocument,
};
const documents: Documents = {
    "\n  query LatestArticles($locale: LocaleInputType!, $limit: Int = 10) {\n    Articles(locale: $locale, limit: $limit, sort: \"-publishedAt\") {\n      totalDocs\n      docs {\n        id\n        title\n        slug\n        summary\n        publishedAt\n        topics {\n          id\n          name\n        }\n        countries {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n": types.LatestArticlesDocument,
    "\n  query ArticleBySlug($locale: LocaleInputType!, $slug: String!) {\n    Articles(locale: $locale, limit: 1, where: { slug: { equals: $slug } }) {\n      docs {\n        id\n        title\n        summary\n        body\n        publishedAt\n        lastPublishedAt\n        corrections {\n          kind\n          note\n          at\n        }\n        retracted {\n          at\n          notice\n        }\n      }\n    }\n  }\n": types.ArticleBySlugDocument,
    "\n  query Search($q: String!, $locale: LocaleInputType, $limit: Int = 10) {\n    search(q: $q, locale: $locale, limit: $limit) {\n      totalDocs\n      hits {\n        collection\n        id\n        title\n        slug\n        snippet\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query ChangesSince($since: String) {\n    Changes(since: $since) {\n      next\n      changes {\n        kind\n        collection\n        id\n        at\n        slugs {\n          ar\n          en\n        }\n      }\n    }\n  }\n": types.ChangesSinceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestArticles($locale: LocaleInputType!, $limit: Int = 10) {\n    Articles(locale: $locale, limit: $limit, sort: \"-publishedAt\") {\n      totalDocs\n      docs {\n        id\n        title\n        slug\n        summary\n        publishedAt\n        topics {\n          id\n          name\n        }\n        countries {\n          id\n          name\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LatestArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleBySlug($locale: LocaleInputType!, $slug: String!) {\n    Articles(locale: $locale, limit: 1, where: { slug: { equals: $slug } }) {\n      docs {\n        id\n        title\n        summary\n        body\n        publishedAt\n        lastPublishedAt\n        corrections {\n          kind\n          note\n          at\n        }\n        retracted {\n          at\n          notice\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($q: String!, $locale: LocaleInputType, $limit: Int = 10) {\n    search(q: $q, locale: $locale, limit: $limit) {\n      totalDocs\n      hits {\n        collection\n        id\n        title\n        slug\n        snippet\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesSince($since: String) {\n    Changes(since: $since) {\n      next\n      changes {\n        kind\n        collection\n        id\n        at\n        slugs {\n          ar\n          en\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangesSinceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
