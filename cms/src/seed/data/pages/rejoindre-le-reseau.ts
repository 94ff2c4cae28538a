import { doc, h2, p, ul } from '../../lexical'
import type { PageSeed } from '../../types'

export const page: PageSeed = {
  slug: 'rejoindre-le-reseau',
  title: 'Rejoindre le réseau',
  description:
    'Office manager, assistante de direction, comptable, RH, export ou secrétaire médicale indépendante ? Rejoignez le réseau Vitrine Office Services et trouvez des missions régulières près de chez vous.',
  layout: ({ image }) => [
    {
      blockType: 'hero',
      eyebrow: 'Spécial freelance',
      title: 'Des missions régulières, près de chez vous, avec une équipe derrière vous',
      text: 'Vous êtes indépendante ou indépendant, expérimenté dans un métier de l’assistanat ou de l’administration ? Nous vous proposons des clients fidèles en temps partagé, et nous nous occupons de la prospection.',
      image: image('externalisation'),
      actions: [
        {
          label: 'Proposer ma candidature',
          url: '/rejoindre-le-reseau/#candidature',
          style: 'primary',
        },
      ],
    },
    {
      blockType: 'valueProps',
      title: 'Ce que le réseau vous apporte',
      items: [
        {
          icon: 'chart',
          title: 'Des clients sans prospecter',
          text: 'Nous trouvons les entreprises, réalisons le diagnostic et vous présentons des missions adaptées à votre profil.',
        },
        {
          icon: 'clock',
          title: 'Votre agenda, vos choix',
          text: 'Vous choisissez vos missions, votre volume d’heures et votre zone d’intervention.',
        },
        {
          icon: 'users',
          title: 'Une communauté',
          text: 'Échanges entre pairs, remplacements croisés, ateliers mensuels et modèles de procédures partagés.',
        },
      ],
    },
    {
      blockType: 'richContent',
      content: doc(
        [
          h2('Les profils que nous recherchons'),
          ul([
            'Office managers et assistantes de direction.',
            'Assistantes comptables et gestionnaires de paie.',
            'Assistantes RH.',
            'Assistantes commerciales, ADV et export, idéalement bilingues.',
            'Secrétaires médicales.',
          ]),
          p(
            'Nous demandons au moins cinq ans d’expérience dans le métier, un statut d’indépendant (ou le projet d’en créer un) et une vraie aisance avec les outils numériques. Le processus de sélection comprend un entretien, une mise en situation et la vérification de deux références.',
          ),
          h2('Comment cela se passe'),
          ul([
            '**Candidature** : quelques minutes avec le formulaire ci-dessous.',
            '**Entretien** : un échange d’une heure, en visioconférence ou dans nos locaux lyonnais.',
            '**Première mission** : présentée dès qu’un besoin correspond à votre profil et à votre zone.',
          ]),
        ],
        'pages:rejoindre-le-reseau:richContent',
      ),
    },
    {
      blockType: 'cardGrid',
      title: 'Elles et ils ont rejoint le réseau',
      source: 'freelancers',
      limit: 3,
    },
    {
      blockType: 'faq',
      title: 'Vos questions',
      items: [
        {
          question: 'Dois-je être déjà installé·e en indépendant ?',
          answer:
            'Ce n’est pas obligatoire pour candidater. Si votre candidature est retenue, vous devrez disposer d’un statut d’indépendant avant votre première mission ; nous pouvons vous orienter dans vos démarches.',
        },
        {
          question: 'Comment sont fixés les tarifs ?',
          answer:
            'Les tarifs sont fixés par métier et par niveau d’expérience, et vous sont communiqués en toute transparence lors de l’entretien, avec la part qui rémunère le réseau.',
        },
        {
          question: 'Puis-je garder mes propres clients ?',
          answer: 'Oui. Le réseau complète votre activité ; il ne vous demande aucune exclusivité.',
        },
        {
          question: 'Mon profil sera-t-il publié sur le site ?',
          answer:
            'Seulement si vous le souhaitez, et vous pouvez retirer votre accord à tout moment. Nous ne publions que votre prénom, l’initiale de votre nom, votre métier et le parcours que vous validez.',
        },
      ],
    },
    {
      blockType: 'leadForm',
      kind: 'freelancer_application',
      title: 'Proposer ma candidature',
      text: 'Présentez-vous en quelques lignes : métier, spécialités, zone d’intervention, disponibilités. Nous vous répondons sous cinq jours ouvrés.',
    },
  ],
}
