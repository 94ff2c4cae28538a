import type { Block } from 'payload'

export const WebinarPromo: Block = {
  slug: 'webinarPromo',
  interfaceName: 'WebinarPromoBlock',
  labels: {
    singular: { fr: 'Promotion d’un webinaire', en: 'Webinar promo' },
    plural: { fr: 'Promotions de webinaires', en: 'Webinar promos' },
  },
  fields: [
    {
      name: 'webinar',
      type: 'relationship',
      relationTo: 'webinars',
      label: { fr: 'Webinaire', en: 'Webinar' },
      admin: {
        description: {
          fr: 'Laissez vide pour annoncer automatiquement le prochain webinaire à venir.',
          en: 'Leave empty to announce the next upcoming webinar.',
        },
      },
    },
    {
      name: 'title',
      type: 'text',
      label: { fr: 'Accroche (facultatif)', en: 'Heading (optional)' },
    },
  ],
}
