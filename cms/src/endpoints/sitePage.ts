import { siteUrl } from '../lib/urls'
import { htmlPage } from './htmlPage'

/** A French answer page with one way on: the site's home page (links, confirmations). */
export const sitePage = (status: number, title: string, intro: string) =>
  htmlPage({
    status,
    title,
    intro,
    links: [{ href: `${siteUrl}/`, label: 'Aller à l’accueil du site' }],
    headers: { 'Cache-Control': 'no-store' },
  })
