/** Options shared by freelancer profiles and the application form. */
export const freelancerRoles = [
  { value: 'office-manager', label: 'Office manager' },
  { value: 'assistant-direction', label: 'Assistant·e de direction' },
  { value: 'assistant-commercial-export', label: 'Assistant·e commercial·e export' },
  { value: 'assistant-comptable', label: 'Assistant·e comptable' },
  { value: 'assistant-rh', label: 'Assistant·e RH' },
  { value: 'secretaire-medicale', label: 'Secrétaire médical·e' },
]

export const freelancerSpecialties = [
  { value: 'gestion-administrative', label: 'Gestion administrative' },
  { value: 'comptabilite', label: 'Comptabilité' },
  { value: 'rh', label: 'Ressources humaines' },
  { value: 'juridique', label: 'Juridique' },
  { value: 'commercial', label: 'Commercial & ADV' },
  { value: 'export', label: 'Export & international' },
  { value: 'organisation', label: 'Organisation & services généraux' },
  { value: 'medical', label: 'Secrétariat médical' },
]

export const freelancerRegions = [
  { value: 'auvergne-rhone-alpes', label: 'Auvergne-Rhône-Alpes' },
  { value: 'ile-de-france', label: 'Île-de-France' },
  { value: 'nouvelle-aquitaine', label: 'Nouvelle-Aquitaine' },
  { value: 'occitanie', label: 'Occitanie' },
  { value: 'provence-alpes-cote-d-azur', label: 'Provence-Alpes-Côte d’Azur' },
  { value: 'hauts-de-france', label: 'Hauts-de-France' },
  { value: 'grand-est', label: 'Grand Est' },
  { value: 'pays-de-la-loire', label: 'Pays de la Loire' },
  { value: 'bretagne', label: 'Bretagne' },
  { value: 'a-distance', label: 'À distance (toute la France)' },
]
