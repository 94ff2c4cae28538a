import { block, h2, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

/** Left as a draft on purpose: the site and the tests must never show it. */
export const article: ArticleSeed = {
  slug: 'notes-de-frais-dematerialiser-sans-perdre-le-controle',
  title: 'Notes de frais : dématérialiser sans perdre le contrôle',
  excerpt:
    'Photographier le ticket, le classer, le valider, le rembourser : la dématérialisation des notes de frais simplifie la vie de tous, à condition de fixer quelques règles avant de choisir l’outil.',
  category: 'finance-tresorerie',
  tags: ['notes de frais', 'dématérialisation', 'outils'],
  author: authors.elodie,
  image: 'budget',
  daysAgo: 2,
  draft: true,
  body: () => [
    ...paragraphs(`
      L’enveloppe de tickets froissés remise en fin de mois à la comptabilité a vécu. Les applications de notes de frais permettent de photographier un justificatif au moment de la dépense, de le catégoriser et de le transmettre pour validation en quelques secondes. Encore faut-il que le justificatif numérisé ait la même valeur que l’original, et que la politique de dépenses soit claire.

      Cet article est en cours de rédaction : il détaillera les conditions de conservation des justificatifs numérisés, les règles de TVA récupérable et la répartition des rôles entre salarié, valideur et assistante comptable.
    `),
    h2('Les règles à fixer avant de choisir un outil'),
    ul([
      'Quelles dépenses sont remboursables, et jusqu’à quel montant ?',
      'Qui valide, et sous quel délai ?',
      'À quelle fréquence les remboursements sont-ils versés ?',
      'Comment traiter les indemnités kilométriques ?',
    ]),
    p('Une politique de dépenses d’une page, connue de tous, évite la plupart des discussions.'),
    block('ctaBanner', {
      title: 'Besoin d’aide pour vos notes de frais ?',
      text: 'Une assistante comptable du réseau peut paramétrer l’outil et traiter les validations chaque mois.',
      buttonLabel: 'Nous contacter',
      buttonUrl: '/contact/',
      style: 'light',
    }),
  ],
}
