import type { GraphQLExtension, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { inCallerLanguage } from '../lib/caller-language'
import { search, type SearchArgs, SearchRefused } from './service'

/**
 * The GraphQL query `search(q: String!, locale, collections, limit, page,
 * topic, country, from, to, drafts)`: the same search as `GET /api/search`.
 */
export const searchQueries: GraphQLExtension = (GraphQL, { config, types }) => {
  const {
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const idType = config.db.defaultIDType === 'number' ? GraphQLInt : GraphQLString
  const Hit = new GraphQLObjectType({
    name: 'SearchHit',
    fields: {
      collection: { type: new GraphQLNonNull(GraphQLString) },
      date: { type: GraphQLString },
      id: { type: new GraphQLNonNull(idType) },
      score: { type: new GraphQLNonNull(GraphQLFloat) },
      slug: { type: GraphQLString },
      snippet: {
        description: 'The matched passage, HTML-escaped, matched words in <mark>',
        type: new GraphQLNonNull(GraphQLString),
      },
      title: { type: new GraphQLNonNull(GraphQLString) },
    },
  })
  const Results = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
      hasPrevPage: { type: new GraphQLNonNull(GraphQLBoolean) },
      hits: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Hit))) },
      limit: { type: new GraphQLNonNull(GraphQLInt) },
      page: { type: new GraphQLNonNull(GraphQLInt) },
      totalDocs: { type: new GraphQLNonNull(GraphQLInt) },
      totalPages: { type: new GraphQLNonNull(GraphQLInt) },
    },
  })
  return {
    search: {
      args: {
        collections: { type: new GraphQLList(GraphQLString) },
        country: { type: new GraphQLList(GraphQLID) },
        drafts: { type: GraphQLBoolean },
        from: { description: 'YYYY-MM-DD', type: GraphQLString },
        limit: { type: GraphQLInt },
        locale: { type: (types as { localeInputType?: unknown }).localeInputType ?? GraphQLString },
        page: { type: GraphQLInt },
        q: { type: new GraphQLNonNull(GraphQLString) },
        to: { description: 'YYYY-MM-DD', type: GraphQLString },
        topic: { type: new GraphQLList(GraphQLID) },
      },
      resolve: async (_root: unknown, args: SearchArgs, context: { req: PayloadRequest }) => {
        try {
          return await search(context.req, args)
        } catch (error) {
          if (!(error instanceof SearchRefused)) throw error
          throw new APIError(
            inCallerLanguage(context.req, error.text),
            error.status,
            undefined,
            true,
          )
        }
      },
      type: new GraphQLNonNull(Results),
    },
  }
}
