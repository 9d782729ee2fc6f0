import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The app that runs the plugin: its own folder (dev/), the repository's node_modules and plugin sources.
const nextConfig: NextConfig = {
  turbopack: { root: path.resolve(dirname, '..') },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
