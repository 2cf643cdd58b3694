import type { Config, Plugin } from 'payload'

import { hardenCollection } from './input-hardening'

/**
 * Input hardening (./input-hardening.ts) on every collection of the config it
 * is given: the field rules on text, textarea and rich text, and the
 * `beforeOperation` checks of unknown fields, written state and queries, put
 * ahead of the collection's own. Collections that later plugins add (the
 * workflow's history) and Payload's own are not hardened.
 */
export const inputHardeningPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(hardenCollection),
  })
