import type { FreelancerSeed } from '../types'

/**
 * Network profiles. Everyone consents to publication except Agnès V., whose profile must stay
 * invisible to the public (consent withdrawn).
 */
export const freelancers: FreelancerSeed[] = [
  {
    slug: 'mathilde-r-office-manager',
    firstName: 'Mathilde',
    lastInitial: 'R',
    role: 'office-manager',
    specialties: ['gestion-administrative', 'comptabilite', 'organisation'],
    region: 'auvergne-rhone-alpes',
    cities: 'Lyon, Villeurbanne, Caluire-et-Cuire',
    joined: '2022-03',
    story:
      'Après douze ans comme assistante de direction dans un groupe de distribution, Mathilde a choisi l’indépendance pour retrouver la variété des petites structures. Elle accompagne aujourd’hui trois entreprises lyonnaises, un bureau d’études, une agence de communication et un négoce de vins, où elle tient la pré-comptabilité, les contrats et l’organisation des locaux. Sa spécialité : remettre de l’ordre là où tout s’est accumulé, puis écrire les procédures pour que cela dure.',
    quote:
      'J’aime arriver dans une entreprise où tout est à plat, et la quitter le soir en sachant que le dirigeant dormira mieux.',
    publicationConsent: true,
    consentDate: '2022-03-14',
  },
  {
    slug: 'karim-b-assistant-commercial-export',
    firstName: 'Karim',
    lastInitial: 'B',
    role: 'assistant-commercial-export',
    specialties: ['commercial-export', 'gestion-administrative'],
    region: 'auvergne-rhone-alpes',
    cities: 'Lyon, Vienne, Villefranche-sur-Saône',
    joined: '2021-10',
    story:
      'Trilingue français, anglais et arabe, Karim a passé huit ans dans l’administration des ventes d’un fabricant d’équipements industriels exportant vers l’Afrique du Nord et le Moyen-Orient. En freelance, il prend en charge l’ADV export de PME qui n’ont pas de service dédié : devis, documents douaniers, suivi des transporteurs et relances clients. Il intervient surtout à distance, et se déplace pour les démarrages et les salons.',
    quote:
      'Un dossier d’export bien préparé, c’est un client qui reçoit sa marchandise à temps et qui recommande.',
    publicationConsent: true,
    consentDate: '2021-10-05',
  },
  {
    slug: 'sandrine-l-assistante-comptable',
    firstName: 'Sandrine',
    lastInitial: 'L',
    role: 'assistant-comptable',
    specialties: ['comptabilite', 'gestion-administrative'],
    region: 'auvergne-rhone-alpes',
    cities: 'Grenoble, Voiron',
    joined: '2023-01',
    story:
      'Sandrine a travaillé dix ans en cabinet d’expertise comptable avant de s’installer à son compte. Elle connaît donc les attentes des experts-comptables et prépare pour ses clients des dossiers de clôture irréprochables. Saisie, rapprochements, relances, notes de frais : elle intervient une à deux demi-journées par semaine dans chacune des entreprises qu’elle suit.',
    quote:
      'Mon objectif, c’est que l’expert-comptable n’ait plus aucune question à poser au dirigeant.',
    publicationConsent: true,
    consentDate: '2023-01-20',
  },
  {
    slug: 'pauline-d-secretaire-medicale',
    firstName: 'Pauline',
    lastInitial: 'D',
    role: 'secretaire-medical',
    specialties: ['secretariat-medical', 'gestion-administrative'],
    region: 'auvergne-rhone-alpes',
    cities: 'Saint-Étienne, Firminy',
    joined: '2023-06',
    story:
      'Secrétaire médicale diplômée, Pauline a travaillé en clinique puis dans une maison de santé pluriprofessionnelle. Elle gère aujourd’hui à distance l’agenda et les courriers de plusieurs praticiens libéraux, et assure deux matinées d’accueil par semaine dans un cabinet de groupe. Elle est particulièrement attentive à la confidentialité et à la qualité de l’accueil téléphonique.',
    quote:
      'Un patient bien accueilli au téléphone arrive plus serein en consultation. C’est aussi ça, le soin.',
    publicationConsent: true,
    consentDate: '2023-06-02',
  },
  {
    slug: 'helene-m-assistant-direction',
    firstName: 'Hélène',
    lastInitial: 'M',
    role: 'assistant-direction',
    specialties: ['gestion-administrative', 'juridique', 'organisation'],
    region: 'ile-de-france',
    cities: 'Paris, Boulogne-Billancourt',
    joined: '2020-09',
    story:
      'Hélène a été pendant quinze ans l’assistante du président d’une société de conseil. Elle accompagne aujourd’hui des dirigeants de PME parisiennes : gestion d’agenda, préparation des conseils d’administration et assemblées, suivi juridique courant, organisation des déplacements. Membre du réseau depuis ses débuts, elle forme aussi les nouvelles assistantes de direction qui le rejoignent.',
    quote:
      'Un dirigeant bien secondé prend de meilleures décisions, parce qu’il a enfin le temps de réfléchir.',
    publicationConsent: true,
    consentDate: '2020-09-28',
  },
  {
    slug: 'yasmine-k-assistant-rh',
    firstName: 'Yasmine',
    lastInitial: 'K',
    role: 'assistant-rh',
    specialties: ['rh', 'gestion-administrative', 'juridique'],
    region: 'nouvelle-aquitaine',
    cities: 'Bordeaux, Mérignac',
    joined: '2022-11',
    story:
      'Titulaire d’un master en ressources humaines, Yasmine a été gestionnaire de paie puis assistante RH dans un groupe de restauration. En freelance, elle prend en charge l’administration du personnel de petites entreprises sans service RH : embauches, registres, variables de paie, visites médicales, entretiens et affichages obligatoires.',
    quote:
      'Dans une TPE, l’administration RH ne se voit que lorsqu’elle est mal faite. Je m’assure qu’on ne la remarque jamais.',
    publicationConsent: true,
    consentDate: '2022-11-09',
  },
  {
    slug: 'olivier-t-office-manager',
    firstName: 'Olivier',
    lastInitial: 'T',
    role: 'office-manager',
    specialties: ['organisation', 'gestion-administrative', 'rh'],
    region: 'pays-de-la-loire',
    cities: 'Nantes, Saint-Herblain',
    joined: '2021-04',
    story:
      'Ancien responsable des services généraux d’une école de commerce, Olivier s’est spécialisé dans l’organisation des petites entreprises en croissance : aménagement et déménagement de bureaux, choix des outils, accueil des nouveaux salariés. Il intervient deux jours par semaine chez ses clients nantais et pilote ponctuellement des projets de changement de locaux.',
    quote:
      'Un bureau bien organisé, c’est un bureau où chacun sait à qui demander, et où la réponse arrive vite.',
    publicationConsent: true,
    consentDate: '2021-04-16',
  },
  {
    slug: 'celine-g-assistante-comptable',
    firstName: 'Céline',
    lastInitial: 'G',
    role: 'assistant-comptable',
    specialties: ['comptabilite', 'commercial-export'],
    region: 'occitanie',
    cities: 'Toulouse, Blagnac',
    joined: '2024-02',
    story:
      'Céline a débuté en comptabilité fournisseurs dans l’aéronautique avant de rejoindre une start-up toulousaine comme responsable administrative. Elle aime particulièrement le suivi du poste clients : facturation, relances, lettrage, tableaux de bord de trésorerie. Elle a animé plusieurs lives du jeudi consacrés aux relances clients.',
    quote: 'Relancer, ce n’est pas réclamer : c’est aider le client à payer à temps.',
    publicationConsent: true,
    consentDate: '2024-02-12',
  },
  {
    slug: 'marion-f-assistant-commercial-export',
    firstName: 'Marion',
    lastInitial: 'F',
    role: 'assistant-commercial-export',
    specialties: ['commercial-export'],
    region: 'a-distance',
    cities: 'À distance, déplacements ponctuels',
    joined: '2023-09',
    story:
      'Bilingue français-allemand, Marion a travaillé six ans pour une chambre de commerce franco-allemande, où elle organisait la participation d’entreprises françaises à des salons professionnels. En freelance, elle prépare les salons de ses clients, prend les rendez-vous en amont et assure le suivi des contacts jusqu’à la commande.',
    quote:
      'Un salon se gagne avant l’ouverture et se transforme dans les quinze jours qui suivent.',
    publicationConsent: true,
    consentDate: '2023-09-07',
  },
  {
    slug: 'laurent-p-assistant-direction',
    firstName: 'Laurent',
    lastInitial: 'P',
    role: 'assistant-direction',
    specialties: ['gestion-administrative', 'organisation', 'comptabilite'],
    region: 'hauts-de-france',
    cities: 'Lille, Roubaix, Villeneuve-d’Ascq',
    joined: '2024-05',
    story:
      'Après une carrière d’assistant de direction dans l’industrie textile, Laurent a créé son activité pour accompagner des dirigeants de PME du Nord. Il gère leur agenda, prépare les réunions et les comités, suit les dossiers administratifs et les relations avec les partenaires financiers. Son atout : une grande aisance avec les tableurs et les tableaux de bord.',
    quote: 'Mon meilleur compliment : « Je ne sais pas comment on faisait avant. »',
    publicationConsent: true,
    consentDate: '2024-05-21',
  },
  {
    slug: 'agnes-v-secretaire-medicale',
    firstName: 'Agnès',
    lastInitial: 'V',
    role: 'secretaire-medical',
    specialties: ['secretariat-medical'],
    region: 'auvergne-rhone-alpes',
    cities: 'Annecy',
    joined: '2022-06',
    story:
      'Secrétaire médicale depuis vingt ans, Agnès accompagne des cabinets de kinésithérapie et de médecine générale en Haute-Savoie, principalement à distance.',
    quote: 'La confidentialité n’est pas une option.',
    publicationConsent: false,
  },
]

export const initialsOf = (f: Pick<FreelancerSeed, 'firstName' | 'lastInitial'>) =>
  `${f.firstName.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0] ?? ''}${f.lastInitial}`.toUpperCase()
