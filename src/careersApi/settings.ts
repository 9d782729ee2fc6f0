import type { ReadModelSettings } from '../readModel/sync.ts'

export type CareersApiSettings = ReadModelSettings & {
  /** Secret that signs preview tokens (the Payload secret when unset). */
  previewSecret?: string
}

type WithCustom = { custom?: Record<string, unknown> }

const configKey = 'payload-plugin-job-descriptions.careersApi'

/** The careers API's settings, carried by the config the plugin returns (under `custom`). */
export const careersApiOf = (config: WithCustom): CareersApiSettings | undefined => config.custom?.[configKey] as CareersApiSettings | undefined

export const withCareersApi = <T extends WithCustom>(config: T, settings: CareersApiSettings): T => ({
  ...config,
  custom: { ...config.custom, [configKey]: settings },
})
