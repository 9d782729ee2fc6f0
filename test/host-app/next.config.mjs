// As a host has it: Payload's wrapper and nothing else. No transpilePackages, no typescript.ignoreBuildErrors:
// the plugin must build and type-check as it ships.
import { withPayload } from '@payloadcms/next/withPayload'

export default withPayload({})
