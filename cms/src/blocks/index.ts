import { CardGrid } from './CardGrid'
import { CtaBanner } from './CtaBanner'
import { Faq } from './Faq'
import { Hero } from './Hero'
import { LeadFormSlot } from './LeadFormSlot'
import { Quote } from './Quote'
import { RichContent } from './RichContent'
import { ValueProps } from './ValueProps'
import { WebinarPromo } from './WebinarPromo'
import { WhitePaperPromo } from './WhitePaperPromo'

/** Blocks an editor can drop inside rich text (articles, landing pages). */
export const inlineBlocks = [CtaBanner, ValueProps, WhitePaperPromo, WebinarPromo, Quote]

/** Blocks a page is built from: the inline library plus page-level sections. */
export const pageBlocks = [Hero, RichContent, CardGrid, Faq, LeadFormSlot, ...inlineBlocks]
