// Payload's REST API, with bodies checked by the plugin before Payload parses them (docs/security.md).
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { withRequestBodyCheck } from 'payload-plugin-job-descriptions'

export const GET = REST_GET(config)
export const POST = withRequestBodyCheck(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = withRequestBodyCheck(REST_PATCH(config))
export const PUT = withRequestBodyCheck(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
