import type { Config, Plugin } from 'payload'

import { livePreview } from './preview-url'

/**
 * The draft as readers will see it, beside the form: the admin's live preview
 * of the report collections (./preview-url.ts). The page it shows is a Next.js
 * route, src/app/(preview), open to staff only. No hooks.
 */
export const previewPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: { ...config.admin, livePreview },
  })
