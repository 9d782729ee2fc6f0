// The public careers API (docs/careers-api.md): its own small schema, read from the careers read model.
import config from '@payload-config'
import { careersApiRoute } from 'payload-plugin-job-descriptions/server'

export const { GET, OPTIONS, POST } = careersApiRoute(config)
