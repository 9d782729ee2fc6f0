/** A titled, ordered-as-authored list of a posting's items (responsibilities, requirements). */
export function ItemList({ heading, id, items }: { heading: string; id: string; items: readonly { id: string; text: string }[] }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </section>
  )
}
