/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Article_Corrections_Kind =
  | 'clarification'
  | 'correction'
  | 'editors_note'
  | 'update';

export type LocaleInputType =
  | 'ar'
  | 'en';

export type LatestArticlesQueryVariables = Exact<{
  locale: LocaleInputType;
  limit?: number | null | undefined;
}>;


export type LatestArticlesQuery = { Articles: { totalDocs: number, docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, publishedAt: string | null, topics: Array<{ id: number, name: string | null }> | null, countries: Array<{ id: number, name: string | null, code: string | null }> | null }> } | null };

export type ArticleBySlugQueryVariables = Exact<{
  locale: LocaleInputType;
  slug: string;
}>;


export type ArticleBySlugQuery = { Articles: { docs: Array<{ id: number, title: string | null, summary: string | null, body: unknown, publishedAt: string | null, lastPublishedAt: string | null, corrections: Array<{ kind: Article_Corrections_Kind | null, note: string | null, at: string | null }> | null, retracted: { at: string | null, notice: string | null } | null }> } | null };

export type SearchQueryVariables = Exact<{
  q: string;
  locale?: LocaleInputType | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalDocs: number, hits: Array<{ collection: string, id: number, title: string, slug: string | null, snippet: string }> } };

export type ChangesSinceQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type ChangesSinceQuery = { Changes: { next: string, changes: Array<{ kind: string | null, collection: string | null, id: string | null, at: string | null, slugs: { ar: string | null, en: string | null } | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LatestArticlesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<LatestArticlesQuery, LatestArticlesQueryVariables>;
export const ArticleBySlugDocument = new TypedDocumentString(`
    query ArticleBySlug($locale: LocaleInputType!, $slug: String!) {
  Articles(locale: $locale, limit: 1, where: {slug: {equals: $slug}}) {
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
    `) as unknown as TypedDocumentString<ArticleBySlugQuery, ArticleBySlugQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ChangesSinceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ChangesSinceQuery, ChangesSinceQueryVariables>;