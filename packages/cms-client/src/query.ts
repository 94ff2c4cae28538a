/** Payload's REST query-string format (qs "brackets"): `where[slug][equals]=x&depth=1`. */
export const toQueryString = (params: Record<string, unknown>): string => {
  const parts: string[] = []
  const walk = (value: unknown, key: string): void => {
    if (value === undefined) return
    if (value === null) {
      parts.push(`${encodeURIComponent(key)}=null`)
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${key}[${i}]`))
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${key}[${k}]`)
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    }
  }
  for (const [k, v] of Object.entries(params)) walk(v, k)
  return parts.join('&')
}
