/**
 * Runs `tasks` with at most `limit` in flight; results keep the input order, and the first
 * failure rejects (tasks already started finish on their own). The client pages through the CMS
 * with it; the seed and the benchmark generator upload images with it (sharp encodes in its own
 * threads, so a few uploads at once keep both cores busy).
 */
export const pool = async <T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> => {
  const results: T[] = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]!()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker))
  return results
}
