import type { PageSeed } from '../../types'
import { valuePropsTrio } from '../shared'

export const page: PageSeed = {
  slug: 'accueil',
  title: 'Accueil',
  description:
    'Office managers et assistantes freelances en temps partagé pour les TPE et PME : diagnostic gratuit, démarrage en 48 heures, vous ne payez que les heures utiles.',
  layout: ({ image }) => [
    {
      blockType: 'hero',
      eyebrow: 'Office managers et assistantes freelances en temps partagé',
      title: 'Votre administratif entre de bonnes mains, quelques jours par mois',
      text: 'Facturation, relances, paie, ADV export, secrétariat médical : nous vous présentons sous 48 heures une professionnelle expérimentée de notre réseau, installée près de chez vous. Sans recrutement, sans engagement de durée.',
      image: image('home'),
      actions: [
        { label: 'Demander mon diagnostic gratuit', url: '/diagnostic-gratuit/', style: 'primary' },
        { label: 'Découvrir nos services', url: '/services/', style: 'secondary' },
      ],
    },
    valuePropsTrio('Pourquoi les dirigeants nous confient leur administratif'),
    {
      blockType: 'cardGrid',
      title: 'Nos derniers conseils',
      intro:
        'Des articles pratiques, écrits avec nos freelances, pour mieux organiser votre entreprise.',
      source: 'articles',
      limit: 3,
    },
    {
      blockType: 'cardGrid',
      title: 'Nos livres blancs',
      intro: 'Des guides complets à télécharger gratuitement, pour aller plus loin.',
      source: 'white-papers',
      limit: 3,
    },
    {
      blockType: 'webinarPromo',
      title: 'Découvrez notre offre en 30 minutes, en direct chaque jeudi à 12 h 30',
    },
    {
      blockType: 'cardGrid',
      title: 'Elles et ils font le réseau',
      intro:
        'Office managers, assistantes de direction, comptables, RH, export, secrétariat médical : des indépendantes et indépendants sélectionnés pour leur expérience.',
      source: 'freelancers',
      limit: 4,
    },
    {
      blockType: 'faq',
      title: 'Questions fréquentes',
      items: [
        {
          question: 'Qu’est-ce que le temps partagé ?',
          answer:
            'Une professionnelle indépendante intervient chez vous, sur site ou à distance, quelques heures ou quelques jours par mois, et chez d’autres entreprises le reste du temps. Vous bénéficiez d’une compétence expérimentée sans financer un poste complet.',
        },
        {
          question: 'En combien de temps une freelance peut-elle démarrer ?',
          answer:
            'Après le diagnostic, nous vous présentons un profil sous 48 heures ouvrées. La mission peut commencer dès la semaine suivante, une fois les accès préparés.',
        },
        {
          question: 'Combien cela coûte-t-il ?',
          answer:
            'Vous payez les heures réellement effectuées, à un tarif horaire hors taxes qui dépend de la technicité de la mission. Le diagnostic gratuit se conclut par une estimation du volume d’heures et du budget mensuel.',
        },
        {
          question: 'Suis-je engagé sur une durée ?',
          answer:
            'Non. Le volume d’heures s’ajuste chaque mois et la mission peut s’arrêter avec un préavis court, précisé dans le contrat de prestation.',
        },
        {
          question: 'Que se passe-t-il pendant les congés de la freelance ?',
          answer:
            'Une autre professionnelle du réseau, qui a accès aux procédures écrites de votre mission, prend le relais pour les tâches qui ne peuvent pas attendre.',
        },
      ],
    },
    {
      blockType: 'leadForm',
      kind: 'diagnostic',
      title: 'Réserver mon diagnostic gratuit',
      text: 'Trente minutes au téléphone avec un conseiller pour faire le point sur vos tâches administratives. Vous recevez ensuite une estimation d’heures et de budget, sans engagement.',
    },
  ],
}
