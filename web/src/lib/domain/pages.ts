import type { LeadKind } from '@vitrine/contracts'
import type { Page } from '@vitrine/cms-client'

/**
 * Pages that must carry a given lead form: if an editor removed the form block, the site adds it
 * back at the end, so /contact/ always has a contact form, /services/ a quote request, etc.
 */
export const requiredForms: Record<string, { kind: LeadKind; title: string }> = {
  contact: { kind: 'contact', title: 'Nous écrire' },
  'diagnostic-gratuit': { kind: 'diagnostic', title: 'Réserver mon diagnostic gratuit' },
  'rejoindre-le-reseau': { kind: 'freelancer_application', title: 'Proposer ma candidature' },
  services: { kind: 'quote', title: 'Demander un devis' },
}

/** The page's sections, with its required form appended when missing. */
export const withRequiredForm = (page: Pick<Page, 'slug' | 'layout'>): Page['layout'] => {
  const required = page.slug ? requiredForms[page.slug] : undefined
  const layout = page.layout ?? []
  if (!required) return layout
  const present = layout.some((b) => b.blockType === 'leadForm' && b.kind === required.kind)
  return present
    ? layout
    : [
        ...layout,
        {
          blockType: 'leadForm',
          kind: required.kind,
          title: required.title,
          id: `required-${required.kind}`,
        },
      ]
}

/** A stand-in when a required page is missing from the CMS: its title and form, nothing invented. */
export const placeholderPage = (slug: string, title: string): Page => ({
  id: `placeholder-${slug}` as unknown as number,
  title,
  slug,
  layout: [],
  updatedAt: new Date(0).toISOString(),
  createdAt: new Date(0).toISOString(),
})

/** FAQ entries of a page (for FAQPage JSON-LD). */
export const faqItems = (layout: Page['layout']) =>
  layout.flatMap((b) =>
    b.blockType === 'faq' ? b.items.map(({ question, answer }) => ({ question, answer })) : [],
  )
