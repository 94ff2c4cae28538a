import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'administration-rh-tpe-calendrier-des-obligations',
  title: 'Administration RH en TPE : le calendrier des obligations à ne pas rater',
  excerpt:
    'DPAE, registre du personnel, DSN, visite d’information, document unique, entretiens : une TPE a les mêmes obligations qu’une grande entreprise, sans service RH. Le calendrier pour n’en oublier aucune.',
  category: 'rh',
  tags: ['RH', 'TPE', 'obligations', 'DSN', 'embauche'],
  author: authors.camille,
  image: 'rh',
  daysAgo: 134,
  body: ({ whitePaper }) => [
    ...paragraphs(`
      Dès le premier salarié, une entreprise entre dans un ensemble d’obligations sociales qui ne dépendent pas de sa taille : déclarer, tenir des registres, organiser le suivi médical, évaluer les risques, informer. Dans une TPE, ces sujets reposent souvent sur le dirigeant, entre deux rendez-vous clients. Rien d’étonnant à ce qu’une échéance passe parfois à la trappe.

      Voici, classées par moment, les principales obligations d’administration du personnel. Cette liste ne remplace ni votre expert-comptable, ni votre convention collective, qui peut ajouter ses propres règles ; elle sert à savoir quoi vérifier et quand.
    `),
    h2('À chaque embauche'),
    ul([
      '**La déclaration préalable à l’embauche (DPAE)**, à effectuer auprès de l’Urssaf au plus tôt huit jours avant et au plus tard au moment de la prise de poste.',
      '**Le contrat de travail écrit**, obligatoire pour un CDD ou un temps partiel, vivement recommandé pour un CDI.',
      '**L’inscription au registre unique du personnel**, dès le premier salarié, dans l’ordre des embauches.',
      '**L’affiliation à la mutuelle et à la prévoyance** prévues par l’entreprise ou la branche.',
      '**La visite d’information et de prévention**, à organiser avec le service de prévention et de santé au travail dans les trois mois suivant la prise de poste.',
    ]),
    block('quote', {
      style: 'warning',
      text: 'L’absence de DPAE est sanctionnée comme du travail dissimulé, même pour une embauche de quelques jours. C’est la première démarche à faire, avant même la signature du contrat.',
    }),
    h2('Chaque mois'),
    h3('La paie et la DSN'),
    p(
      'La déclaration sociale nominative transmet chaque mois les données de paie aux organismes sociaux. Elle est due le 5 ou le 15 du mois suivant selon l’effectif et le calendrier de versement des salaires. En amont, quelqu’un doit rassembler les **éléments variables** : heures supplémentaires, absences, primes, arrêts de travail, entrées et sorties.',
    ),
    h3('Le suivi des absences'),
    p(
      'Arrêts maladie à déclarer, attestations de salaire à transmettre, congés à décompter : une simple feuille de suivi partagée évite les erreurs de paie et les mauvaises surprises en fin d’année.',
    ),
    h2('Chaque année'),
    ul([
      '**Le document unique d’évaluation des risques professionnels (DUERP)** : obligatoire dès le premier salarié, il doit être mis à jour au moins une fois par an dans les entreprises d’au moins onze salariés, et à chaque changement important des conditions de travail.',
      '**Les entretiens annuels**, s’ils sont prévus dans l’entreprise, et les **entretiens professionnels** consacrés aux perspectives d’évolution, selon la périodicité fixée par le Code du travail.',
      '**La vérification des affichages obligatoires** : coordonnées de l’inspection du travail et de la médecine du travail, horaires, consignes de sécurité, textes sur l’égalité et le harcèlement.',
      '**Le plan de formation** et la déclaration des actions réalisées.',
    ]),
    h2('Quand l’effectif franchit un seuil'),
    p(
      'Les seuils d’effectif déclenchent de nouvelles obligations. Le plus connu pour les petites entreprises : lorsque l’effectif atteint **onze salariés pendant douze mois consécutifs**, l’employeur doit organiser l’élection d’un comité social et économique. Anticiper ce passage évite de découvrir l’obligation au détour d’un contrôle ou d’un litige.',
    ),
    block('whitePaperPromo', {
      whitePaper: whitePaper('deleguer-l-administratif-sans-perdre-la-main'),
      title: 'Déléguer l’administratif RH sans perdre la main : notre guide',
    }),
    h2('Comment ne plus rien oublier'),
    ul([
      'Tenez un calendrier unique des échéances sociales, partagé avec votre expert-comptable.',
      'Créez un dossier numérique par salarié, avec une structure identique pour tous : contrat, avenants, visites médicales, entretiens, formations.',
      'Confiez la collecte des éléments variables de paie à une seule personne, avec une date limite fixe chaque mois.',
      'Faites relire vos modèles de contrat et vos affichages une fois par an.',
    ]),
    p(
      'Une assistante RH en temps partagé peut prendre en charge l’essentiel de ce suivi en quelques heures par mois : préparer les DPAE, tenir les registres, rassembler les variables de paie, relancer les visites médicales et tenir le calendrier. Le dirigeant garde les décisions ; il n’a plus à se souvenir de tout.',
    ),
  ],
}
