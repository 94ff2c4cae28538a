import type { Article, Freelancer, SiteSetting, Webinar } from '@vitrine/cms-client'
import { parisIso } from '../render/dates'
import { endsAt } from '../domain/webinars'

/**
 * schema.org JSON-LD builders. Pure: every URL they need is passed in absolute form.
 * `serializeJsonLd` makes the result safe inside a <script type="application/ld+json">.
 */

type Thing = Record<string, unknown>
const CONTEXT = 'https://schema.org'

export const organizationId = (siteUrl: string) => `${siteUrl}/#organization`

export const organization = (
  settings: Pick<SiteSetting, 'siteName' | 'tagline' | 'contact' | 'legal'>,
  { siteUrl, logoUrl }: { siteUrl: string; logoUrl?: string },
): Thing => {
  const contact = settings.contact ?? {}
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': organizationId(siteUrl),
    name: settings.siteName,
    ...(settings.legal?.companyName ? { legalName: settings.legal.companyName } : {}),
    ...(settings.tagline ? { description: settings.tagline } : {}),
    url: `${siteUrl}/`,
    ...(logoUrl ? { logo: logoUrl } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { telephone: contact.phone } : {}),
    ...(contact.address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: contact.address.replace(/\n/g, ', '),
            addressCountry: 'FR',
          },
        }
      : {}),
    ...(settings.legal?.siren
      ? {
          identifier: {
            '@type': 'PropertyValue',
            propertyID: 'SIREN',
            value: settings.legal.siren,
          },
        }
      : {}),
  }
}

export const webSite = ({ siteUrl, name }: { siteUrl: string; name: string }): Thing => ({
  '@context': CONTEXT,
  '@type': 'WebSite',
  '@id': `${siteUrl}/#website`,
  url: `${siteUrl}/`,
  name,
  inLanguage: 'fr-FR',
  publisher: { '@id': organizationId(siteUrl) },
  potentialAction: {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl}/recherche/?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  },
})

export const blogPosting = (
  article: Pick<
    Article,
    'title' | 'excerpt' | 'publishedAt' | 'updatedAt' | 'author' | 'tags' | 'readingTime'
  >,
  {
    url,
    siteUrl,
    imageUrl,
    section,
  }: { url: string; siteUrl: string; imageUrl?: string; section?: string },
): Thing => ({
  '@context': CONTEXT,
  '@type': 'BlogPosting',
  '@id': `${url}#article`,
  headline: article.title,
  description: article.excerpt,
  url,
  mainEntityOfPage: url,
  inLanguage: 'fr-FR',
  ...(article.publishedAt ? { datePublished: parisIso(article.publishedAt) } : {}),
  dateModified: parisIso(article.updatedAt),
  author: article.author?.name
    ? {
        '@type': 'Person',
        name: article.author.name,
        ...(article.author.jobTitle ? { jobTitle: article.author.jobTitle } : {}),
      }
    : { '@id': organizationId(siteUrl) },
  publisher: { '@id': organizationId(siteUrl) },
  ...(imageUrl ? { image: imageUrl } : {}),
  ...(section ? { articleSection: section } : {}),
  ...(article.tags?.length ? { keywords: article.tags.join(', ') } : {}),
  ...(article.readingTime ? { timeRequired: `PT${article.readingTime}M` } : {}),
})

export const event = (
  webinar: Pick<
    Webinar,
    'title' | 'summary' | 'startsAt' | 'durationMinutes' | 'status' | 'speakers' | 'capacity'
  >,
  { url, siteUrl, imageUrl }: { url: string; siteUrl: string; imageUrl?: string },
): Thing => ({
  '@context': CONTEXT,
  '@type': 'Event',
  '@id': `${url}#event`,
  name: webinar.title,
  description: webinar.summary,
  url,
  inLanguage: 'fr-FR',
  startDate: parisIso(webinar.startsAt),
  endDate: parisIso(endsAt(webinar)),
  eventStatus:
    webinar.status === 'cancelled'
      ? 'https://schema.org/EventCancelled'
      : 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url },
  organizer: { '@id': organizationId(siteUrl) },
  ...(webinar.speakers?.length
    ? {
        performer: webinar.speakers.map((s) => ({
          '@type': 'Person',
          name: s.name,
          ...(s.role ? { jobTitle: s.role } : {}),
        })),
      }
    : {}),
  offers: {
    '@type': 'Offer',
    price: 0,
    priceCurrency: 'EUR',
    url,
    availability:
      webinar.status === 'cancelled' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
  },
  ...(webinar.capacity ? { maximumAttendeeCapacity: webinar.capacity } : {}),
  ...(imageUrl ? { image: imageUrl } : {}),
})

export const person = (
  freelancer: Pick<Freelancer, 'displayName' | 'firstName' | 'story'>,
  {
    url,
    siteUrl,
    imageUrl,
    jobTitle,
    skills = [],
    region,
  }: {
    url: string
    siteUrl: string
    imageUrl?: string
    jobTitle?: string
    skills?: string[]
    region?: string
  },
): Thing => ({
  '@context': CONTEXT,
  '@type': 'Person',
  '@id': `${url}#person`,
  name: freelancer.displayName || freelancer.firstName,
  url,
  description: freelancer.story,
  ...(jobTitle ? { jobTitle } : {}),
  ...(imageUrl ? { image: imageUrl } : {}),
  ...(skills.length ? { knowsAbout: skills } : {}),
  ...(region
    ? {
        workLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressRegion: region, addressCountry: 'FR' },
        },
      }
    : {}),
  memberOf: { '@id': organizationId(siteUrl) },
})

export type Crumb = { name: string; path: string }

export const breadcrumbList = (crumbs: Crumb[], siteUrl: string): Thing => ({
  '@context': CONTEXT,
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: crumb.name,
    item: /^https?:/.test(crumb.path) ? crumb.path : `${siteUrl}${crumb.path}`,
  })),
})

export const faqPage = (items: { question: string; answer: string }[]): Thing => ({
  '@context': CONTEXT,
  '@type': 'FAQPage',
  mainEntity: items.map((item) => ({
    '@type': 'Question',
    name: item.question,
    acceptedAnswer: { '@type': 'Answer', text: item.answer },
  })),
})

/** JSON for a <script type="application/ld+json">: `<`, `>` and `&` escaped so no tag can close it. */
export const serializeJsonLd = (data: Thing | Thing[]): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
