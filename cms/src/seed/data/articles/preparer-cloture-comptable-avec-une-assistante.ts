import { block, h2, h3, ol, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'preparer-cloture-comptable-avec-une-assistante',
  title: 'Préparer sa clôture comptable avec une assistante : le rétroplanning',
  excerpt:
    'Une clôture sereine se prépare deux mois avant la fin de l’exercice. Voici le calendrier que nous suivons avec nos clients, et la répartition des rôles entre le dirigeant, l’assistante et l’expert-comptable.',
  category: 'finance-tresorerie',
  tags: ['clôture', 'bilan', 'expert-comptable', 'pré-comptabilité'],
  author: authors.nadia,
  image: 'cloture',
  daysAgo: 195,
  related: ['relances-clients-routine-hebdomadaire-tresorerie', 'plan-de-tresorerie-13-semaines'],
  body: ({ whitePaper }) => [
    ...paragraphs(`
      Chaque année, c’est la même scène : l’exercice se termine, l’expert-comptable envoie sa liste de pièces manquantes, et le dirigeant passe trois week-ends à fouiller ses e-mails à la recherche d’une facture de 2019 euros réglée en mars. La clôture devient une corvée, le bilan arrive tard, et les décisions qui en dépendent (prime, investissement, demande de prêt) attendent.

      Il existe une autre façon de faire. Avec une assistante comptable qui connaît le calendrier, la clôture se prépare par petites étapes et le jour J n’est plus qu’une formalité. Voici le rétroplanning que nous appliquons avec les entreprises que nous accompagnons.
    `),
    h2('Qui fait quoi ?'),
    p(
      'Avant le calendrier, clarifions les rôles. L’expert-comptable établit les comptes annuels et en porte la responsabilité : il n’est pas question de s’y substituer. L’assistante, elle, **rassemble, vérifie et classe** tout ce dont il a besoin. Le dirigeant arbitre et valide.',
    ),
    ul([
      '**L’assistante** : collecte des pièces, rapprochements, relevés, listes, relances internes.',
      '**Le dirigeant** : décisions (stocks, provisions, rémunération), réponses aux questions de fond, signature.',
      '**L’expert-comptable** : écritures d’inventaire, comptes annuels, liasse fiscale, conseil.',
    ]),
    h2('Le calendrier, de J-60 à J+60'),
    h3('Deux mois avant la clôture'),
    ul([
      'Demander à l’expert-comptable sa liste de pièces et ses dates limites de l’an passé.',
      'Vérifier que toutes les factures d’achat de l’exercice sont enregistrées et rattachées à un justificatif.',
      'Lancer une relance générale des factures clients échues, pour encaisser avant la date de clôture ce qui peut l’être.',
      'Repérer les contrats qui courent sur deux exercices (abonnements, assurances, loyers payés d’avance).',
    ]),
    h3('Un mois avant'),
    ul([
      'Pointer les comptes bancaires jusqu’à la fin du mois précédent, ligne par ligne.',
      'Lister les immobilisations achetées ou cédées dans l’année, avec factures.',
      'Préparer la liste des congés payés acquis et non pris par salarié.',
      'Planifier l’inventaire physique des stocks si l’activité en comporte.',
    ]),
    block('quote', {
      style: 'tip',
      text: 'Demandez à votre assistante de tenir, tout au long de l’année, un simple tableau des « sujets de clôture » : un litige, un gros devis signé, une facture contestée. Le jour du bilan, vous n’aurez plus à vous en souvenir.',
    }),
    h3('La semaine de la clôture'),
    ol([
      'Faire l’inventaire des stocks et le faire signer.',
      'Relever les factures reçues après la date mais concernant l’exercice (charges à payer).',
      'Lister les prestations réalisées mais pas encore facturées (factures à établir).',
      'Sauvegarder les relevés bancaires au dernier jour de l’exercice.',
    ]),
    h3('Après la clôture'),
    p(
      'Dans les trois semaines qui suivent, l’assistante transmet le dossier complet à l’expert-comptable, répond à ses questions et suit la liste des points ouverts. Le dirigeant n’intervient que pour les arbitrages. Les comptes annuels doivent être approuvés dans les six mois suivant la clôture ; avec ce rythme, le bilan est généralement disponible bien avant.',
    ),
    block('whitePaperPromo', {
      whitePaper: whitePaper('tresorerie-12-reflexes'),
      title: 'Pour aller plus loin : nos 12 réflexes de trésorerie',
    }),
    h2('Les erreurs qui coûtent cher'),
    ul([
      '**Attendre la fin de l’exercice pour classer** : chaque pièce retrouvée en urgence coûte dix minutes, et il y en a des centaines.',
      '**Oublier les factures non parvenues** : le résultat est faussé et l’impôt aussi.',
      '**Laisser traîner les comptes d’attente** : l’expert-comptable facture le temps passé à les élucider.',
      '**Ne pas conserver la trace des décisions** : une provision sans justification écrite est fragile en cas de contrôle.',
    ]),
    h2('Combien de temps cela prend-il ?'),
    p(
      'Pour une entreprise de dix à vingt salariés avec une tenue régulière des pièces, la préparation représente en général **deux à quatre jours de travail d’assistante** répartis sur deux mois. C’est peu au regard des honoraires économisés et, surtout, du temps que le dirigeant récupère.',
    ),
    p(
      'Si vos pièces ont pris du retard, comptez une mission de rattrapage préalable. Une assistante comptable expérimentée remet à jour plusieurs mois de factures en quelques jours, à condition d’avoir accès aux relevés bancaires et aux boîtes e-mail concernées.',
    ),
  ],
}
