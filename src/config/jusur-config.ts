import { lexicalEditor, LinkFeature, RelationshipFeature } from '@payloadcms/richtext-lexical'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { hasRole } from '../access'
import { answerClientErrors } from '../api/client-errors'
import { adminDatesPlugin } from '../admin/dates/plugin'
import { calendarPlugin } from '../calendar/plugin'
import { draftSaveErrorsPlugin } from '../admin/draft-errors/plugin'
import { JUSUR_TRANSLATIONS } from '../i18n/jusur-translations'
import { labelsInAdminLanguage } from '../i18n/labels-in-admin-language'
import { MAX_UPLOAD_BYTES } from '../../collections/media'
import { Users } from '../../collections/users'
import { slugsIn } from './collection-groups'
import { COLLECTIONS } from './collections'
import { databaseAdapterFor } from '../db/database-adapter'
import { emailAdapterFor } from '../settings/email'
import { jusurWorkflow, WORKFLOW_OPTIONS } from '../editorial/workflow'
import { linkSuggestionsPlugin } from '../linking/plugin'
import { localization } from '../settings/localization'
import { logger } from '../settings/logger'
import { previewPlugin } from '../preview/plugin'
import { resolvePayloadSecret } from '../settings/secret'
import { searchPlugin } from '../search/plugin'
import { readCachePlugin } from '../read-cache/plugin'
import { maxAliasesRule, maxDepthRule } from '../graphql/limits'
import { callerCostRule } from '../graphql/cost-rule'
import { storedOrderRule } from '../graphql/stored-order'
import { PAYLOAD_ARABIC_CORRECTIONS } from '../i18n/payload-arabic'
import { readBudgetPlugin } from '../cost/read-budget'
import { markDataUrl } from '../admin/brand/mark'
import { consumersPlugin } from '../consumers/plugin'
import { corsOrigins, csrfOrigins, graphQLLimits, readBudget } from '../settings/security'
import { inputHardeningPlugin } from '../validation/plugin'
import { mediaUsePlugin } from '../media/plugin'
import { webhooksPlugin } from '../webhooks/plugin'

type Options = {
  databaseUrl: string
  /** The project root, where the admin import map and generated types live. */
  rootDir: string
}

/**
 * Jusur's Payload settings apart from its collections and the plugins that
 * add the features (jusurConfig): what Jusur and the bare Payload that the
 * benchmarks compare it with (bench/bare.config.ts) share.
 */
export const payloadSettings = ({ databaseUrl, rootDir }: Options): Omit<Config, 'collections'> => {
  const graphQL = graphQLLimits()
  const budget = readBudget()
  const linkable = slugsIn(COLLECTIONS, 'linkable')
  return {
    admin: {
      // The default avatar is drawn locally; gravatar would send requests off the machine.
      avatar: 'default',
      // Dates Payload formats itself (a document's last modified and created) in the order of an Arabic and a
      // British reader alike, day before month («6 ديسمبر 2026 5:30 م»), punctuated in neither language;
      // src/admin/unkeyed-english writes their digits as the reader chose.
      dateFormat: 'd MMMM yyyy h:mm a',
      // Edit views keep their content locale in the URL, so that the form and its save agree on it
      // (src/admin/locale-in-url); drawers ask before unsaved work in them is thrown away (src/admin/unsaved-drawers);
      // localized fields' labels name the language edited, not its code (src/admin/locale-names);
      // dates are written in the user's digits, with the Hijri date if they chose it (src/admin/dates);
      // what Payload and its packages write in English without a translation key is written in the admin's
      // language (src/admin/unkeyed-english); relationship pickers keep the documents the server found for the
      // text typed (src/admin/picker-search).
      components: {
        // Jusur's own mark and name (src/admin/brand) where Payload's would be.
        graphics: {
          Icon: '/src/admin/brand/Icon#Icon',
          Logo: '/src/admin/brand/Logo#Logo',
        },
        providers: [
          '/src/admin/locale-in-url/LocaleInURL#LocaleInURL',
          '/src/admin/unsaved-drawers/UnsavedDrawerGuard#UnsavedDrawerGuard',
          '/src/admin/locale-names/LocaleNames#LocaleNames',
          '/src/admin/dates/AdminDates#AdminDates',
          '/src/admin/unkeyed-english/UnkeyedEnglish#UnkeyedEnglish',
          '/src/admin/picker-search/PickerAnswers#PickerAnswers',
        ],
      },
      importMap: {
        autoGenerate: false,
        baseDir: rootDir,
        importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
      },
      meta: {
        description: 'جسور Jusur: bilingual reporting on international security cooperation',
        icons: [
          { rel: 'icon', type: 'image/svg+xml', url: markDataUrl('#1f4e79') },
          {
            media: '(prefers-color-scheme: dark)',
            rel: 'icon',
            type: 'image/svg+xml',
            url: markDataUrl('#9cc3e6'),
          },
        ],
        openGraph: { siteName: 'جسور Jusur' },
        titleSuffix: ' · جسور Jusur',
      },
      user: Users.slug,
    },
    cookiePrefix: 'jusur',
    // Browsers of these origins may read API responses, and only their requests carry the
    // login cookie (Payload's default accepts it from anywhere). README: Security.
    cors: corsOrigins(),
    csrf: csrfOrigins(),
    db: databaseAdapterFor(databaseUrl),
    email: emailAdapterFor(),
    // Internal links and relationship blocks reach the linkable collections (src/config/collection-groups.ts);
    // src/linking/mentions.ts turns them into relations.
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter(
          (feature) => feature.key !== 'link' && feature.key !== 'relationship',
        ),
        LinkFeature({ enabledCollections: linkable }),
        RelationshipFeature({ enabledCollections: linkable }),
      ],
    }),
    // Bounded queries (README: Security): complexity by Payload, depth and aliases by our rules,
    // and the cost in documents read (limits, joins, depth, aliases) within the caller's budget (src/cost).
    // Introspection and the playground are off in production unless turned on. A hasMany relation
    // lists its documents in their stored order (src/graphql/stored-order.ts).
    graphQL: {
      disableIntrospectionInProduction: !graphQL.introspection,
      disablePlaygroundInProduction: !graphQL.playground,
      maxComplexity: graphQL.maxComplexity,
      // The schema's SDL, committed for consumers (`npm run generate`, src/build/derived-files.ts).
      schemaOutputFile: path.resolve(rootDir, 'schema.graphql'),
      validationRules: (args) => [
        maxDepthRule(graphQL.maxDepth),
        maxAliasesRule(graphQL.maxAliases),
        callerCostRule(args, budget),
        storedOrderRule,
      ],
    },
    // Caller mistakes that Payload would answer with a 500 get a 400 (src/api/client-errors.ts).
    hooks: { afterError: [answerClientErrors] },
    i18n: {
      fallbackLanguage: 'ar',
      supportedLanguages: { ar, en },
      // Payload's Arabic, corrected where it is wrong or reads as a translation (src/i18n).
      translations: {
        ar: { ...PAYLOAD_ARABIC_CORRECTIONS, ...JUSUR_TRANSLATIONS.ar },
        en: JUSUR_TRANSLATIONS.en,
      },
    },
    // Payload's GET /api/payload-jobs/run runs due jobs (publications, webhook deliveries) on demand; by
    // default any logged-in account may call it. The jobs run in the app (autoRun) or by an administrator.
    jobs: { access: { run: ({ req }) => hasRole(req.user, 'admin') } },
    localization,
    // A refused login or a forbidden request is the client's doing, not a server fault.
    loggingLevels: {
      AuthenticationError: 'info',
      Forbidden: 'info',
      LockedAuth: 'warn',
      NotFound: 'info',
      ValidationError: 'info',
    },
    // JSON lines where machines read the logs (production, tests); Payload's pretty printer elsewhere.
    logger: ['production', 'test'].includes(process.env.NODE_ENV ?? '') ? logger : undefined,
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
  }
}

/**
 * The whole Payload configuration of Jusur. payload.config.ts calls it with the
 * environment's settings; tests call it with a database of their own.
 */
export const jusurConfig = (options: Options) =>
  buildConfig({
    ...payloadSettings(options),
    // A copy: Payload appends its own collections to the array it is given.
    collections: [...COLLECTIONS],
    // The features, each a plugin. Payload applies them in this order, and each puts its hooks before
    // (prepends) or after (appends) those already there, so this list decides the hook order of every
    // collection (docs/architecture.md; tests/unit/plugin-order.spec.ts pins it):
    // - input hardening before the workflow adds its history, so that it hardens Jusur's collections and
    //   no other; its field rules run in beforeValidate, ahead of every beforeChange hook, the gate's too;
    // - media use before the workflow: its afterChange refreshes `publicUse` before the workflow's, search's
    //   and the read cache's (its computeMediaUsed stays last in beforeChange, the gate being prepended).
    //   Input hardening and media use add different hooks: their own order does not matter;
    // - preview (the admin's live preview) and link suggestions (POST /api/link-suggestions and the panel
    //   above the mentions) add no hooks: their place does not matter;
    // - the editorial workflow prepends its gate to beforeChange and beforeOperation, so that it judges a
    //   write before the collection's hooks and the input checks do; its history entry and version pruning
    //   come after the media's afterChange;
    // - webhooks after the workflow, whose feed of public changes drives them (an afterChange hook on its
    //   `public-changes`), and before the read budget, since they add collections;
    // - search after the workflow: the index is brought up to date once the workflow's bookkeeping is written;
    // - the read cache after every plugin that appends an after-hook writing what the public reads (media
    //   flags, workflow, search rows), so that the public change is logged last;
    // - the read budget last: it prepends its hooks to every collection there is when it runs, so it must
    //   come after every plugin that prepends (input hardening, the workflow) or adds a collection (the
    //   workflow's history). The read cache only appends, so last rather than just after the workflow;
    // - consumers (src/consumers/plugin.ts) adds no hooks, only takes Payload's API-key strategy for
    //   consumer keys out once Payload is started: its place does not matter.
    // - the calendar (src/calendar/plugin.ts) adds an endpoint and an admin view, no hooks: after the
    //   workflow whose states and dates it reads;
    // - admin dates (src/admin/dates/plugin.ts) gives every date column the admin's date cell, no hooks:
    //   after every plugin that adds a collection;
    // - labels in the admin's language (src/i18n/labels-in-admin-language.ts) last, so that the
    //   collections every other plugin adds have their names and labels turned into functions too.
    plugins: [
      inputHardeningPlugin(),
      mediaUsePlugin(),
      previewPlugin(),
      linkSuggestionsPlugin,
      jusurWorkflow,
      calendarPlugin(slugsIn(COLLECTIONS, 'report')),
      webhooksPlugin(WORKFLOW_OPTIONS.collections),
      searchPlugin,
      readCachePlugin(slugsIn(COLLECTIONS, 'public')),
      readBudgetPlugin,
      consumersPlugin,
      adminDatesPlugin,
      draftSaveErrorsPlugin,
      labelsInAdminLanguage,
    ],
  })
