import type { ArticleSeed } from '../../types'
import { article as accueilSalarie } from './accueillir-un-nouveau-salarie-en-tpe-check-list'
import { article as adminRh } from './administration-rh-tpe-calendrier-des-obligations'
import { article as advExport } from './adv-export-securiser-ses-expeditions-hors-ue'
import { article as agendaMedical } from './agenda-medical-reduire-les-rendez-vous-non-honores'
import { article as coutAssistante } from './assistante-temps-partiel-ou-freelance-temps-partage-le-vrai-calcul'
import { article as demenagement } from './demenager-ses-bureaux-sans-arreter-l-activite'
import { article as secretariatMedical } from './externaliser-le-secretariat-d-un-cabinet-medical'
import { article as onboarding48h } from './integrer-une-assistante-freelance-en-48-heures'
import { article as notesDeFrais } from './notes-de-frais-dematerialiser-sans-perdre-le-controle'
import { article as officeManager } from './office-manager-missions-competences-remuneration'
import { article as outils } from './outils-numeriques-petit-bureau'
import { article as planTresorerie } from './plan-de-tresorerie-13-semaines'
import { article as portage } from './portage-salarial-freelance-ou-interim-que-choisir'
import { article as salonExport } from './preparer-un-salon-professionnel-a-l-etranger'
import { article as cloture } from './preparer-cloture-comptable-avec-une-assistante'
import { article as relances } from './relances-clients-routine-hebdomadaire-tresorerie'

/** Oldest first; one of them (`draft: true`) is never published. */
export const articles: ArticleSeed[] = [
  officeManager,
  coutAssistante,
  cloture,
  onboarding48h,
  advExport,
  secretariatMedical,
  adminRh,
  relances,
  portage,
  demenagement,
  outils,
  accueilSalarie,
  planTresorerie,
  salonExport,
  agendaMedical,
  notesDeFrais,
]
