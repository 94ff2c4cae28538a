/**
 * Runs `fn` over `items`, at most `limit` at a time, and resolves once every call has. Uploads
 * spend most of their time encoding image sizes in sharp's threads: a few at once keep both
 * cores busy where one at a time left one idle. The first error rejects (calls already started
 * finish on their own).
 */
export const eachConcurrently = async <T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
