import type { PayloadRequest } from 'payload'
import { describeCounts, type ErasureCounts } from './erasureCounts'

/** One entry in the erasure log: who, when (createdAt), how many — never the erased data. */
export const recordErasure = async (
  req: PayloadRequest,
  erased: ErasureCounts,
  complete: boolean,
) => {
  const user = req.user as { id: number | string; name?: string; email?: string } | null
  try {
    await req.payload.create({
      collection: 'erasure-log',
      data: {
        erasedBy: user?.name || user?.email || 'système',
        erasedByUser: user?.id as number | undefined,
        summary: describeCounts(erased),
        ...erased,
        complete,
      },
      req,
    })
  } catch (error) {
    // The erasure itself is done; a missing log entry must not hide it, but must be seen.
    req.payload.logger.error({
      err: error,
      msg: `privacy/erase: could not write the erasure log entry (by user ${user?.id})`,
    })
  }
}
