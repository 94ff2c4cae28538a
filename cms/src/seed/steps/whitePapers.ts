import { metaDescription, type SeedRun } from '../context'
import { whitePapers } from '../data/white-papers'
import { parisDaysAgo } from '../dates'
import { withStableIds } from '../ids'
import { doc } from '../lexical'
import { renderPdf } from '../pdf'
import { upsertBySlug, upsertUpload } from '../upsert'

/** Each white paper: its PDF in the private `documents` collection, then the landing page. */
export const seedWhitePapers = async (run: SeedRun) => {
  const { payload, maps, tally, now } = run
  for (const wp of whitePapers) {
    const pdf = renderPdf(wp.pdf)
    const filename = `${wp.slug}.pdf`
    const file = await upsertUpload(payload, 'documents', {
      data: { title: `Livre blanc — ${wp.title}` },
      render: async () => ({
        data: pdf.buffer,
        mimetype: 'application/pdf',
        name: filename,
        size: pdf.buffer.length,
      }),
      filename,
      matchField: 'title',
      replaceIfSizeDiffers: true,
    })
    tally.add('documents', file.created)

    const cover = maps.refs.image(wp.image)
    const data = withStableIds(
      {
        title: wp.title,
        slug: wp.slug,
        summary: wp.summary,
        cover,
        file: file.doc.id,
        learnings: wp.learnings.map((point) => ({ point })),
        body: doc(wp.body(maps.refs), `white-papers:${wp.slug}:body`),
        publishedAt: parisDaysAgo(wp.daysAgo, 9, now).toISOString(),
        pageCount: pdf.pageCount,
        meta: {
          title: `${wp.title} | Livre blanc Vitrine`,
          description: metaDescription(wp.summary),
          image: cover,
        },
      },
      `white-papers:${wp.slug}`,
    )
    const { doc: saved, created } = await upsertBySlug(payload, 'white-papers', data, {
      status: 'published',
    })
    maps.whitePapers.set(wp.slug, saved.id)
    tally.add('white-papers', created)
  }
}
