import { defineCollection } from 'astro:content'
import { cmsLoader, settingsLoader } from './lib/data/loaders'

/**
 * Everything the site shows comes from the CMS through these collections. Entries keep their CMS
 * shape (types in @vitrine/cms-client); src/lib/data/content.ts gives typed, joined access to them.
 */
export const collections = {
  articles: defineCollection({ loader: cmsLoader('articles') }),
  categories: defineCollection({ loader: cmsLoader('categories') }),
  whitePapers: defineCollection({ loader: cmsLoader('white-papers') }),
  webinars: defineCollection({ loader: cmsLoader('webinars') }),
  freelancers: defineCollection({ loader: cmsLoader('freelancers') }),
  pages: defineCollection({ loader: cmsLoader('pages') }),
  media: defineCollection({ loader: cmsLoader('media') }),
  redirects: defineCollection({ loader: cmsLoader('redirects') }),
  settings: defineCollection({ loader: settingsLoader() }),
}
