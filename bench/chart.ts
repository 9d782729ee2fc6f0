import type { Row, Variant } from './row.ts'

const colours: Record<Variant, string> = {
  cold: '#d08c00',
  host: '#2e8b57',
  limit: '#7a8699',
  'next-bare': '#8e7cc3',
  stock: '#c0392b',
  warm: '#1f4fd1',
}

/** A horizontal bar chart of requests/s, one bar per query, data set and variant, as standalone SVG. */
export const chart = (rows: Row[]): string => {
  const max = Math.max(...rows.map((row) => row.rps), 1)
  const barHeight = 22
  const width = 760
  const labelWidth = 220
  const bars = rows.map((row, i) => {
    const y = 40 + i * (barHeight + 6)
    const length = Math.max(1, ((width - labelWidth - 90) * row.rps) / max)
    return [
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${row.query} · ${row.postings} · ${row.variant}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" fill="${colours[row.variant]}"/>`,
      `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + 15}">${row.rps} req/s (p99 ${row.p99_ms} ms)</text>`,
    ].join('')
  })
  const height = 50 + rows.length * (barHeight + 6)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">
<text x="10" y="20" font-size="14" font-weight="600">Careers API queries (stock: Payload's route), requests per second at 20 connections</text>
${bars.join('\n')}
</svg>
`
}
