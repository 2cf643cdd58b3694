import { lexicalEditor, LinkFeature, RelationshipFeature } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { answerClientErrors } from '../api/client-errors'
import { Agreements } from '../../collections/agreements'
import { Articles } from '../../collections/articles'
import { Countries } from '../../collections/countries'
import { Delegations } from '../../collections/delegations'
import { Events } from '../../collections/events'
import { MAX_UPLOAD_BYTES, Media } from '../../collections/media'
import { Organizations } from '../../collections/organizations'
import { People } from '../../collections/people'
import { Topics } from '../../collections/topics'
import { Users } from '../../collections/users'
import { databaseAdapterFor } from './database'
import { emailAdapterFor } from './email'
import { jusurWorkflow } from '../editorial/workflow'
import { LINKABLE_COLLECTIONS } from './linkable-collections'
import { linkSuggestionsEndpoint } from '../linking/endpoint'
import { linkSuggestionsField } from '../linking/link-fields'
import { localization } from './localization'
import { logger } from './logger'
import { livePreview } from '../preview/preview-url'
import { resolvePayloadSecret } from './secret'
import { searchPlugin } from '../search/plugin'
import { readCachePlugin } from '../read-cache/plugin'
import { maxAliasesRule, maxDepthRule } from '../graphql/limits'
import { callerCostRule } from '../graphql/cost-rule'
import { readBudgetPlugin } from '../cost/read-budget'
import { corsOrigins, csrfOrigins, graphQLLimits, readBudget } from './security'
import { hardenCollection } from '../validation/input-hardening'
import { trackMediaUse } from '../media/public-use'

/** Every collection of Jusur, in the order the admin lists them. */
export const COLLECTIONS = [
  Articles,
  Events,
  Delegations,
  Agreements,
  People,
  Organizations,
  Countries,
  Topics,
  Media,
  Users,
]

/** The collections anonymous readers may see something of (all but the accounts). */
const PUBLIC_COLLECTIONS = COLLECTIONS.filter((collection) => collection !== Users).map(
  (collection) => collection.slug,
)

const withoutLinkSuggestions = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.filter((field) => field !== linkSuggestionsField),
})

type Options = {
  /**
   * Without Jusur's machinery (the workflow plugin, search, link suggestions, media use tracking):
   * the bare Payload of the same collections that the benchmarks compare
   * reads against (bench/bare.config.ts). Never for serving.
   */
  bare?: boolean
  databaseUrl: string
  /** The project root, where the admin import map and generated types live. */
  rootDir: string
}

/**
 * The whole Payload configuration of Jusur. payload.config.ts calls it with the
 * environment's settings; tests call it with a database of their own.
 */
export const jusurConfig = ({ bare = false, databaseUrl, rootDir }: Options) => {
  const graphQL = graphQLLimits()
  const budget = readBudget()
  return buildConfig({
    admin: {
      // The default avatar is drawn locally; gravatar would send requests off the machine.
      avatar: 'default',
      // Edit views keep their content locale in the URL, so that the form and its save agree on it
      // (src/admin/locale-in-url); drawers ask before unsaved work in them is thrown away (src/admin/unsaved-drawers).
      components: {
        providers: [
          '/src/admin/locale-in-url/LocaleInURL#LocaleInURL',
          '/src/admin/unsaved-drawers/UnsavedDrawerGuard#UnsavedDrawerGuard',
        ],
      },
      importMap: {
        autoGenerate: false,
        baseDir: rootDir,
        importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
      },
      // The draft as readers will see it, beside the form (staff only: see src/app/(preview)).
      livePreview,
      meta: { titleSuffix: ' · جسور Jusur' },
      user: Users.slug,
    },
    // A copy: Payload appends its own collections to the array it is given. Each one gets
    // the bad-input rules of src/validation/input-hardening.ts (types, lengths, invisible characters, rich text),
    // and each that can hold media keeps track of the media it uses (src/media/public-use.ts: which media is public).
    collections: bare
      ? COLLECTIONS.map((collection) => hardenCollection(withoutLinkSuggestions(collection)))
      : COLLECTIONS.map(hardenCollection).map(trackMediaUse),
    cookiePrefix: 'jusur',
    // Browsers of these origins may read API responses, and only their requests carry the
    // login cookie (Payload's default accepts it from anywhere). README: Security.
    cors: corsOrigins(),
    csrf: csrfOrigins(),
    db: databaseAdapterFor(databaseUrl),
    email: emailAdapterFor(),
    // Internal links and relationship blocks reach the linkable entities (not users or media);
    // collect-mentions turns them into relations.
    endpoints: bare ? [] : [linkSuggestionsEndpoint],
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter(
          (feature) => feature.key !== 'link' && feature.key !== 'relationship',
        ),
        LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
        RelationshipFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
      ],
    }),
    // Bounded queries (README: Security): complexity by Payload, depth and aliases by our rules,
    // and the cost in documents read (limits, joins, depth, aliases) within the caller's budget (src/cost).
    // Introspection and the playground are off in production unless turned on.
    graphQL: {
      disableIntrospectionInProduction: !graphQL.introspection,
      disablePlaygroundInProduction: !graphQL.playground,
      maxComplexity: graphQL.maxComplexity,
      validationRules: (args) => [
        maxDepthRule(graphQL.maxDepth),
        maxAliasesRule(graphQL.maxAliases),
        callerCostRule(args, budget),
      ],
    },
    // Caller mistakes that Payload would answer with a 500 get a 400 (src/api/client-errors.ts).
    hooks: { afterError: [answerClientErrors] },
    i18n: {
      fallbackLanguage: 'ar',
      supportedLanguages: { ar, en },
    },
    localization,
    // A refused login or a forbidden request is the client's doing, not a server fault.
    loggingLevels: {
      AuthenticationError: 'info',
      Forbidden: 'info',
      LockedAuth: 'warn',
      NotFound: 'info',
      ValidationError: 'info',
      // A refused workflow transition (the plugin's error class), not known to Payload's types.
      ...({ WorkflowError: 'info' } as Record<string, 'info'>),
    },
    // JSON lines where machines read the logs (production, tests); Payload's pretty printer elsewhere.
    logger: ['production', 'test'].includes(process.env.NODE_ENV ?? '') ? logger : undefined,
    // The editorial workflow (src/editorial/workflow.ts); search: index hooks on the searchable collections, GET /api/search, the GraphQL query `search`.
    // Last, the published-read cache (src/read-cache): any change to what the public can read moves the content generation on; anonymous reads share the documents they load.
    // The read budget's hooks go on every collection, the plugins' included (src/cost/read-budget.ts).
    plugins: bare
      ? []
      : [jusurWorkflow, searchPlugin, readCachePlugin(PUBLIC_COLLECTIONS), readBudgetPlugin],
    secret: resolvePayloadSecret(),
    sharp,
    telemetry: false,
    // Generated files change only through `npm run generate`, never as a side effect of
    // starting Payload (which would otherwise rewrite them on every boot outside production).
    // Larger uploads are cut off while they arrive, with a 413.
    upload: { abortOnLimit: true, limits: { fileSize: MAX_UPLOAD_BYTES } },
    typescript: {
      autoGenerate: false,
      outputFile: path.resolve(rootDir, 'src/payload-types.ts'),
    },
  })
}
