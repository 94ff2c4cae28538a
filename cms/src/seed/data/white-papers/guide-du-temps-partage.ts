import { block, h2, p, ul } from '../../lexical'
import type { WhitePaperSeed } from '../../types'

export const whitePaper: WhitePaperSeed = {
  slug: 'guide-du-temps-partage',
  title: 'Temps partagé : le guide du dirigeant de TPE et de PME',
  summary:
    'Comment fonctionne le temps partagé, pour quelles tâches, à quel coût et avec quel cadre contractuel : un guide court pour décider en connaissance de cause, avec une méthode de calcul et les questions à poser à tout prestataire.',
  image: 'cover-temps-partage',
  daysAgo: 200,
  learnings: [
    'Reconnaître les tâches qui se prêtent au temps partagé, et celles qui ne s’y prêtent pas',
    'Comparer sur douze mois le coût d’un temps partiel salarié et d’une prestation',
    'Cadrer la mission : périmètre, livrables, accès, confidentialité',
    'Organiser la continuité pendant les absences',
    'Les questions à poser avant de signer avec un prestataire',
  ],
  body: () => [
    p(
      'Vous passez vos soirées sur la facturation, vos relances clients attendent, et recruter une assistante à temps plein vous semble disproportionné ? Le temps partagé permet de disposer de compétences administratives expérimentées quelques heures ou quelques jours par mois, sans recrutement ni contrat de travail.',
    ),
    h2('À qui s’adresse ce guide ?'),
    ul([
      'Aux dirigeants de TPE et PME qui portent seuls l’administratif de leur entreprise.',
      'Aux entreprises qui hésitent entre recruter à temps partiel et externaliser.',
      'Aux équipes qui doivent faire face à un pic d’activité ou à une absence longue.',
    ]),
    block('quote', {
      style: 'tip',
      text: 'Le guide détaille la méthode de calcul sur douze mois : appliquez-la à vos propres chiffres avant notre premier échange.',
    }),
  ],
  pdf: {
    title: 'Temps partagé : le guide du dirigeant de TPE et de PME',
    subtitle:
      'Fonctionnement, coûts, cadre contractuel et bonnes pratiques — édition Vitrine Office Services',
    sections: [
      {
        heading: 'Pourquoi ce guide',
        paragraphs: [
          'Dans une entreprise de moins de cinquante personnes, l’administratif est rarement assez volumineux pour justifier un poste à temps plein, et presque toujours trop lourd pour être absorbé par le dirigeant. Facturation, relances, préparation de la paie, suivi des contrats, classement : ces tâches ne créent pas directement de valeur, mais leur absence en détruit.',
          'Le temps partagé consiste à confier ces tâches à une professionnelle indépendante et expérimentée, qui intervient quelques heures ou quelques jours par mois chez plusieurs clients. Ce guide explique comment en tirer parti, et comment éviter les erreurs les plus courantes.',
        ],
      },
      {
        heading: '1. Les tâches qui se prêtent au temps partagé',
        paragraphs: [
          'Les meilleures candidates sont les tâches récurrentes, documentables et mesurables :',
        ],
        bullets: [
          'la pré-comptabilité : saisie et classement des factures, rapprochements, notes de frais ;',
          'le suivi du poste clients : facturation, relances, lettrage des encaissements ;',
          'l’administration du personnel : préparation des embauches, registres, éléments variables de paie ;',
          'l’administration des ventes : commandes, confirmations, documents d’expédition ;',
          'les services généraux : contrats, fournisseurs, locaux, assurances.',
        ],
      },
      {
        paragraphs: [
          'À l’inverse, les tâches qui exigent une présence physique permanente à horaires fixes, comme l’accueil d’un magasin ou un standard ouvert toute la journée, relèvent plutôt de l’emploi salarié.',
        ],
      },
      {
        heading: '2. Ce que cela coûte vraiment',
        paragraphs: [
          'La comparaison pertinente n’oppose pas un salaire horaire à un tarif horaire. Elle met en regard, sur douze mois, le coût complet d’un emploi salarié et le coût d’une prestation. Côté salariat, il faut additionner le salaire brut, les cotisations patronales, les congés payés, le recrutement, l’équipement, les absences et le temps de gestion. Côté prestation, il faut multiplier le nombre d’heures réellement nécessaires par le tarif horaire hors taxes, la TVA étant récupérable pour une entreprise assujettie.',
          'Deux éléments font souvent pencher la balance. D’abord, la durée minimale légale d’un temps partiel est de vingt-quatre heures par semaine, sauf exceptions : un besoin de deux jours se transforme vite en trois jours payés. Ensuite, une professionnelle expérimentée va plus vite qu’une personne en cours d’intégration : le besoin réel mesuré après trois mois est fréquemment inférieur à l’estimation initiale.',
        ],
      },
      {
        heading: '3. Le cadre contractuel',
        paragraphs: [
          'Le temps partagé repose sur un contrat de prestation de services, pas sur un contrat de travail. Il décrit un périmètre, des livrables et un volume d’heures prévisionnel. La freelance organise son travail et utilise ses méthodes ; vous fixez les objectifs et validez les résultats. Ce cadre doit être respecté dans les faits : imposer des horaires, un encadrement permanent et des directives détaillées comme à un salarié exposerait à un risque de requalification.',
        ],
        bullets: [
          'un périmètre écrit, revu tous les trimestres ;',
          'des accès nominatifs, retirables à tout moment ;',
          'un engagement de confidentialité ;',
          'une facturation mensuelle au temps passé, avec un relevé détaillé.',
        ],
      },
      {
        heading: '4. Organiser la continuité',
        paragraphs: [
          'La crainte la plus fréquente concerne les absences : que se passe-t-il quand la freelance part en congé ? La réponse tient en deux mots : documentation et binôme. Les procédures écrites dès le premier mois permettent à une consœur du réseau de reprendre le dossier sans tout réapprendre. Chez Vitrine Office Services, chaque client dispose d’une fiche de passation tenue à jour et d’une remplaçante identifiée.',
        ],
      },
      {
        heading: '5. Les questions à poser avant de signer',
        bullets: [
          'Comment les profils sont-ils sélectionnés et vérifiés ?',
          'Quel est le délai pour démarrer, et pour remplacer en cas d’absence ?',
          'Comment le temps passé est-il mesuré et facturé ?',
          'Où sont stockés les documents et les accès, et comment sont-ils restitués en fin de mission ?',
          'Quel est le préavis pour réduire, augmenter ou arrêter la mission ?',
        ],
      },
      {
        heading: 'Pour aller plus loin',
        paragraphs: [
          'Nos conseillers réalisent gratuitement un diagnostic de trente minutes : inventaire des tâches, estimation du volume d’heures et du budget. Rendez-vous sur notre site, rubrique « Diagnostic gratuit », ou rejoignez le live du jeudi à 12 h 30 pour poser vos questions en direct.',
        ],
      },
    ],
  },
}
