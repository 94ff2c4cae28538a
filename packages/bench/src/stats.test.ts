import { describe, expect, it } from 'vitest'
import { formatBytes, formatMs, median, percentile } from './stats.ts'

describe('percentile (nearest rank)', () => {
  const ten = [900, 100, 300, 200, 1000, 500, 400, 700, 600, 800]

  it('gives p50 as the 5th of 10 sorted samples and p95 as the largest', () => {
    expect(percentile(ten, 50)).toBe(500)
    expect(percentile(ten, 95)).toBe(1000)
  })

  it('gives the smallest sample for p0 and the largest for p100', () => {
    expect(percentile(ten, 0)).toBe(100)
    expect(percentile(ten, 100)).toBe(1000)
  })

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2]
    percentile(samples, 50)
    expect(samples).toEqual([3, 1, 2])
  })

  it('is NaN without samples and refuses p outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN()
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })
})

describe('median', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([97, 100, 99])).toBe(99)
  })
})

describe('units', () => {
  it('prints bytes and durations the way the table shows them', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(40_500)).toBe('39.6 KB')
    expect(formatMs(3.214)).toBe('3.21 ms')
    expect(formatMs(16_800)).toBe('16.8 s')
    expect(formatMs(356_000)).toBe('5 min 56 s')
  })
})
