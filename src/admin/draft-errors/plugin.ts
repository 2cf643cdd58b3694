import type { CollectionConfig, Plugin } from 'payload'

const DRAFT_SAVE_ERRORS = '/src/admin/draft-errors/DraftSaveErrors#DraftSaveErrors'

const hasDrafts = ({ versions }: CollectionConfig): boolean =>
  typeof versions === 'object' && Boolean(versions.drafts)

/** Every collection with drafts shows a refused draft save's errors on its fields (DraftSaveErrors.tsx). */
export const draftSaveErrorsPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              edit: {
                ...collection.admin?.components?.edit,
                beforeDocumentControls: [
                  ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
                  DRAFT_SAVE_ERRORS,
                ],
              },
            },
          },
        }
      : collection,
  ),
})
