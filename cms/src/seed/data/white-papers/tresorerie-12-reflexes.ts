import { block, h2, p, ul } from '../../lexical'
import type { WhitePaperSeed } from '../../types'

export const whitePaper: WhitePaperSeed = {
  slug: 'tresorerie-12-reflexes',
  title: 'Trésorerie : 12 réflexes pour ne plus être pris de court',
  summary:
    'Facturer vite, relancer tôt, prévoir treize semaines à l’avance, connaître ses échéances fiscales : douze réflexes simples, classés par fréquence, pour ne plus découvrir un problème de trésorerie la veille.',
  image: 'cover-tresorerie',
  daysAgo: 120,
  learnings: [
    'Les trois réflexes hebdomadaires qui évitent la plupart des tensions',
    'Construire et tenir un plan de trésorerie glissant à treize semaines',
    'Réduire les délais d’encaissement sans abîmer la relation client',
    'Préparer un rendez-vous bancaire avant d’en avoir besoin',
  ],
  body: () => [
    p(
      'La trésorerie est la première cause de difficulté des petites entreprises, y compris de celles qui sont rentables. Ce guide rassemble douze réflexes concrets, issus du travail quotidien de nos assistantes comptables auprès de TPE et PME, pour garder une longueur d’avance.',
    ),
    h2('Au sommaire'),
    ul([
      'Les réflexes de chaque semaine : facturer, relancer, mettre à jour le prévisionnel.',
      'Les réflexes de chaque mois : balance âgée, échéancier fournisseurs, rapprochement bancaire.',
      'Les réflexes de chaque année : échéances fiscales, relation bancaire, clôture.',
    ]),
    block('ctaBanner', {
      title: 'Envie d’en parler de vive voix ?',
      text: 'Un conseiller vous aide à mettre en place ces réflexes avec une assistante comptable du réseau.',
      buttonLabel: 'Être rappelé',
      buttonUrl: '/contact/',
      style: 'light',
    }),
  ],
  pdf: {
    title: 'Trésorerie : 12 réflexes pour ne plus être pris de court',
    subtitle: 'Un guide pratique pour les dirigeants de TPE et PME',
    sections: [
      {
        heading: 'Introduction',
        paragraphs: [
          'Une entreprise peut être rentable et manquer de trésorerie. Il suffit d’un gros client qui paie avec deux mois de retard, d’une échéance fiscale oubliée ou d’un investissement mal calé pour que le compte bancaire passe dans le rouge. Les douze réflexes qui suivent ne demandent ni logiciel coûteux ni compétence financière poussée : ils demandent de la régularité.',
        ],
      },
      {
        heading: 'Chaque semaine',
        bullets: [
          'Réflexe 1 — Facturer dès que la prestation est réalisée ou la marchandise livrée. Chaque jour de retard de facturation est un jour de retard d’encaissement.',
          'Réflexe 2 — Relancer selon un calendrier fixe : un rappel courtois trois jours après l’échéance, un appel à quinze jours, un courrier formel à trente jours.',
          'Réflexe 3 — Mettre à jour le plan de trésorerie à treize semaines chaque lundi, à partir du solde bancaire réel.',
          'Réflexe 4 — Affecter chaque encaissement à sa facture, pour que la liste des impayés reste juste.',
        ],
      },
      {
        heading: 'Chaque mois',
        bullets: [
          'Réflexe 5 — Examiner la balance âgée des clients : qui doit quoi, depuis quand, et quelle est la prochaine action.',
          'Réflexe 6 — Tenir l’échéancier des fournisseurs et payer à l’échéance, ni avant ni après : régler en avance prive l’entreprise de trésorerie, régler en retard abîme la relation.',
          'Réflexe 7 — Rapprocher les relevés bancaires de la comptabilité, pour détecter au plus tôt les erreurs et les prélèvements indus.',
          'Réflexe 8 — Relire les abonnements et contrats prélevés automatiquement, et résilier ce qui ne sert plus.',
        ],
      },
      {
        heading: 'Chaque année',
        bullets: [
          'Réflexe 9 — Inscrire dans le plan de trésorerie toutes les échéances fiscales et sociales de l’année : TVA, acomptes d’impôt sur les sociétés, CFE, régularisations.',
          'Réflexe 10 — Rencontrer son banquier quand tout va bien, avec le bilan et le prévisionnel, pour négocier les facilités de caisse avant d’en avoir besoin.',
          'Réflexe 11 — Revoir ses conditions générales de vente : délais de paiement, pénalités, indemnité forfaitaire de recouvrement de quarante euros, acompte à la commande.',
          'Réflexe 12 — Préparer la clôture deux mois à l’avance, pour obtenir un bilan rapide et des chiffres à jour.',
        ],
      },
      {
        heading: 'Le plan de trésorerie à treize semaines',
        paragraphs: [
          'Le plan glissant est le cœur de ce dispositif. Il part du solde bancaire du jour et ajoute, semaine par semaine, les encaissements probables et les décaissements prévus : salaires, charges, fournisseurs, loyer, crédits, impôts. Chaque lundi, la semaine écoulée est remplacée par le réel et une nouvelle semaine s’ajoute à la fin.',
          'Deux règles le rendent fiable : retenir pour chaque client son délai de paiement réellement constaté, et fixer avec le dirigeant un seuil d’alerte. Toute semaine qui passe sous ce seuil déclenche une action : relance ciblée, report d’une dépense, appel à la banque.',
        ],
      },
      {
        heading: 'Qui s’en occupe ?',
        paragraphs: [
          'Ces réflexes représentent, dans une entreprise de dix à vingt salariés, une à deux heures par semaine et une demi-journée par mois. C’est peu, mais c’est régulier, et c’est précisément ce qui est difficile pour un dirigeant pris par ses clients. Une assistante comptable en temps partagé peut en assurer l’essentiel, le dirigeant gardant les décisions.',
          'Vitrine Office Services met à disposition des assistantes comptables freelances expérimentées, installées près de chez vous, pour quelques heures par semaine. Demandez un diagnostic gratuit sur notre site.',
        ],
      },
    ],
  },
}
