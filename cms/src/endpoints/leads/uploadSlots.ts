/**
 * How many multipart bodies (CV uploads, up to 5 MB each) this process reads at once. One more is
 * answered 503 right away instead of holding another 5 MB buffer: a flood of uploads cannot
 * exhaust the memory. Per process on purpose (it protects this process's memory).
 */
const max = () => Number(process.env.LEADS_MAX_CONCURRENT_UPLOADS ?? 4)
let inUse = 0

/** A slot, or null when all are taken; call the returned function once the body is read. */
export const takeUploadSlot = (): (() => void) | null => {
  if (inUse >= max()) return null
  inUse++
  let released = false
  return () => {
    if (!released) inUse--
    released = true
  }
}
