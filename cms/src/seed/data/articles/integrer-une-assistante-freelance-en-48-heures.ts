import { block, h2, h3, ol, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'integrer-une-assistante-freelance-en-48-heures',
  title: 'Intégrer une assistante freelance en 48 heures : la méthode pas à pas',
  excerpt:
    'Accès, outils, consignes, premier point d’étape : ce qu’il faut préparer pour qu’une assistante freelance soit efficace dès son deuxième jour, sans que le dirigeant y passe sa semaine.',
  category: 'externalisation',
  tags: ['onboarding', 'freelance', 'délégation', 'méthode'],
  author: authors.julien,
  image: 'onboarding',
  daysAgo: 180,
  related: [
    'portage-salarial-freelance-ou-interim-que-choisir',
    'assistante-temps-partiel-ou-freelance-temps-partage-le-vrai-calcul',
  ],
  body: () => [
    ...paragraphs(`
      La crainte la plus fréquente des dirigeants qui envisagent de déléguer leur administratif tient en une phrase : « Le temps que je lui explique, j’aurais plus vite fait de le faire moi-même. » Elle est compréhensible. Elle est aussi, la plupart du temps, fausse, à condition de préparer l’arrivée de la freelance avec méthode.

      Dans notre réseau, l’objectif est qu’une assistante soit opérationnelle sur les tâches récurrentes **quarante-huit heures après son premier contact avec l’entreprise**. Voici comment nous y parvenons, et ce que vous pouvez reproduire chez vous.
    `),
    h2('Avant le premier jour : la liste des tâches'),
    p(
      'Tout commence par un inventaire simple, que nous réalisons avec le dirigeant lors du diagnostic. Pour chaque tâche, on note :',
    ),
    ul([
      'ce qu’il faut faire, en une phrase ;',
      'à quelle fréquence (chaque jour, chaque semaine, chaque mois, chaque année) ;',
      'dans quel outil et avec quels accès ;',
      'qui valide, s’il faut une validation ;',
      'ce qui se passe si la tâche n’est pas faite (pour prioriser).',
    ]),
    p(
      'Cette liste tient rarement sur plus de deux pages. Elle devient la feuille de route de la freelance et, accessoirement, un excellent outil pour le dirigeant, qui voit noir sur blanc tout ce qu’il portait seul.',
    ),
    h2('Jour 1 : les accès et la prise de contact'),
    h3('Les accès, sans partager vos mots de passe'),
    p(
      'Créez un compte nominatif pour l’assistante dans chaque outil (messagerie, banque en lecture ou en préparation de virements, logiciel de facturation, stockage de documents). Un gestionnaire de mots de passe d’équipe évite les échanges par e-mail et permet de couper tous les accès en une minute à la fin de la mission.',
    ),
    h3('Une heure de visite guidée'),
    p(
      'Une visioconférence d’une heure suffit souvent : partage d’écran, parcours des dossiers, présentation des interlocuteurs clés (expert-comptable, banque, principaux clients). Enregistrez-la, avec l’accord de chacun : elle servira de référence.',
    ),
    block('quote', {
      style: 'quote',
      text: 'Chez un nouveau client, je demande toujours à voir trois factures, trois relances et trois e-mails envoyés par le dirigeant. En vingt minutes, je connais le ton de la maison.',
      author: 'Mathilde R.',
      role: 'Office manager freelance du réseau, Lyon',
    }),
    h2('Jour 2 : les premières tâches, en binôme'),
    p(
      'Le deuxième jour, la freelance traite les tâches récurrentes les plus simples, puis vous montre le résultat avant envoi. Typiquement : saisie des factures d’achat de la semaine, relances des factures échues, tri de la boîte e-mail générale. Ce contrôle a priori ne dure que quelques jours ; il est remplacé ensuite par un point hebdomadaire.',
    ),
    block('webinarPromo', {
      title: 'Voyez comment se déroule une intégration réelle, en direct ce jeudi',
    }),
    h2('Les trois premières semaines : installer le rythme'),
    ol([
      '**Un point hebdomadaire de quinze minutes**, toujours au même moment : ce qui a été fait, ce qui bloque, ce qui arrive.',
      '**Un tableau partagé des tâches**, mis à jour par l’assistante, qui évite les questions « où en est-on de… ».',
      '**Une boîte e-mail dédiée**, par exemple administratif@votre-entreprise.fr, que les clients et fournisseurs identifient vite.',
      '**Un bilan à trois semaines**, pour ajuster le volume d’heures et les priorités.',
    ]),
    h2('Les erreurs qui ralentissent l’intégration'),
    ul([
      'Donner des accès partiels « pour voir » : l’assistante passe plus de temps à demander qu’à faire.',
      'Ne pas prévenir l’équipe : un salarié qui ne sait pas qui est la nouvelle interlocutrice ne lui répondra pas.',
      'Déléguer d’abord les tâches les plus complexes : commencez par le récurrent, le reste suivra.',
      'Annuler les points hebdomadaires dès que tout semble aller bien : c’est précisément ce qui permet que cela continue.',
    ]),
    h2('Et si la personne ne convient pas ?'),
    p(
      'Cela arrive, rarement, et ce n’est pas un drame : le temps partagé n’engage pas comme un contrat de travail. Nous présentons un autre profil du réseau, qui reprend la liste des tâches et les notes de passation. C’est d’ailleurs l’une des raisons pour lesquelles nous insistons sur la documentation dès le premier jour : elle appartient à votre entreprise, pas à la personne qui l’a rédigée.',
    ),
  ],
}
