import type {
  CtaBannerBlock,
  QuoteBlock,
  ValuePropsBlock,
  Webinar,
  WebinarPromoBlock,
  WhitePaper,
  WhitePaperPromoBlock,
} from '@vitrine/cms-client'
import { formatDateTime } from './dates'
import { escapeHtml, isExternal, paragraphsHtml, safeHref } from './html'
import { iconSvg } from './icons'
import { paths } from '../seo/publicPaths'
import { isCancelled, isUpcoming, nextWebinar } from '../domain/webinars'

/**
 * The blocks an editor can drop inside rich text (and use as page sections), as semantic HTML.
 * Titles of these asides are not headings (they must not break the article's outline), except
 * value propositions, whose titled list is real content (h2, items h3).
 */

export type BlockContext = {
  /** Published white papers, newest first. */
  whitePapers: Pick<WhitePaper, 'id' | 'title' | 'slug' | 'summary'>[]
  /** Published webinars. */
  webinars: Pick<
    Webinar,
    'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'status' | 'durationMinutes' | 'replayUrl'
  >[]
  /** Build time: what counts as "upcoming". */
  now: Date
  /** Heading level for titled blocks (2 in articles and pages). */
  headingLevel?: 2 | 3
}

const idOf = (ref: unknown): string | undefined =>
  ref == null
    ? undefined
    : typeof ref === 'object'
      ? String((ref as { id?: unknown }).id)
      : String(ref)

const link = (href: string, label: string, className: string) => {
  const safe = safeHref(href)
  const rel = isExternal(safe) ? ' rel="noopener"' : ''
  return `<a class="${className}" href="${escapeHtml(safe)}"${rel}>${label}</a>`
}

export const ctaBannerHtml = (block: Omit<CtaBannerBlock, 'blockType'>): string => {
  const style = block.style === 'light' ? 'light' : 'brand'
  const button = style === 'brand' ? 'button button--light' : 'button button--primary'
  return (
    `<div class="cta-banner cta-banner--${style}">` +
    `<p class="cta-banner__title">${escapeHtml(block.title)}</p>` +
    paragraphsHtml(block.text, 'cta-banner__text') +
    `<p class="cta-banner__action">${link(block.buttonUrl || paths.diagnostic, escapeHtml(block.buttonLabel), button)}</p>` +
    `</div>`
  )
}

export const valuePropsHtml = (
  block: Omit<ValuePropsBlock, 'blockType'>,
  headingLevel: 2 | 3 = 2,
): string => {
  const titled = !!block.title
  const itemTag = titled ? `h${headingLevel + 1}` : 'p'
  const items = (block.items ?? [])
    .map(
      (item) =>
        `<li class="value-prop"><span class="value-prop__icon">${iconSvg(item.icon)}</span>` +
        `<${itemTag} class="value-prop__title">${escapeHtml(item.title)}</${itemTag}>` +
        `${paragraphsHtml(item.text, 'value-prop__text')}</li>`,
    )
    .join('')
  return (
    `<div class="value-props">` +
    (titled
      ? `<h${headingLevel} class="value-props__title">${escapeHtml(block.title)}</h${headingLevel}>`
      : '') +
    `<ul class="value-props__list" role="list">${items}</ul></div>`
  )
}

/** The white paper a promo points at: the chosen one if published, else the latest. */
export const resolveWhitePaper = (
  block: Pick<WhitePaperPromoBlock, 'whitePaper'>,
  ctx: Pick<BlockContext, 'whitePapers'>,
) => {
  const wanted = idOf(block.whitePaper)
  return (wanted && ctx.whitePapers.find((wp) => String(wp.id) === wanted)) || ctx.whitePapers[0]
}

export const whitePaperPromoHtml = (
  block: Omit<WhitePaperPromoBlock, 'blockType'>,
  ctx: BlockContext,
): string => {
  const wp = resolveWhitePaper(block, ctx)
  if (!wp?.slug) return ''
  const heading = block.title || wp.title
  return (
    `<div class="promo promo--whitepaper">` +
    `<p class="promo__eyebrow">${iconSvg('download', 20)} Livre blanc gratuit</p>` +
    `<p class="promo__title">${escapeHtml(heading)}</p>` +
    (block.title ? `<p class="promo__subtitle">${escapeHtml(wp.title)}</p>` : '') +
    paragraphsHtml(wp.summary, 'promo__text') +
    `<p class="promo__action">${link(
      paths.whitePaper(wp.slug),
      `Je le télécharge<span class="visually-hidden"> : ${escapeHtml(wp.title)}</span>`,
      'button button--primary',
    )}</p></div>`
  )
}

/** The webinar a promo points at: the chosen one if published, else the next open session. */
export const resolveWebinar = (
  block: Pick<WebinarPromoBlock, 'webinar'>,
  ctx: Pick<BlockContext, 'webinars' | 'now'>,
) => {
  const wanted = idOf(block.webinar)
  const chosen = wanted ? ctx.webinars.find((w) => String(w.id) === wanted) : undefined
  return chosen ?? nextWebinar(ctx.webinars, ctx.now)
}

export const webinarPromoHtml = (
  block: Omit<WebinarPromoBlock, 'blockType'>,
  ctx: BlockContext,
): string => {
  const webinar = resolveWebinar(block, ctx)
  const eyebrow = (text: string) =>
    `<p class="promo__eyebrow">${iconSvg('calendar', 20)} ${text}</p>`
  if (!webinar?.slug) {
    return (
      `<div class="promo promo--webinar">${eyebrow('Webinaires')}` +
      `<p class="promo__title">${escapeHtml(block.title || 'Nos webinaires et leurs replays')}</p>` +
      `<p class="promo__action">${link(paths.webinars, 'Voir les webinaires', 'button button--light')}</p></div>`
    )
  }
  const href = paths.webinar(webinar.slug)
  const title = escapeHtml(webinar.title)
  let state: string
  let action: string
  if (isCancelled(webinar)) {
    state = eyebrow('Session annulée')
    action = link(paths.webinars, 'Voir les prochaines sessions', 'button button--light')
  } else if (isUpcoming(webinar, ctx.now)) {
    state = eyebrow(`En direct le ${escapeHtml(formatDateTime(webinar.startsAt))}`)
    action = link(
      href,
      `Je m’inscris<span class="visually-hidden"> : ${title}</span>`,
      'button button--light',
    )
  } else {
    state = eyebrow(webinar.replayUrl ? 'Replay disponible' : 'Session passée')
    action = link(
      href,
      `Voir le replay<span class="visually-hidden"> : ${title}</span>`,
      'button button--light',
    )
  }
  return (
    `<div class="promo promo--webinar">${state}` +
    (block.title ? `<p class="promo__subtitle">${escapeHtml(block.title)}</p>` : '') +
    `<p class="promo__title">${title}</p>` +
    paragraphsHtml(webinar.summary, 'promo__text') +
    `<p class="promo__action">${action}</p></div>`
  )
}

export const quoteHtml = (block: Omit<QuoteBlock, 'blockType'>): string => {
  if (block.style === 'tip' || block.style === 'warning') {
    const label = block.style === 'tip' ? 'Bon à savoir' : 'Attention'
    const icon = block.style === 'tip' ? 'info' : 'alert'
    return (
      `<div class="callout callout--${block.style}" role="note">` +
      `<p class="callout__label">${iconSvg(icon, 20)} ${label}</p>${paragraphsHtml(block.text)}</div>`
    )
  }
  const who = [block.author, block.role].filter(Boolean).map(escapeHtml)
  return (
    `<figure class="quote"><blockquote>${paragraphsHtml(block.text)}</blockquote>` +
    (who.length
      ? `<figcaption>${who.map((w, i) => (i === 0 ? `<cite>${w}</cite>` : w)).join(', ')}</figcaption>`
      : '') +
    `</figure>`
  )
}

/** Any inline block by its `blockType`; unknown types render nothing (and are logged). */
export const inlineBlockHtml = (
  block: { blockType: string } & Record<string, unknown>,
  ctx: BlockContext,
): string => {
  switch (block.blockType) {
    case 'ctaBanner':
      return ctaBannerHtml(block as unknown as CtaBannerBlock)
    case 'valueProps':
      return valuePropsHtml(block as unknown as ValuePropsBlock, ctx.headingLevel ?? 2)
    case 'whitePaperPromo':
      return whitePaperPromoHtml(block as unknown as WhitePaperPromoBlock, ctx)
    case 'webinarPromo':
      return webinarPromoHtml(block as unknown as WebinarPromoBlock, ctx)
    case 'quote':
      return quoteHtml(block as unknown as QuoteBlock)
    default:
      console.warn(`richtext: no renderer for block type "${block.blockType}", skipped`)
      return ''
  }
}
