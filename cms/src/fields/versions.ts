import type { CollectionConfig } from 'payload'

/** Drafts, autosave, history and scheduled publish/unpublish, the same for every public type. */
export const publishableVersions: CollectionConfig['versions'] = {
  maxPerDoc: 30,
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
}
