/** One filter menu of the careers list: "any" first, then the values that have open postings. */
export function FilterSelect({
  any,
  label,
  name,
  options,
  value,
}: {
  any: string
  label: string
  name: string
  options: { label: string; value: string }[]
  value?: string
}) {
  return (
    <label>
      {label}
      <select defaultValue={value ?? ''} name={name}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
