/**
 * Work of one key runs one after the other in this process; other keys are not held up. Each
 * call makes its own queue (an e-mail key and a lead address never wait for each other).
 */
export const keyedQueue = () => {
  const tails = new Map<string, Promise<unknown>>()
  return async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve()
    const current = previous.catch(() => undefined).then(work)
    tails.set(key, current)
    try {
      return await current
    } finally {
      if (tails.get(key) === current) tails.delete(key)
    }
  }
}
