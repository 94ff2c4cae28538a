import { doc, h2, p } from '../../lexical'
import type { PageSeed } from '../../types'
import { company } from '../shared'

export const page: PageSeed = {
  slug: 'contact',
  title: 'Contact',
  description:
    'Écrivez-nous ou demandez à être rappelé : un conseiller Vitrine Office Services vous répond sous 24 heures ouvrées.',
  layout: () => [
    {
      blockType: 'hero',
      eyebrow: 'Contact',
      title: 'Parlons de votre organisation',
      text: 'Une question, un besoin précis, une demande de devis ? Un conseiller vous répond sous 24 heures ouvrées.',
    },
    {
      blockType: 'leadForm',
      kind: 'contact',
      title: 'Nous écrire',
      text: 'Indiquez-nous en quelques mots l’objet de votre demande et le meilleur moment pour vous joindre.',
    },
    {
      blockType: 'richContent',
      content: doc(
        [
          h2('Nos coordonnées'),
          p(`**${company.name}** — ${company.address}`),
          p(
            `Téléphone : ${company.phone}, du lundi au vendredi de 9 h à 18 h. E-mail : [${company.email}](mailto:${company.email}).`,
          ),
          p(
            'Vous êtes freelance et souhaitez rejoindre le réseau ? Rendez-vous sur la page [Rejoindre le réseau](/rejoindre-le-reseau/).',
          ),
        ],
        'pages:contact:richContent',
      ),
    },
  ],
}
