import type { GraphQLExtension, PayloadRequest } from 'payload'

import { DateTimeResolver } from 'graphql-scalars'

import { type FeedQuery, type PublicChangesPage, readPublicChanges } from './changes-feed'
import { performBulkTransition } from './bulk'
import { describeWorkflow, performTransition, type WorkflowDescription } from './service'
import type { LocaleTexts } from './record-status'
import type { ResolvedOptions } from './types'

type Context = { req: PayloadRequest }

/** The GraphQL type of `describeWorkflow`'s answer, built once per schema. */
const workflowStateType = (GraphQL: Parameters<GraphQLExtension>[0]) => {
  const {
    GraphQLBoolean,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const text = { type: GraphQLString }
  const Transition = new GraphQLObjectType({
    name: 'WorkflowTransition',
    fields: {
      confirmation: text,
      label: text,
      name: { type: new GraphQLNonNull(GraphQLString) },
      requiresComment: { type: GraphQLBoolean },
      requiresLocale: { type: GraphQLBoolean },
      requiresNotice: { type: GraphQLBoolean },
      requiresPublishAt: { type: GraphQLBoolean },
    },
  })
  const LocaleText = new GraphQLObjectType({
    name: 'WorkflowLocaleText',
    fields: { locale: text, text },
  })
  const perLocale = (texts: LocaleTexts) =>
    Object.entries(texts).map(([locale, value]) => ({ locale, text: value }))
  const Correction = new GraphQLObjectType({
    name: 'WorkflowPendingCorrection',
    fields: {
      kind: text,
      note: {
        resolve: (correction: { note: LocaleTexts }) => perLocale(correction.note),
        type: new GraphQLList(LocaleText),
      },
    },
  })
  const Embargo = new GraphQLObjectType({
    name: 'WorkflowEmbargo',
    fields: { timezone: text, until: { type: DateTimeResolver } },
  })
  const Retraction = new GraphQLObjectType({
    name: 'WorkflowRetraction',
    fields: {
      at: { type: DateTimeResolver },
      notice: {
        resolve: (retracted: { notice: LocaleTexts }) => perLocale(retracted.notice),
        type: new GraphQLList(LocaleText),
      },
    },
  })
  const Translation = new GraphQLObjectType({
    name: 'WorkflowTranslation',
    fields: { locale: text, reason: text, status: text },
  })
  const idOf = (value: unknown) =>
    value && typeof value === 'object'
      ? String((value as { id: unknown }).id)
      : value == null
        ? null
        : String(value)
  const HistoryEntry = new GraphQLObjectType({
    name: 'WorkflowHistoryEntry',
    fields: {
      assignee: {
        resolve: (event: Record<string, unknown>) => idOf(event.assignee),
        type: GraphQLString,
      },
      comment: text,
      createdAt: { type: DateTimeResolver },
      from: text,
      fromLabel: text,
      locale: text,
      publishAt: { type: DateTimeResolver },
      sequence: { type: GraphQLInt },
      to: text,
      toLabel: text,
      transition: text,
      transitionLabel: text,
      user: { resolve: (event: Record<string, unknown>) => idOf(event.user), type: GraphQLString },
      version: text,
    },
  })
  const Link = new GraphQLObjectType({
    name: 'WorkflowLink',
    fields: { collection: text, id: text, state: text, stateLabel: text, title: text },
  })
  const Release = new GraphQLObjectType({
    name: 'WorkflowRelease',
    fields: { id: text, state: text },
  })
  const ReleaseItem = new GraphQLObjectType({
    name: 'WorkflowReleaseItem',
    fields: {
      approvedVersion: text,
      collection: text,
      id: text,
      lastEditedBy: {
        resolve: (item: Record<string, unknown>) => idOf(item.lastEditedBy),
        type: GraphQLString,
      },
      latestVersion: {
        resolve: (item: Record<string, unknown>) => idOf(item.latestVersion),
        type: GraphQLString,
      },
      missing: { type: GraphQLBoolean },
      state: text,
      stateLabel: text,
      title: text,
      translations: { type: new GraphQLList(Translation) },
      unpublishedLinks: { type: new GraphQLList(Link) },
    },
  })
  return new GraphQLObjectType<WorkflowDescription>({
    name: 'WorkflowState',
    fields: {
      approvedVersion: text,
      assignee: {
        resolve: (state) => (state.assignee == null ? null : String(state.assignee)),
        type: GraphQLString,
      },
      collection: text,
      correction: { type: Correction },
      embargo: { type: Embargo },
      history: { type: new GraphQLList(HistoryEntry) },
      id: { resolve: (state) => String(state.id), type: GraphQLString },
      items: { type: new GraphQLList(ReleaseItem) },
      latestVersion: text,
      publishAt: { type: DateTimeResolver },
      published: { type: GraphQLBoolean },
      release: { type: Release },
      retracted: { type: Retraction },
      sourceLocale: text,
      state: text,
      stateLabel: text,
      transitions: { type: new GraphQLList(Transition) },
      translations: { type: new GraphQLList(Translation) },
      unpublishedLinks: { type: new GraphQLList(Link) },
    },
  })
}

/** A GraphQL name for a locale code (`pt-BR` → `pt_BR`). */
const fieldNameOf = (locale: string) => locale.replace(/[^\w]/g, '_')

/**
 * The type of the feed's answer, as REST serves it: `slugs` has a field per
 * locale (none without localization, where it is left out).
 */
const publicChangesType = (GraphQL: Parameters<GraphQLExtension>[0], locales: string[]) => {
  const { GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const text = { type: GraphQLString }
  const Slugs = new GraphQLObjectType<Record<string, null | string>>({
    name: 'PublicChangeSlugs',
    fields: Object.fromEntries(
      locales.map((locale) => [
        fieldNameOf(locale),
        { resolve: (slugs) => slugs[locale] ?? null, type: GraphQLString },
      ]),
    ),
  })
  const Change = new GraphQLObjectType({
    name: 'PublicChange',
    fields: {
      at: { type: DateTimeResolver },
      collection: text,
      id: text,
      kind: text,
      locales: { type: new GraphQLList(GraphQLString) },
      ...(locales.length > 0 && { slugs: { type: Slugs } }),
      version: text,
    },
  })
  return new GraphQLObjectType<PublicChangesPage>({
    name: 'PublicChanges',
    fields: {
      changes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Change))) },
      next: { type: new GraphQLNonNull(GraphQLString) },
    },
  })
}

/**
 * `workflowState(collection, id)`, `workflowTransition(...)`, `workflowTransitionMany(...)` and the feed,
 * `Changes(since, limit, locale)`, answering what the REST endpoints answer.
 */
export const workflowGraphQL = (options: ResolvedOptions) => {
  let type: ReturnType<typeof workflowStateType> | undefined
  const typeFor = (GraphQL: Parameters<GraphQLExtension>[0]) =>
    (type ??= workflowStateType(GraphQL))
  // A retraction's notice to readers: one text per locale (`{ ar, en }`).
  let notice: InstanceType<Parameters<GraphQLExtension>[0]['GraphQLInputObjectType']> | undefined
  const noticeFor = (GraphQL: Parameters<GraphQLExtension>[0]) =>
    (notice ??= new GraphQL.GraphQLInputObjectType({
      name: 'WorkflowNotice',
      fields: Object.fromEntries(
        options.locales.map((locale) => [locale, { type: GraphQL.GraphQLString }]),
      ),
    }))
  let bulkOutcome: InstanceType<Parameters<GraphQLExtension>[0]['GraphQLObjectType']> | undefined
  const bulkOutcomeTypeFor = (GraphQL: Parameters<GraphQLExtension>[0]) =>
    (bulkOutcome ??= new GraphQL.GraphQLObjectType({
      name: 'WorkflowBulkOutcome',
      fields: {
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        message: { type: GraphQL.GraphQLString },
        reason: { type: GraphQL.GraphQLString },
        state: { type: GraphQL.GraphQLString },
        status: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
        title: { type: GraphQL.GraphQLString },
      },
    }))
  let changesType: ReturnType<typeof publicChangesType> | undefined
  const changesTypeFor = (GraphQL: Parameters<GraphQLExtension>[0]) =>
    (changesType ??= publicChangesType(GraphQL, options.locales))

  const queries: GraphQLExtension = (GraphQL) => {
    const { GraphQLID, GraphQLInt, GraphQLNonNull, GraphQLString } = GraphQL
    return {
      Changes: {
        args: {
          limit: { type: GraphQLInt },
          locale: { type: GraphQLString },
          since: { type: GraphQLString },
        },
        resolve: (_: unknown, args: FeedQuery, context: Context) =>
          readPublicChanges(context.req, options, args),
        type: changesTypeFor(GraphQL),
      },
      workflowState: {
        args: {
          collection: { type: new GraphQLNonNull(GraphQLString) },
          id: { type: new GraphQLNonNull(GraphQLID) },
        },
        resolve: (_: unknown, args: { collection: string; id: string }, context: Context) =>
          describeWorkflow({ options, req: context.req, target: args }),
        type: typeFor(GraphQL),
      },
    }
  }

  const mutations: GraphQLExtension = (GraphQL) => {
    const { GraphQLBoolean, GraphQLID, GraphQLList, GraphQLNonNull, GraphQLString } = GraphQL
    return {
      workflowTransition: {
        args: {
          acceptUnpublishedLinks: { type: GraphQLBoolean },
          assignee: { type: GraphQLID },
          collection: { type: new GraphQLNonNull(GraphQLString) },
          comment: { type: GraphQLString },
          id: { type: new GraphQLNonNull(GraphQLID) },
          locale: { type: GraphQLString },
          notice: { type: noticeFor(GraphQL) },
          publishAt: { type: DateTimeResolver },
          transition: { type: new GraphQLNonNull(GraphQLString) },
          version: { type: GraphQLString },
        },
        resolve: (
          _: unknown,
          {
            collection,
            id,
            publishAt,
            ...input
          }: { collection: string; id: string; publishAt?: Date; transition: string },
          context: Context,
        ) =>
          performTransition({
            input: {
              ...input,
              publishAt: publishAt ? new Date(publishAt).toISOString() : undefined,
            },
            options,
            req: context.req,
            target: { collection, id },
          }),
        type: typeFor(GraphQL),
      },
      // The same transition on many documents, each by its own rules (see the REST bulk endpoint).
      workflowTransitionMany: {
        args: {
          acceptUnpublishedLinks: { type: GraphQLBoolean },
          assignee: { type: GraphQLID },
          collection: { type: new GraphQLNonNull(GraphQLString) },
          comment: { type: GraphQLString },
          ids: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLID))) },
          publishAt: { type: DateTimeResolver },
          transition: { type: new GraphQLNonNull(GraphQLString) },
        },
        resolve: (
          _: unknown,
          {
            collection,
            ids,
            publishAt,
            ...input
          }: { collection: string; ids: string[]; publishAt?: Date; transition: string },
          context: Context,
        ) =>
          performBulkTransition({
            collection,
            ids,
            input: {
              ...input,
              publishAt: publishAt ? new Date(publishAt).toISOString() : undefined,
            },
            options,
            req: context.req,
          }),
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(bulkOutcomeTypeFor(GraphQL)))),
      },
    }
  }
  return { mutations, queries }
}
