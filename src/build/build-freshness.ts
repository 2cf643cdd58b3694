import fs from 'node:fs'
import path from 'node:path'

/** What the Next.js build is made from; a change to any of these calls for a new build. */
const BUILD_INPUTS = [
  'src',
  'collections',
  'plugins',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
]

/** The newest modification time of the files under `entry`. Folder times are ignored:
 * a scratch file written and removed there (as tests do) changes nothing that is built. */
const newestMtime = (entry: string): number => {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), 0)
}

/** True when `distDir` holds a production build newer than every build input (and the `extraInputs` of that build). */
export const isBuildFresh = (
  root: string,
  distDir = '.next',
  extraInputs: string[] = [],
): boolean => {
  const buildId = path.join(root, distDir, 'BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  const builtAt = fs.statSync(buildId).mtimeMs
  return [...BUILD_INPUTS, ...extraInputs].every(
    (input) => newestMtime(path.join(root, input)) <= builtAt,
  )
}
