// The public careers API (docs/careers-api.md): what careers sites read, with its own small schema.
import config from '@payload-config'
import { careersApiRoute } from 'payload-plugin-job-descriptions/server'

export const { GET, OPTIONS, POST } = careersApiRoute(config)
