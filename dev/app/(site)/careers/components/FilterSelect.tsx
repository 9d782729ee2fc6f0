/** One menu of the careers list: "any" first (where the menu may be left unset), then its entries. */
export function FilterSelect({
  any,
  label,
  name,
  options,
  value,
}: {
  any?: string
  label: string
  name: string
  options: { label: string; value: string }[]
  value?: string
}) {
  return (
    <label>
      {label}
      <select defaultValue={value ?? ''} name={name}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
