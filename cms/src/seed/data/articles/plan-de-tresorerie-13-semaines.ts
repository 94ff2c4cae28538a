import { block, h2, h3, ol, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'plan-de-tresorerie-13-semaines',
  title: 'Le plan de trésorerie à 13 semaines, expliqué simplement',
  excerpt:
    'Un tableau, treize colonnes, une mise à jour chaque lundi : le plan de trésorerie glissant est l’outil le plus simple pour voir venir un trou de trésorerie à temps. Mode d’emploi pour le construire et le faire vivre.',
  category: 'finance-tresorerie',
  tags: ['trésorerie', 'prévisionnel', 'tableau de bord', 'pilotage'],
  author: authors.nadia,
  image: 'tresorerie',
  daysAgo: 38,
  related: [
    'preparer-cloture-comptable-avec-une-assistante',
    'relances-clients-routine-hebdomadaire-tresorerie',
  ],
  body: ({ whitePaper }) => [
    ...paragraphs(`
      Le bilan dit ce qui s’est passé l’an dernier. Le compte de résultat dit si l’entreprise gagne de l’argent. Mais la question que se pose un dirigeant de TPE le dimanche soir est plus simple : **aurai-je de quoi payer les salaires et la TVA dans six semaines ?** Pour y répondre, un outil suffit : le plan de trésorerie à treize semaines.

      Treize semaines, c’est un trimestre. Assez loin pour anticiper un creux et agir (relancer, négocier, décaler un investissement, solliciter la banque avant l’urgence), assez près pour rester fiable.
    `),
    h2('Le principe'),
    p(
      'Le plan part du solde bancaire réel d’aujourd’hui. Pour chacune des treize semaines à venir, on ajoute les encaissements attendus et on retire les décaissements prévus. La dernière ligne donne le solde prévisionnel de fin de semaine. Chaque lundi, la semaine écoulée est remplacée par le réel et une nouvelle semaine s’ajoute au bout : le plan est **glissant**.',
    ),
    h2('Construire le tableau'),
    h3('Les encaissements'),
    ul([
      'Les factures clients émises, à la date où elles seront vraisemblablement payées, pas à leur échéance théorique.',
      'Les factures à émettre pour les commandes déjà signées.',
      'Les autres entrées : remboursement de crédit de TVA, subventions, apports.',
    ]),
    h3('Les décaissements'),
    ul([
      'Les salaires et les charges sociales, aux dates réelles de prélèvement.',
      'La TVA, l’impôt sur les sociétés et ses acomptes, la CFE.',
      'Les fournisseurs, selon leurs échéances.',
      'Le loyer, les crédits, les abonnements, les assurances.',
      'Les dépenses exceptionnelles déjà connues : investissement, prime, honoraires annuels.',
    ]),
    block('valueProps', {
      title: 'Ce que le plan à 13 semaines vous apporte',
      items: [
        {
          icon: 'chart',
          title: 'Voir venir',
          text: 'Un creux de trésorerie repéré six semaines à l’avance se gère ; découvert la veille, il se subit.',
        },
        {
          icon: 'euro',
          title: 'Négocier en position de force',
          text: 'Un banquier accorde plus facilement une facilité de caisse à une entreprise qui présente un prévisionnel sérieux.',
        },
        {
          icon: 'clock',
          title: 'Une heure par semaine',
          text: 'Une fois le modèle en place, la mise à jour du lundi prend moins d’une heure.',
        },
      ],
    }),
    h2('Le rituel du lundi'),
    ol([
      'Reporter le solde bancaire réel de la veille.',
      'Comparer les encaissements et décaissements réels de la semaine à ce qui était prévu, et noter les écarts.',
      'Mettre à jour les dates d’encaissement probables des factures en retard.',
      'Ajouter la treizième semaine.',
      'Signaler au dirigeant toute semaine dont le solde passe sous le seuil d’alerte fixé ensemble.',
    ]),
    p(
      'C’est typiquement une tâche que l’on délègue : l’assistante comptable prépare la mise à jour, le dirigeant la lit en dix minutes et décide.',
    ),
    block('whitePaperPromo', {
      whitePaper: whitePaper('tresorerie-12-reflexes'),
      title: 'Téléchargez nos 12 réflexes de trésorerie, avec un modèle de plan',
    }),
    h2('Un exemple concret'),
    p(
      'Prenons une entreprise de services de douze salariés, avec un solde bancaire de 48 000 euros un lundi de septembre. Les encaissements attendus sont réguliers, autour de 30 000 euros par semaine, mais la semaine 3 concentre les salaires et les charges sociales, et la semaine 6 l’échéance de TVA trimestrielle ainsi que l’acompte d’impôt sur les sociétés. Le plan montre que le solde passera sous 10 000 euros en semaine 6, alors que tout semble aller bien aujourd’hui.',
    ),
    p(
      'Prévenu six semaines à l’avance, le dirigeant dispose de plusieurs options : accélérer l’encaissement de deux grosses factures en retard, décaler un achat de matériel d’un mois, ou demander dès maintenant une facilité de caisse à sa banque. Sans plan, il aurait découvert le problème la veille, avec pour seule solution un découvert non autorisé.',
    ),
    h2('Les pièges classiques'),
    ul([
      '**Être optimiste sur les encaissements** : prenez les délais de paiement constatés, pas ceux des conditions générales.',
      '**Oublier les échéances fiscales** : TVA, acomptes d’impôt et CFE tombent à dates fixes ; inscrivez-les pour l’année entière.',
      '**Confondre chiffre d’affaires et encaissement** : une vente signée en mars peut n’être payée qu’en juin.',
      '**Laisser le plan vieillir** : un prévisionnel qui n’est pas mis à jour chaque semaine devient vite trompeur.',
    ]),
    h2('Et après ?'),
    p(
      'Au bout de quelques mois, les écarts entre le prévu et le réel deviennent précieux : ils révèlent les clients qui paient systématiquement en retard, les dépenses sous-estimées, la saisonnalité réelle de l’activité. Le plan de trésorerie devient alors un véritable outil de pilotage, et plus seulement une alarme.',
    ),
  ],
}
