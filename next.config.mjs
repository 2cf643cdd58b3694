import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `JUSUR_BARE_BUILD=1` (set by `npm run bench` only) builds and serves the bare
 * Payload of bench/bare.config.ts from its own folder, beside the real build.
 */
const bare = process.env.JUSUR_BARE_BUILD === '1'
const root = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(bare ? { distDir: '.next-bare' } : {}),
  // Jusur is headless: the only pages are Payload's admin and API routes.
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (tests included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  ...(bare
    ? {
        webpack: (config) => {
          config.resolve.alias = { ...config.resolve.alias, '@payload-config': path.join(root, 'bench/bare.config.ts') }
          return config
        },
      }
    : {}),
}

export default withPayload(nextConfig)
