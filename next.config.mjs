import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Jusur is headless: the only pages are Payload's admin and API routes.
  poweredByHeader: false,
  reactStrictMode: true,
}

export default withPayload(nextConfig)
