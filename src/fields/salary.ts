import type { Field } from 'payload'

import { label } from '../i18n/translations.ts'
import type { PluginTranslationKey } from '../i18n/translations.ts'

/** schema.org QuantitativeValue.unitText values Google accepts for baseSalary. */
export const salaryIntervals = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const

const intervalKeys: Record<(typeof salaryIntervals)[number], PluginTranslationKey> = {
  DAY: 'salaryIntervalDay',
  HOUR: 'salaryIntervalHour',
  MONTH: 'salaryIntervalMonth',
  WEEK: 'salaryIntervalWeek',
  YEAR: 'salaryIntervalYear',
}

const currencies = new Set(Intl.supportedValuesOf('currency'))

type Salary = { currency?: null | string; max?: null | number; min?: null | number } | undefined

export const salaryField: Field = {
  name: 'salary',
  type: 'group',
  admin: { description: label('descSalary') },
  label: label('fieldSalary'),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', label: label('fieldMin'), min: 0 },
        {
          name: 'max',
          type: 'number',
          label: label('fieldMax'),
          min: 0,
          validate: (value: null | number | undefined, { siblingData }: { siblingData: Salary }) => {
            const min = siblingData?.min
            if (typeof value === 'number' && typeof min === 'number' && value < min) {
              return `The maximum (${value}) is below the minimum (${min}).`
            }
            return true
          },
        },
        {
          name: 'currency',
          type: 'text',
          admin: { description: label('descCurrency') },
          label: label('fieldCurrency'),
          maxLength: 3,
          validate: (value: null | string | undefined, { siblingData }: { siblingData: Salary }) => {
            if (!value) {
              const hasAmount = typeof siblingData?.min === 'number' || typeof siblingData?.max === 'number'
              return hasAmount ? 'A currency is required when an amount is given.' : true
            }
            return currencies.has(value)
              ? true
              : `"${value}" is not an ISO 4217 currency code (use three capital letters such as EUR or USD).`
          },
        },
        {
          name: 'interval',
          type: 'select',
          defaultValue: 'YEAR',
          label: label('fieldInterval'),
          options: salaryIntervals.map((value) => ({ label: label(intervalKeys[value]), value })),
        },
      ],
    },
  ],
}
