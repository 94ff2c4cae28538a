/** Listing pages: 12 items each; page 1 lives at the section's root. */
export const PAGE_SIZE = 12

export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size))

export const pageItems = <T>(items: T[], page: number, size = PAGE_SIZE) =>
  items.slice((page - 1) * size, page * size)

/** Page numbers 2…n (page 1 is the index route). */
export const laterPages = (total: number, size = PAGE_SIZE) =>
  Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2)
