// Word banks of the synthetic content: French, about running a small office.

export const extraCategories = [
  {
    slug: 'juridique',
    title: 'Juridique',
    description:
      'Contrats, registres, assemblées : le juridique courant d’une petite société, sans jargon.',
  },
  {
    slug: 'achats',
    title: 'Achats & fournisseurs',
    description:
      'Négocier, comparer, suivre les commandes et les factures fournisseurs sans y passer ses soirées.',
  },
  {
    slug: 'locaux',
    title: 'Locaux & services généraux',
    description:
      'Baux, déménagements, entretien, sécurité : tenir des bureaux où l’on travaille bien.',
  },
  {
    slug: 'numerique',
    title: 'Outils numériques',
    description: 'Logiciels, sauvegardes, mots de passe et automatisations à la mesure d’une TPE.',
  },
]

export const syntheticAuthors = [
  { name: 'Camille Ferrand', jobTitle: 'Présidente et cofondatrice' },
  { name: 'Julien Marchetti', jobTitle: 'Responsable du réseau de freelances' },
  { name: 'Sophie Lambert', jobTitle: 'Conseillère en organisation' },
  { name: 'Nadia Benali', jobTitle: 'Consultante finance et trésorerie' },
  { name: 'Thomas Girard', jobTitle: 'Référent commercial et export' },
  { name: 'Élodie Roux', jobTitle: 'Responsable des contenus' },
  { name: 'Hugo Perrin', jobTitle: 'Juriste d’entreprise' },
  { name: 'Léa Fontaine', jobTitle: 'Assistante de direction freelance' },
]

export const actions = [
  'Organiser',
  'Déléguer',
  'Simplifier',
  'Anticiper',
  'Sécuriser',
  'Automatiser',
  'Préparer',
  'Suivre',
  'Piloter',
  'Réduire',
  'Documenter',
  'Reprendre en main',
]
export const objects = [
  'la facturation',
  'les notes de frais',
  'le planning de l’équipe',
  'les relances clients',
  'la paie',
  'le classement',
  'les achats',
  'les contrats fournisseurs',
  'l’accueil téléphonique',
  'les expéditions',
  'la trésorerie',
  'les congés',
  'le courrier entrant',
  'les devis',
  'les rendez-vous patients',
  'la clôture annuelle',
  'les registres obligatoires',
  'l’onboarding des salariés',
]
export const angles = [
  'la méthode en cinq étapes',
  'ce qui change cette année',
  'les erreurs à éviter',
  'le guide des TPE',
  'la check-list complète',
  'un retour d’expérience',
  'combien de temps y consacrer',
  'avec une assistante freelance',
  'sans logiciel coûteux',
  'les bons réflexes',
]
export const subjects = [
  'Une assistante freelance',
  'Le dirigeant',
  'L’expert-comptable',
  'Une TPE de dix salariés',
  'L’équipe commerciale',
  'Le cabinet',
  'Une office manager à temps partagé',
  'La gérante',
  'Le service client',
  'Une PME industrielle',
]
export const verbs = [
  'gagne du temps en',
  'évite les oublis en',
  'sécurise sa trésorerie en',
  'garde la main en',
  'rassure ses clients en',
  'réduit les retards en',
  'prépare l’avenir en',
  'simplifie le quotidien en',
]
export const complements = [
  'centralisant les justificatifs',
  'fixant une routine hebdomadaire',
  'documentant chaque procédure',
  'partageant un agenda commun',
  'confiant les relances à une seule personne',
  'classant les documents dès leur arrivée',
  'choisissant un outil par usage',
  'préparant un tableau de bord mensuel',
  'revoyant ses priorités chaque lundi',
]
export const endings = [
  ' chaque semaine.',
  ' dès le premier mois.',
  '.',
  ' sans alourdir le quotidien.',
  ', et tout le monde s’y retrouve.',
  ' avant la fin du trimestre.',
]
export const tags = [
  'tpe',
  'pme',
  'freelance',
  'organisation',
  'méthode',
  'trésorerie',
  'rh',
  'outils',
  'export',
]
export const links = [
  '/contact/',
  '/diagnostic-gratuit/',
  '/freelances/',
  '/livres-blancs/',
  '/webinaires/',
  '/blog/',
]
