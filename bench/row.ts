/** How a query was answered; see bench/run.ts. */
export type Variant = 'cold' | 'host' | 'limit' | 'next-bare' | 'stock' | 'warm'

/** One load of bench/results/latest.json: a query on a data set, answered one way. */
export type Row = { p50_ms: number; p99_ms: number; postings: number; query: string; rps: number; variant: Variant }
