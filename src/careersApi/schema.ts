import { buildSchema } from 'graphql'

import { careersTypeDefs } from './typeDefs.ts'

/** Built once per process; the same for every host, whatever it names the plugin's collections. */
export const careersSchema = buildSchema(careersTypeDefs)
