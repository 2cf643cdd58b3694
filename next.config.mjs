import { withPayload } from '@payloadcms/next/withPayload'

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
  // The workflow plugin is a workspace package that ships its TypeScript sources.
  transpilePackages: ['@jusur/editorial-workflow'],
  typescript: {
    // `npm run typecheck` checks the whole project (tests included) once; the build need not repeat it.
    ignoreBuildErrors: true,
    ...(bare ? { tsconfigPath: 'bench/tsconfig.bare.json' } : {}),
  },
}

export default withPayload(nextConfig)
