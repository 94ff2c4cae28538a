import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'demenager-ses-bureaux-sans-arreter-l-activite',
  title: 'Déménager ses bureaux sans arrêter l’activité : le plan en huit semaines',
  excerpt:
    'Résiliations, transferts de lignes, changement d’adresse, plan des postes, cartons : un déménagement de petite entreprise se pilote comme un projet. Le calendrier semaine par semaine pour qu’il ne coûte pas un mois de chiffre d’affaires.',
  category: 'organisation',
  tags: ['déménagement', 'services généraux', 'rétroplanning', 'locaux'],
  author: authors.sophie,
  image: 'demenagement',
  daysAgo: 87,
  body: () => [
    ...paragraphs(`
      Le bail est signé, les nouveaux locaux sont plus lumineux, mieux placés, et tout le monde a hâte. Puis vient la réalité : des dizaines de contrats à transférer, une adresse à changer partout, des cartons à faire sans interrompre le travail, et un lundi matin où la connexion internet doit fonctionner. Dans une petite entreprise, ce projet retombe souvent sur le dirigeant, en plus de tout le reste.

      Un déménagement de bureaux se prépare idéalement sur huit semaines. Voici le plan que nous utilisons lorsque nos office managers pilotent un changement de locaux pour un client.
    `),
    h2('Semaines 8 à 6 : cadrer'),
    ul([
      'Nommer un **pilote unique**, qui centralise les décisions et tient le planning.',
      'Lister tous les contrats liés à l’adresse actuelle : internet, téléphonie, électricité, assurance, ménage, alarme, machine à café, photocopieur, location de plantes.',
      'Vérifier les préavis de résiliation et les délais d’installation, en particulier pour la fibre professionnelle, qui peut demander plusieurs semaines.',
      'Demander trois devis de déménageurs, visite des lieux à l’appui.',
    ]),
    h2('Semaines 5 à 3 : organiser'),
    h3('Le plan des nouveaux locaux'),
    p(
      'Qui s’assoit où ? Le plan d’implantation se discute avec l’équipe, en tenant compte des besoins réels : calme pour ceux qui téléphonent beaucoup, proximité pour ceux qui travaillent ensemble, accès facile à l’imprimante pour l’accueil.',
    ),
    h3('Le tri avant les cartons'),
    p(
      'Un déménagement est l’occasion idéale de faire le point sur les archives. Les documents comptables se conservent dix ans, les bulletins de paie cinq ans pour l’employeur : tout ce qui dépasse ces durées et n’a pas d’utilité peut être détruit par un prestataire spécialisé, avec certificat de destruction.',
    ),
    block('quote', {
      style: 'tip',
      text: 'Numérotez les cartons par pièce et par poste de travail, et reportez ces numéros sur le plan des nouveaux bureaux. Le jour J, les déménageurs posent chaque carton au bon endroit sans vous poser de question.',
    }),
    h3('Le changement d’adresse'),
    p(
      'L’adresse du siège figure sur les statuts et au registre du commerce : le transfert de siège passe par une décision des associés et une formalité auprès du guichet unique. Il faut aussi prévenir la banque, l’Urssaf et les impôts, les clients et les fournisseurs, mettre à jour le site internet, les signatures d’e-mail, les modèles de factures et la fiche d’établissement en ligne.',
    ),
    h2('Semaines 2 et 1 : préparer le jour J'),
    ul([
      'Confirmer la date d’installation internet dans les nouveaux locaux, et prévoir une solution de secours (partage de connexion mobile) pour les premiers jours.',
      'Commander le transfert du standard téléphonique pour le jour même.',
      'Distribuer les cartons et étiquettes, fixer une date limite pour les bureaux individuels.',
      'Organiser le retour des clés, l’état des lieux de sortie et le relevé des compteurs.',
      'Prévenir les clients d’une éventuelle coupure, même courte, par un message simple.',
    ]),
    h2('Le jour J et la semaine suivante'),
    p(
      'L’idéal est de déménager un vendredi, pour que le lundi soit le premier jour de travail normal. Le pilote reste sur place pendant le déménagement, vérifie l’arrivée de chaque lot et note les dégâts éventuels sur la lettre de voiture. La semaine suivante est consacrée aux réglages : imprimante, badges, réexpédition du courrier, signalétique.',
    ),
    block('ctaBanner', {
      title: 'Confiez le pilotage de votre déménagement',
      text: 'Une office manager du réseau peut prendre en charge tout le projet, des résiliations à l’état des lieux, pendant que votre équipe continue de travailler.',
      buttonLabel: 'Parler de mon projet',
      buttonUrl: '/contact/',
      style: 'brand',
    }),
    h2('Les oublis les plus fréquents'),
    ul([
      'La réexpédition du courrier, à souscrire avant le départ.',
      'Les abonnements prélevés automatiquement qui continuent après la résiliation oubliée.',
      'L’attestation d’assurance des nouveaux locaux, exigée par le bailleur avant la remise des clés.',
      'La mise à jour des mentions obligatoires sur les factures et le site internet.',
    ]),
  ],
}
