import type { CollectionConfig } from 'payload'

/** Drafts, autosave, history and scheduled publish/unpublish, the same for every public type. */
export const publishableVersions: CollectionConfig['versions'] = {
  maxPerDoc: 30,
  drafts: {
    // « Enregistrer le brouillon » stays visible next to « Publier » (autosave alone hides it).
    autosave: { interval: 2000, showSaveDraftButton: true },
    // 24-hour times, any minute (typed or picked); the drawer's defaults are 12-hour, 5-minute steps.
    schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 },
  },
}
