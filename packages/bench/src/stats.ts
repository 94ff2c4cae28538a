// Pure helpers: percentiles and the units the report prints.

/**
 * The p-th percentile (0–100) of `values` by the nearest-rank method: the smallest value such that
 * at least p % of the samples are ≤ it. With 10 samples, p95 is the largest one. NaN when empty.
 */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN
  if (p < 0 || p > 100) throw new RangeError(`percentile: p must be within 0–100, got ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

/** The median; with an even count, the mean of the two middle values. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const round = (value: number, digits = 0): number => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes)) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const formatMs = (ms: number): string => {
  if (!Number.isFinite(ms)) return '—'
  if (ms < 10) return `${ms.toFixed(2)} ms`
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`
}
