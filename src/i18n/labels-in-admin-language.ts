import type { CollectionConfig, Config, Field, LabelFunction, Plugin } from 'payload'

type Texts = Record<string, string>

const isTexts = (label: unknown): label is Texts =>
  Boolean(label) &&
  typeof label === 'object' &&
  !Array.isArray(label) &&
  Object.values(label as object).every((value) => typeof value === 'string')

/**
 * A per-language label as a label function: the text of the admin's
 * language, else the Arabic (also when Payload gives no language at all).
 */
export const inAdminLanguage =
  (texts: Texts): LabelFunction =>
  ({ i18n }) =>
    texts[i18n?.language ?? 'ar'] ?? texts.ar ?? Object.values(texts)[0] ?? ''

const convert = <T>(label: T): LabelFunction | T =>
  isTexts(label) ? inAdminLanguage(label) : label

/**
 * A field with its label, and those of the fields inside it, as functions.
 * A tab's own label stays as it is: Payload calls a tab's label function
 * without the admin's language.
 */
const withFieldLabels = (field: Field): Field => {
  const next = { ...field } as Field & Record<string, unknown>
  if ('label' in next) next.label = convert(next.label)
  if ('fields' in next && Array.isArray(next.fields))
    next.fields = (next.fields as Field[]).map(withFieldLabels)
  if (next.type === 'tabs')
    next.tabs = next.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFieldLabels) }))
  return next
}

type EditViews = NonNullable<
  NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']
>['edit']

const apiTab = (collection: CollectionConfig) => {
  const api = collection.admin?.components?.views?.edit?.api
  return {
    ...api,
    tab: {
      ...api?.tab,
      label: ({ t }: { t: (key: never) => string }) => t('jusur:apiTab' as never),
    },
  }
}

/**
 * Every collection's name and every field's label, given in both languages
 * (`{ ar, en }`), become functions of the admin's language. Payload resolves
 * those before they reach the browser; objects it passes as they are, and
 * some of its screen-reader texts put them straight into a sentence:
 * «إنشاء [object Object] جديد» on the dashboard's cards, «رتّب حسب [object
 * Object] تصاعدي» on every sort button, the relationship fields' add buttons.
 * Applied last, so that the collections plugins add are covered too; the
 * config as declared (and the test of its labels) keeps the objects.
 */
export const labelsInAdminLanguage: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection): CollectionConfig => ({
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          // Not a collection with a root view of its own (none has): `api` is one of its views.
          edit: {
            ...collection.admin?.components?.views?.edit,
            api: apiTab(collection),
          } as EditViews,
        },
      },
    },
    fields: collection.fields.map(withFieldLabels),
    ...(collection.labels && {
      labels: {
        plural: convert(collection.labels.plural),
        singular: convert(collection.labels.singular),
      },
    }),
  })),
})
