import type { SeedRun } from '../context'
import { categories } from '../data/categories'
import { upsertBySlug } from '../upsert'

export const seedCategories = async ({ payload, maps, tally }: SeedRun) => {
  for (const category of categories) {
    const { doc, created } = await upsertBySlug(payload, 'categories', { ...category })
    maps.categories.set(category.slug, doc.id)
    tally.add('categories', created)
  }
}
