import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'assistante-temps-partiel-ou-freelance-temps-partage-le-vrai-calcul',
  title: 'Assistante à temps partiel ou freelance en temps partagé : le vrai calcul',
  excerpt:
    'Salaire, charges, congés, recrutement, absences : on compare poste par poste ce que coûte une assistante salariée à temps partiel et une assistante freelance en temps partagé, sur une année complète.',
  category: 'externalisation',
  tags: ['coût', 'temps partagé', 'temps partiel', 'assistante'],
  author: authors.nadia,
  image: 'budget',
  daysAgo: 212,
  body: ({ whitePaper }) => [
    ...paragraphs(`
      « Je n’ai besoin de quelqu’un que deux jours par semaine, autant embaucher à temps partiel. » C’est souvent le premier réflexe d’un dirigeant de TPE qui croule sous l’administratif. Il est logique, mais il repose sur une comparaison incomplète : on met en regard un salaire horaire et un tarif horaire, en oubliant tout ce qui entoure un emploi salarié.

      Reprenons le calcul sérieusement, sur douze mois, pour un besoin d’environ deux jours par semaine. Les montants ci-dessous sont des ordres de grandeur observés chez nos clients de la région lyonnaise ; ils servent à raisonner, pas à établir un devis.
    `),
    h2('Le coût complet d’une assistante salariée à temps partiel'),
    h3('Une contrainte légale à connaître d’abord'),
    p(
      'En France, la durée minimale d’un contrat à temps partiel est de **24 heures par semaine**, sauf exceptions prévues par un accord de branche ou demande écrite et motivée du salarié. Autrement dit, « deux jours par semaine » se transforme souvent en trois jours payés, que le travail les remplisse ou non.',
    ),
    h3('Le salaire et les charges'),
    p(
      'Pour une assistante expérimentée rémunérée 2 300 euros bruts par mois à temps plein, un contrat de 24 heures représente environ 1 580 euros bruts mensuels. Avec les cotisations patronales, le coût employeur avoisine 2 240 euros par mois, soit près de 27 000 euros par an. Ce montant inclut déjà les congés payés : cinq semaines pendant lesquelles le travail attend.',
    ),
    h3('Les coûts que l’on oublie'),
    ul([
      '**Le recrutement** : annonce, tri des candidatures, entretiens, parfois un cabinet. Comptez entre 2 000 et 5 000 euros, ou plusieurs journées de votre propre temps.',
      '**L’intégration** : les premières semaines, la nouvelle recrue produit peu et mobilise beaucoup.',
      '**Le poste de travail** : ordinateur, licences, téléphone, place de bureau, mutuelle, titres-restaurant.',
      '**Les absences** : maladie, formation, départ. Chaque interruption laisse le dossier en plan.',
      '**La gestion RH** : bulletins de paie, entretiens annuels, visite médicale, éventuelle rupture.',
    ]),
    p(
      'En additionnant ces postes, un temps partiel de 24 heures coûte fréquemment **entre 30 000 et 34 000 euros la première année**.',
    ),
    block('valueProps', {
      title: 'Ce que change le temps partagé',
      items: [
        {
          icon: 'euro',
          title: 'Vous payez les heures utiles',
          text: 'Pas de minimum de 24 heures : si le besoin est de 14 heures par semaine, vous réglez 14 heures.',
        },
        {
          icon: 'clock',
          title: 'Pas de trou pendant les congés',
          text: 'Quand la freelance s’absente, une consœur du réseau qui connaît vos procédures prend le relais.',
        },
        {
          icon: 'bolt',
          title: 'Opérationnelle en quelques jours',
          text: 'Pas de recrutement de trois mois : un profil expérimenté est présenté sous 48 heures.',
        },
      ],
    }),
    h2('Le coût d’une assistante freelance en temps partagé'),
    p(
      'En temps partagé, l’entreprise achète des heures de prestation à un tarif horaire hors taxes, généralement compris entre 38 et 48 euros selon la technicité (assistanat de direction, comptabilité, administration des ventes export). Pour 14 heures par semaine sur 46 semaines travaillées, la facture annuelle se situe donc entre 24 500 et 31 000 euros HT.',
    ),
    p('Ce chiffre semble proche du précédent. La différence se joue ailleurs :'),
    ul([
      'la TVA est récupérable pour une entreprise assujettie ;',
      'aucun frais de recrutement, d’équipement ni de gestion du personnel ;',
      'le volume d’heures se réduit dès que l’activité ralentit, et augmente pour une clôture ou un salon ;',
      'le besoin réel, mesuré au bout de trois mois, est souvent inférieur à l’estimation de départ : les freelances expérimentées vont vite.',
    ]),
    block('whitePaperPromo', {
      whitePaper: whitePaper('guide-du-temps-partage'),
      title: 'Tous les chiffres et un modèle de calcul dans notre livre blanc',
    }),
    h2('Quand le salariat reste le meilleur choix'),
    p(
      'Soyons honnêtes : le temps partagé n’est pas toujours gagnant. Si votre besoin est stable, proche d’un temps plein, et que la présence physique quotidienne est indispensable (accueil, standard, gestion d’un magasin), un recrutement reste plus économique à partir de la deuxième année. De même, un poste très lié à un savoir-faire interne gagne à être internalisé.',
    ),
    p(
      'À l’inverse, tant que le besoin est inférieur à trois jours par semaine, irrégulier ou encore mal cerné, le temps partagé offre une souplesse qu’aucun contrat de travail ne permet.',
    ),
    h2('La méthode pour décider'),
    ul([
      'Listez pendant deux semaines toutes les tâches administratives que vous faites vous-même, avec le temps passé.',
      'Distinguez ce qui est récurrent (facturation, relances, courrier) de ce qui est ponctuel (clôture, recrutement).',
      'Valorisez votre propre heure : si elle vaut 90 euros, chaque heure d’administratif déléguée est rentable.',
      'Comparez sur douze mois, en incluant tous les coûts cités plus haut.',
    ]),
    block('ctaBanner', {
      title: 'Faites le calcul avec un conseiller',
      text: 'Nous estimons avec vous le volume d’heures nécessaire et le budget correspondant. Réponse sous 24 heures ouvrées.',
      buttonLabel: 'Obtenir mon estimation',
      buttonUrl: '/diagnostic-gratuit/',
      style: 'light',
    }),
  ],
}
