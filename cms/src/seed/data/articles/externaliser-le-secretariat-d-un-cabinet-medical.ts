import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'externaliser-le-secretariat-d-un-cabinet-medical',
  title: 'Externaliser le secrétariat d’un cabinet médical : par où commencer ?',
  excerpt:
    'Téléphone qui sonne pendant les consultations, tiers payant à vérifier, courriers en retard : quand l’administratif déborde sur le temps médical, un secrétariat externalisé bien cadré change le quotidien du cabinet.',
  category: 'secretariat-medical',
  tags: ['cabinet médical', 'secrétariat', 'tiers payant', 'données de santé'],
  author: authors.sophie,
  image: 'medical',
  daysAgo: 150,
  related: ['agenda-medical-reduire-les-rendez-vous-non-honores'],
  body: () => [
    ...paragraphs(`
      Un médecin généraliste installé en libéral consacre, selon les études, une part importante de sa semaine à des tâches qui ne relèvent pas du soin : gestion des rendez-vous, facturation, courriers, relances des organismes, commandes. Dans un cabinet de groupe, la secrétaire partagée est souvent débordée ; dans un cabinet individuel, il n’y en a parfois pas du tout.

      Externaliser tout ou partie du secrétariat n’est pas réservé aux grandes structures. Encore faut-il savoir ce que l’on délègue, à qui, et dans quelles conditions de confidentialité.
    `),
    h2('Ce que l’on peut confier à une secrétaire médicale freelance'),
    h3('À distance'),
    ul([
      'La gestion de l’agenda en ligne : confirmation, déplacement et annulation des rendez-vous.',
      'La frappe des courriers et comptes rendus à partir de dictées.',
      'Le suivi du tiers payant et des rejets de facturation, en lien avec les organismes.',
      'La commande des consommables et le suivi des contrats de maintenance.',
    ]),
    h3('Sur place, quelques demi-journées par semaine'),
    ul([
      'L’accueil des patients aux heures de forte affluence.',
      'La numérisation et le classement des documents reçus sur papier.',
      'La préparation des dossiers pour les remplaçants.',
    ]),
    p(
      'Dans la plupart des cabinets que nous accompagnons, le bon équilibre combine un socle à distance, chaque jour, et une présence physique ciblée sur les créneaux les plus chargés.',
    ),
    h2('La confidentialité, une condition non négociable'),
    p(
      'Une secrétaire médicale manipule des **données de santé**, que le RGPD range parmi les données sensibles. Quelques règles simples s’imposent :',
    ),
    ul([
      'un engagement écrit de confidentialité, qui prolonge le secret professionnel auquel le praticien est tenu ;',
      'des accès nominatifs aux logiciels métier, jamais un identifiant partagé ;',
      'des outils d’agenda et de dossier patient hébergés chez un **hébergeur certifié pour les données de santé** ;',
      'aucune donnée patient sur un ordinateur personnel ou dans une messagerie grand public ;',
      'la coupure immédiate des accès à la fin de la mission.',
    ]),
    p(
      'Ces règles ne sont pas une formalité : elles protègent les patients, le praticien et la secrétaire elle-même.',
    ),
    block('webinarPromo', {
      title: 'Un jeudi par mois, le live est consacré aux professions de santé',
    }),
    h2('Les étapes d’une externalisation réussie'),
    h3('1. Mesurer la charge'),
    p(
      'Pendant deux semaines, notez le nombre d’appels reçus, les demandes de rendez-vous, les courriers à produire et le temps passé sur la facturation. Sans ce relevé, on sous-estime presque toujours le besoin.',
    ),
    h3('2. Écrire les consignes'),
    p(
      'Quels motifs de consultation autorisent un rendez-vous le jour même ? Qui rappeler en priorité ? Quelle phrase utiliser pour orienter vers le 15 en cas d’urgence ? Une fiche de consignes d’une page, validée par chaque praticien, évite l’essentiel des erreurs.',
    ),
    h3('3. Démarrer sur un périmètre réduit'),
    p(
      'Commencez par l’agenda et les courriers, puis étendez à la facturation quand la collaboration est rodée. Un démarrage progressif rassure aussi les patients habitués.',
    ),
    h3('4. Faire le point après un mois'),
    p(
      'Délai moyen de réponse, appels perdus, retards de courriers : quelques indicateurs suffisent pour ajuster le volume d’heures.',
    ),
    block('ctaBanner', {
      title: 'Retrouvez du temps pour vos patients',
      text: 'Nos secrétaires médicales freelances interviennent à distance ou au cabinet, en respectant vos logiciels et vos consignes. Un premier échange de trente minutes suffit pour cadrer le besoin.',
      buttonLabel: 'Demander un diagnostic du secrétariat',
      buttonUrl: '/diagnostic-gratuit/',
      style: 'brand',
    }),
    h2('Quel budget prévoir ?'),
    p(
      'Le coût dépend du volume d’appels et de la part de travail sur place. À titre indicatif, un socle de gestion d’agenda et de courriers à distance représente souvent quelques heures par semaine pour un praticien, davantage pour un cabinet de groupe où les tâches sont mutualisées. L’intérêt du temps partagé est de démarrer petit, de mesurer, puis d’ajuster chaque mois sans avoir à recruter ni à licencier.',
    ),
    h2('Ce qu’en disent les cabinets'),
    p(
      'Le bénéfice le plus cité n’est pas financier : c’est le calme. Un téléphone qui ne sonne plus pendant la consultation, des courriers partis le jour même, des rejets de facturation traités avant qu’ils ne s’accumulent. Le temps médical retrouvé se compte souvent en heures par semaine, et la qualité de l’accueil s’en ressent immédiatement.',
    ),
  ],
}
