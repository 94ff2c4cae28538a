import type { WhitePaperSeed } from '../../types'
import { whitePaper as deleguer } from './deleguer-l-administratif-sans-perdre-la-main'
import { whitePaper as tempsPartage } from './guide-du-temps-partage'
import { whitePaper as tresorerie } from './tresorerie-12-reflexes'

export const whitePapers: WhitePaperSeed[] = [tempsPartage, tresorerie, deleguer]
