/** A document id as Payload gives it: a number on SQLite, a string on MongoDB. Opaque: compare, never compute. */
export type Id = number | string

/** The id of a relation, whether it came populated (`{ id, … }`) or as the bare id. */
export const idOf = (value: unknown): Id | null | undefined =>
  value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id | null | undefined)
