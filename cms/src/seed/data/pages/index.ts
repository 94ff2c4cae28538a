import type { PageSeed } from '../../types'
import { page as aPropos } from './a-propos'
import { page as accueil } from './accueil'
import { page as contact } from './contact'
import { page as diagnostic } from './diagnostic-gratuit'
import { page as mentions } from './mentions-legales'
import { page as confidentialite } from './politique-de-confidentialite'
import { page as rejoindre } from './rejoindre-le-reseau'
import { page as services } from './services'

export const pages: PageSeed[] = [
  accueil,
  services,
  aPropos,
  rejoindre,
  diagnostic,
  contact,
  mentions,
  confidentialite,
]
