// The part of autocannon 9's API the harness uses (the package ships no types).
declare module 'autocannon' {
  type Request = Record<string, unknown> & {
    setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>
  }
  type Options = {
    url: string
    method?: string
    connections?: number
    duration?: number
    overallRate?: number
    headers?: Record<string, string>
    body?: string
    requests?: Request[]
  }
  type Histogram = {
    p50: number
    p90: number
    p97_5: number
    p99: number
    mean: number
    max: number
  }
  type Result = {
    latency: Histogram
    requests: Histogram & { total: number; average: number }
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }
  export default function autocannon(options: Options): Promise<Result>
}
