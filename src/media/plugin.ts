import type { Config, Plugin } from 'payload'

import { trackMediaUse } from './public-use'

/**
 * Which media the public may see (./public-use.ts): on every collection of the
 * config that can hold media, the hidden `mediaUsed` field and the hooks,
 * appended to the collection's, that keep each media item's `publicUse`
 * current.
 */
export const mediaUsePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(trackMediaUse),
  })
