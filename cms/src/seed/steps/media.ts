import { pool } from '@vitrine/cms-client/pool'
import type { SeedRun } from '../context'
import { freelancers, initialsOf } from '../data/freelancers'
import { logoImage, sceneImages } from '../data/images'
import { renderLogo, renderPortrait, renderScene, type ImageFile } from '../images'
import { upsertUpload } from '../upsert'

type Spec = { key: string; filename: string; alt: string; render: () => Promise<ImageFile> }

/** Every image of the demo (≤ 30): illustrations, the logo, one portrait per freelancer. */
const specs = (): Spec[] => [
  ...sceneImages.map((s) => ({
    ...s,
    render: () => renderScene(s.motif, s.key, s.filename, s.variant),
  })),
  { ...logoImage, render: () => renderLogo(logoImage.filename) },
  ...freelancers.map((f) => {
    const filename = `vitrine-freelance-${f.slug}.jpg`
    return {
      key: `portrait-${f.slug}`,
      filename,
      alt: `Avatar illustré aux initiales de ${f.firstName} ${f.lastInitial}., freelance du réseau`,
      render: () => renderPortrait(initialsOf(f), f.slug, filename),
    }
  }),
]

/** Uploads images once: a media document with the same filename (or alt) is reused. Three at a time. */
export const seedMedia = async ({ payload, maps, tally }: SeedRun) => {
  await pool(
    specs().map((spec) => async () => {
      const { doc, created } = await upsertUpload(payload, 'media', {
        data: { alt: spec.alt, credit: 'Illustration générée — Vitrine Office Services' },
        render: spec.render,
        filename: spec.filename,
        matchField: 'alt',
      })
      maps.images.set(spec.key, doc.id)
      tally.add('media', created)
    }),
    3,
  )
}
