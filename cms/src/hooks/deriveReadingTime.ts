import type { CollectionBeforeChangeHook } from 'payload'
import { readingTimeMinutes } from '../lib/readingTime'

/** Keeps `readingTime` (minutes) in step with the body. */
export const deriveReadingTime: CollectionBeforeChangeHook = ({ data }) => {
  if (data && 'body' in data) data.readingTime = readingTimeMinutes(data.body)
  return data
}
