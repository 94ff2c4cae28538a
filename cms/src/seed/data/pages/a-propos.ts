import { doc, h2, p, paragraphs } from '../../lexical'
import type { PageSeed } from '../../types'

export const page: PageSeed = {
  slug: 'a-propos',
  title: 'À propos',
  description:
    'Vitrine Office Services, société lyonnaise fondée par d’anciennes assistantes de direction, réunit un réseau de freelances administratives au service des TPE et PME.',
  layout: ({ image }) => [
    {
      blockType: 'hero',
      eyebrow: 'À propos',
      title: 'Un réseau né du terrain',
      text: 'Vitrine Office Services a été fondée à Lyon par des professionnelles de l’assistanat qui voulaient offrir aux petites entreprises le même niveau de soutien que celui des grands groupes.',
      image: image('home'),
    },
    {
      blockType: 'richContent',
      content: doc(
        [
          h2('Notre histoire'),
          ...paragraphs(`
            Pendant quinze ans, Camille Ferrand a été assistante de direction puis office manager, dans un groupe industriel puis dans une PME familiale. Elle a constaté le même paradoxe partout : les grandes entreprises disposent de services support complets, tandis que les dirigeants de petites structures portent seuls l’administratif, le soir et le week-end.

            En parallèle, de nombreuses assistantes expérimentées choisissaient l’indépendance, sans toujours trouver facilement des clients réguliers. Vitrine Office Services est née de la rencontre de ces deux besoins : une société par actions simplifiée installée à Lyon, qui sélectionne des freelances administratives et organise leur intervention en temps partagé auprès des TPE et PME.
          `),
          h2('Ce qui nous guide'),
          p(
            'Nous croyons qu’une entreprise bien administrée est une entreprise plus sereine, plus attractive pour ses salariés et plus solide face aux imprévus. Nous croyons aussi que les freelances du réseau sont des professionnelles à part entière, qui choisissent leurs missions et fixent leurs conditions avec nous, en toute transparence.',
          ),
        ],
        'pages:a-propos:richContent',
      ),
    },
    {
      blockType: 'valueProps',
      title: 'Nos valeurs',
      items: [
        {
          icon: 'shield',
          title: 'Confiance',
          text: 'Confidentialité, accès maîtrisés, engagements écrits : vos données restent les vôtres.',
        },
        {
          icon: 'users',
          title: 'Respect',
          text: 'Des relations équilibrées avec nos clients comme avec les freelances du réseau.',
        },
        {
          icon: 'chart',
          title: 'Exigence',
          text: 'Des procédures écrites, des résultats mesurés, des bilans réguliers.',
        },
      ],
    },
    {
      blockType: 'quote',
      style: 'quote',
      text: 'Notre métier consiste à rendre du temps aux dirigeants. Le plus beau retour que l’on puisse nous faire, c’est qu’ils n’aient plus à penser à leur administratif.',
      author: 'Camille Ferrand',
      role: 'Présidente et cofondatrice',
    },
    {
      blockType: 'cardGrid',
      title: 'Quelques membres du réseau',
      source: 'freelancers',
      limit: 6,
    },
    {
      blockType: 'ctaBanner',
      title: 'Travaillons ensemble',
      text: 'Dirigeant, échangez avec un conseiller ; freelance, rejoignez le réseau.',
      buttonLabel: 'Nous contacter',
      buttonUrl: '/contact/',
      style: 'brand',
    },
  ],
}
