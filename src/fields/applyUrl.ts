import type { Field } from 'payload'

import { label } from '../i18n/translations.ts'

const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

export const applyUrlField: Field = {
  name: 'applyUrl',
  type: 'text',
  admin: { description: label('descApplyUrl') },
  label: label('fieldApplyUrl'),
  validate: (value: null | string | undefined) => {
    if (!value) return true
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return `"${value}" is not a URL: write it in full, starting with https://.`
    }
    return allowedProtocols.has(url.protocol)
      ? true
      : `Links starting with "${url.protocol}" are not allowed: use https://, http:// or mailto:.`
  },
}
