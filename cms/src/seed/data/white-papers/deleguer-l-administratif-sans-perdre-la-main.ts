import { block, h2, p, ul } from '../../lexical'
import type { WhitePaperSeed } from '../../types'

export const whitePaper: WhitePaperSeed = {
  slug: 'deleguer-l-administratif-sans-perdre-la-main',
  title: 'Déléguer l’administratif sans perdre la main',
  summary:
    'Inventorier ses tâches, choisir quoi déléguer en premier, organiser les accès, suivre sans contrôler en permanence : la méthode en cinq étapes pour confier son administratif à une assistante, interne ou freelance, en gardant la maîtrise de l’essentiel.',
  image: 'cover-deleguer',
  daysAgo: 45,
  learnings: [
    'Dresser l’inventaire de ses tâches administratives en deux semaines',
    'Choisir les premières tâches à confier pour un résultat rapide',
    'Donner les accès en toute sécurité, et savoir les retirer',
    'Mettre en place un suivi léger : un tableau, un point hebdomadaire',
    'Garder la main sur les décisions qui comptent',
  ],
  body: () => [
    p(
      'Beaucoup de dirigeants savent qu’ils devraient déléguer, mais repoussent le moment : peur de perdre le contrôle, de passer plus de temps à expliquer qu’à faire, de confier des informations sensibles. Ce guide propose une méthode progressive, testée auprès de nos clients, pour déléguer sereinement.',
    ),
    h2('Ce que vous trouverez dans ce guide'),
    ul([
      'La méthode d’inventaire des tâches, à mener en deux semaines.',
      'Les deux critères pour choisir quoi déléguer en premier.',
      'Les accès à prévoir et la façon de les sécuriser.',
      'Le déroulé d’un point hebdomadaire de quinze minutes.',
    ]),
    block('valueProps', {
      title: 'Déléguer, c’est',
      items: [
        {
          icon: 'clock',
          title: 'Du temps retrouvé',
          text: 'Plusieurs heures par semaine rendues à vos clients et à vos équipes.',
        },
        {
          icon: 'shield',
          title: 'Des risques mieux maîtrisés',
          text: 'Des échéances tenues, des procédures écrites, moins d’oublis.',
        },
      ],
    }),
  ],
  pdf: {
    title: 'Déléguer l’administratif sans perdre la main',
    subtitle: 'La méthode en cinq étapes, pour les dirigeants qui portent encore tout eux-mêmes',
    sections: [
      {
        heading: 'Le paradoxe du dirigeant débordé',
        paragraphs: [
          'Plus un dirigeant est débordé, moins il trouve le temps d’organiser la délégation qui le soulagerait. Les tâches administratives s’accumulent le soir et le week-end, les échéances sont tenues de justesse, et chaque absence devient un risque. Sortir de ce cercle demande un investissement initial modeste : quelques heures de préparation, puis quelques semaines de rodage.',
        ],
      },
      {
        heading: 'Étape 1 — Faire l’inventaire',
        paragraphs: [
          'Pendant deux semaines, notez chaque tâche administrative que vous réalisez, le temps qu’elle prend et sa fréquence. Ne cherchez pas l’exhaustivité parfaite : les tâches annuelles peuvent être ajoutées de mémoire. Cet inventaire révèle presque toujours un volume plus important qu’on ne l’imaginait, et beaucoup de tâches que personne d’autre ne sait faire.',
        ],
      },
      {
        heading: 'Étape 2 — Choisir quoi déléguer en premier',
        paragraphs: [
          'Classez chaque tâche selon deux critères : le temps qu’elle vous prend et le niveau de décision qu’elle exige. Commencez par les tâches chronophages et peu engageantes :',
        ],
        bullets: [
          'la saisie et le classement des factures ;',
          'les relances clients de premier niveau ;',
          'la préparation des éléments de paie ;',
          'le tri de la boîte e-mail générale ;',
          'le suivi des contrats et des abonnements.',
        ],
      },
      {
        paragraphs: [
          'Gardez pour vous, au moins au début, ce qui engage l’entreprise : signature des contrats, validation des paiements importants, décisions concernant le personnel.',
        ],
      },
      {
        heading: 'Étape 3 — Organiser les accès',
        paragraphs: [
          'Une délégation efficace suppose des accès suffisants. Créez des comptes nominatifs plutôt que de partager vos identifiants, utilisez un gestionnaire de mots de passe d’équipe, et donnez à la banque des droits de préparation de virements sans droit de validation. Tenez la liste des accès donnés : elle permet de tout retirer en quelques minutes en fin de mission.',
        ],
      },
      {
        heading: 'Étape 4 — Suivre sans surveiller',
        paragraphs: [
          'Le suivi repose sur deux outils simples. Un tableau des tâches partagé, mis à jour par l’assistante, montre ce qui est fait, en cours et bloqué. Un point hebdomadaire de quinze minutes, toujours à la même heure, permet de lever les blocages et de fixer les priorités. Pendant les premières semaines, vous pouvez relire les envois importants avant départ ; ce contrôle a vocation à disparaître.',
        ],
      },
      {
        heading: 'Étape 5 — Écrire et ajuster',
        paragraphs: [
          'Demandez à l’assistante de documenter chaque procédure au fil de l’eau : une page par tâche, avec les étapes, les outils et les contacts. Cette documentation appartient à l’entreprise. Elle sécurise les absences, facilite l’arrivée d’une autre personne et vous donne une vision claire de ce qui est fait. Tous les trimestres, revoyez ensemble le périmètre et le volume d’heures.',
        ],
      },
      {
        heading: 'Et la confidentialité ?',
        paragraphs: [
          'Une assistante, salariée ou freelance, voit passer des informations sensibles : salaires, données clients, litiges. Un engagement de confidentialité écrit, des accès limités au nécessaire et des outils professionnels, jamais des messageries personnelles, suffisent à encadrer ce risque. Pour les données personnelles, rappelez que l’entreprise reste responsable de leur traitement et que la prestataire agit pour son compte.',
        ],
      },
      {
        heading: 'Passer à l’action',
        paragraphs: [
          'Vitrine Office Services accompagne les TPE et PME dans cette démarche : diagnostic gratuit, sélection d’une assistante freelance expérimentée, démarrage sous quarante-huit heures, remplacement organisé en cas d’absence. Rendez-vous sur notre site pour demander votre diagnostic.',
        ],
      },
    ],
  },
}
