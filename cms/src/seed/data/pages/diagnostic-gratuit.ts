import type { PageSeed } from '../../types'

export const page: PageSeed = {
  slug: 'diagnostic-gratuit',
  title: 'Diagnostic gratuit',
  description:
    'Trente minutes avec un conseiller pour faire le point sur vos tâches administratives et recevoir une estimation d’heures et de budget, sans engagement.',
  layout: ({ image }) => [
    {
      blockType: 'hero',
      eyebrow: 'Diagnostic gratuit',
      title: 'Trente minutes pour y voir clair',
      text: 'Un conseiller vous rappelle, fait avec vous l’inventaire de vos tâches administratives et vous propose une organisation réaliste. Si vous le décidez, une freelance du réseau vous est présentée dans les deux jours ouvrés.',
      image: image('onboarding'),
    },
    {
      blockType: 'valueProps',
      title: 'Ce que vous obtenez',
      items: [
        {
          icon: 'chart',
          title: 'Un inventaire de vos tâches',
          text: 'Classées par fréquence et par priorité, avec le temps qu’elles vous prennent aujourd’hui.',
        },
        {
          icon: 'euro',
          title: 'Une estimation chiffrée',
          text: 'Le volume d’heures nécessaire et le budget mensuel correspondant, envoyés sous 24 heures ouvrées.',
        },
        {
          icon: 'bolt',
          title: 'Un profil sous 48 heures',
          text: 'Si vous le souhaitez, une freelance du réseau adaptée à votre besoin et à votre secteur.',
        },
      ],
    },
    {
      blockType: 'leadForm',
      kind: 'diagnostic',
      title: 'Réserver mon appel de diagnostic',
      text: 'Laissez-nous vos coordonnées et vos disponibilités : nous vous rappelons au créneau choisi.',
    },
    {
      blockType: 'faq',
      title: 'Avant de remplir le formulaire',
      items: [
        {
          question: 'Le diagnostic m’engage-t-il à quelque chose ?',
          answer:
            'Non. Il est gratuit et sans engagement ; vous restez libre de donner suite ou non.',
        },
        {
          question: 'Que dois-je préparer ?',
          answer:
            'Rien d’obligatoire. Si vous le pouvez, notez les tâches administratives qui vous prennent le plus de temps et les outils que vous utilisez.',
        },
        {
          question: 'Qui va me rappeler ?',
          answer:
            'Un conseiller de notre équipe lyonnaise, ancien office manager ou assistant de direction, qui connaît les réalités des petites entreprises.',
        },
      ],
    },
  ],
}
