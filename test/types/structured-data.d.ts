// Neither package ships types. Their results are untyped here on purpose: test/helpers/structuredDataValidator.ts
// checks them with zod, so nothing trusts the shapes declared in this file.
declare module '@marbec/web-auto-extractor' {
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] })
    parse(html: string): unknown
  }
}

declare module '@adobe/structured-data-validator' {
  export default class Validator {
    /** Without schema.org's vocabulary it checks Google's rules only, and fetches nothing. */
    constructor(schemaOrgJson?: unknown)
    validate(extracted: unknown): Promise<unknown>
  }
}
