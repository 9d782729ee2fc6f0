// GraphQL: the plugin's route (docs/careers-api.md, "The GraphQL route in a host"): GET and persisted
// operations for the careers client, the public cache and ETags, and Payload's POST behind the plugin's guard.
import config from '@payload-config'
import { careersGraphQLRoute } from 'payload-plugin-job-descriptions/server'

export const { GET, OPTIONS, POST } = careersGraphQLRoute(config)
