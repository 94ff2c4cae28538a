import type { Motif } from '../illustrations'

export type SceneImage = {
  key: string
  filename: string
  alt: string
  motif: Motif
  variant?: number
}

/** Illustrations (1600×900 JPEG). Freelancer portraits are declared with the freelancers. */
export const sceneImages: SceneImage[] = [
  {
    key: 'organisation',
    motif: 'documents',
    filename: 'vitrine-organisation.jpg',
    alt: 'Illustration abstraite : une pile de documents rangés et une coche corail sur fond sable',
  },
  {
    key: 'externalisation',
    motif: 'people',
    filename: 'vitrine-externalisation.jpg',
    alt: 'Illustration abstraite : trois silhouettes reliées par une ligne pointillée, en bleu canard et corail',
  },
  {
    key: 'budget',
    motif: 'coins',
    filename: 'vitrine-budget.jpg',
    alt: 'Illustration abstraite : des piles de pièces de hauteur croissante et une flèche corail qui monte',
  },
  {
    key: 'cloture',
    motif: 'ledger',
    filename: 'vitrine-cloture-comptable.jpg',
    alt: 'Illustration abstraite : un registre comptable avec des lignes de montants et un total surligné',
  },
  {
    key: 'onboarding',
    motif: 'clock',
    filename: 'vitrine-onboarding-48h.jpg',
    alt: 'Illustration abstraite : une horloge dont un quart de cadran est coloré en orange clair',
  },
  {
    key: 'export',
    motif: 'globe',
    filename: 'vitrine-export.jpg',
    alt: 'Illustration abstraite : un globe bleu canard traversé par une route pointillée corail entre deux colis',
  },
  {
    key: 'medical',
    motif: 'medical',
    filename: 'vitrine-secretariat-medical.jpg',
    alt: 'Illustration abstraite : un porte-documents médical marqué d’une croix corail',
  },
  {
    key: 'rh',
    motif: 'calendar',
    filename: 'vitrine-rh.jpg',
    alt: 'Illustration abstraite : un calendrier mensuel dont une colonne de jours est mise en évidence en corail',
  },
  {
    key: 'tresorerie',
    motif: 'chart',
    filename: 'vitrine-tresorerie.jpg',
    alt: 'Illustration abstraite : un graphique en barres surmonté d’une courbe, la dernière barre en corail',
  },
  {
    key: 'demenagement',
    motif: 'boxes',
    filename: 'vitrine-demenagement.jpg',
    alt: 'Illustration abstraite : trois cartons empilés et une flèche indiquant le départ',
  },
  {
    key: 'outils',
    motif: 'laptop',
    filename: 'vitrine-outils-numeriques.jpg',
    alt: 'Illustration abstraite : un ordinateur portable ouvert sur des fenêtres d’applications',
  },
  {
    key: 'webinar',
    motif: 'webinar',
    filename: 'vitrine-webinaire.jpg',
    alt: 'Illustration abstraite : un écran avec un bouton de lecture corail et une bulle de discussion',
  },
  {
    key: 'home',
    motif: 'network',
    filename: 'vitrine-reseau.jpg',
    alt: 'Illustration abstraite : un réseau de silhouettes reliées entre elles, symbole du réseau de freelances',
  },
  {
    key: 'cover-temps-partage',
    motif: 'book',
    filename: 'vitrine-livre-blanc-temps-partage.jpg',
    alt: 'Couverture du livre blanc sur le temps partagé : un livre corail orné de cercles concentriques',
  },
  {
    key: 'cover-tresorerie',
    motif: 'book',
    variant: 1,
    filename: 'vitrine-livre-blanc-tresorerie.jpg',
    alt: 'Couverture du livre blanc sur la trésorerie : un livre bleu canard orné d’un histogramme',
  },
  {
    key: 'cover-deleguer',
    motif: 'book',
    variant: 2,
    filename: 'vitrine-livre-blanc-deleguer.jpg',
    alt: 'Couverture du livre blanc sur la délégation administrative : un livre bleu nuit marqué d’une coche corail',
  },
]

export const logoImage = {
  key: 'logo',
  filename: 'vitrine-logo.png',
  alt: 'Logo de Vitrine Office Services : un V couleur sable sur un carré bleu canard',
}
