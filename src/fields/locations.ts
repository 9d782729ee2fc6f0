import type { Field } from 'payload'

import { locationLabel } from '../careers/locationLabel.ts'
import { label } from '../i18n/translations.ts'

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** True for an ISO 3166-1 alpha-2 code that Intl knows by name (it echoes unknown codes back). */
const isCountryCode = (code: string): boolean =>
  /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code && regionNames.of(code) !== 'Unknown Region'

export const locationsField: Field = {
  name: 'locations',
  type: 'array',
  admin: {
    description: label('descLocations'),
    initCollapsed: true,
  },
  label: label('fieldLocations'),
  labels: { plural: label('fieldLocations'), singular: label('fieldLocation') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', label: label('fieldCity') },
        { name: 'region', type: 'text', admin: { description: label('descRegion') }, label: label('fieldRegion') },
        {
          name: 'country',
          type: 'text',
          admin: { description: label('descCountry') },
          label: label('fieldCountry'),
          required: true,
          validate: (value: null | string | undefined) => {
            if (!value) return 'A country is required.'
            return isCountryCode(value)
              ? true
              : `"${value}" is not an ISO 3166-1 alpha-2 country code (two capital letters such as DE or US).`
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'streetAddress', type: 'text', label: label('fieldStreetAddress') },
        { name: 'postalCode', type: 'text', label: label('fieldPostalCode') },
      ],
    },
    {
      // What careers filter menus list (CareersFilterOptions reads the distinct labels), kept with the place.
      name: 'label',
      type: 'text',
      admin: { hidden: true },
      hooks: {
        beforeChange: [({ siblingData }) => (siblingData.country ? locationLabel({ city: siblingData.city, country: siblingData.country }) : null)],
      },
    },
  ],
}
