import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * In the admin's browser bundle, `payload/shared` is Payload's module with a
 * relationship-picker filter that normalizes Arabic as the search does
 * (src/admin/picker-search); the module itself stays reachable by another name.
 */
const payloadShared = fileURLToPath(import.meta.resolve('payload/shared'))
const pickerSearch = './src/admin/picker-search/payload-shared.ts'

/**
 * `JUSUR_BARE_BUILD=1` (set by `npm run bench` only) builds and serves the bare
 * Payload of bench/bare.config.ts, from its own folder beside the real build:
 * its tsconfig points `@payload-config` there.
 */
const bare = process.env.JUSUR_BARE_BUILD === '1'

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(bare ? { distDir: '.next-bare' } : {}),
  // Jusur is headless: the only pages are Payload's admin and API routes.
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    resolveAlias: {
      'payload/shared': { browser: pickerSearch },
      'payload-shared-original': payloadShared,
    },
  },
  webpack: (config, { isServer }) => {
    config.resolve.alias = {
      ...config.resolve.alias,
      ...(isServer ? {} : { 'payload/shared$': path.resolve(pickerSearch) }),
      'payload-shared-original$': payloadShared,
    }
    return config
  },
  // The workflow plugin is a workspace package that ships its TypeScript sources.
  transpilePackages: ['@jusur/editorial-workflow'],
  typescript: {
    // `npm run typecheck` checks the whole project (tests included) once; the build need not repeat it.
    ignoreBuildErrors: true,
    ...(bare ? { tsconfigPath: 'bench/tsconfig.bare.json' } : {}),
  },
}

export default withPayload(nextConfig)
