import type { Field } from 'payload'

const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

export const applyUrlField: Field = {
  name: 'applyUrl',
  type: 'text',
  admin: { description: 'Where candidates apply: an https:// link or a mailto: address.' },
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
