import { describe, expect, it } from 'vitest'
import { formatDateTime, parisIso, parisOffset } from '../render/dates'
import {
  blogPosting,
  breadcrumbList,
  event,
  faqPage,
  organization,
  person,
  serializeJsonLd,
  webSite,
} from './jsonld'

const siteUrl = 'https://www.vitrine.test'
const roundTrip = (value: Record<string, unknown>) => JSON.parse(serializeJsonLd(value))

describe('Paris dates', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(parisIso('2026-12-03T11:30:00.000Z')).toBe('2026-12-03T12:30:00+01:00')
    expect(parisIso('2026-07-02T10:30:00.000Z')).toBe('2026-07-02T12:30:00+02:00')
    expect(parisOffset('2026-03-29T00:59:00Z')).toBe('+01:00')
    expect(parisOffset('2026-03-29T01:00:00Z')).toBe('+02:00')
  })

  it('crosses midnight into the Paris day', () => {
    expect(parisIso('2026-06-30T22:15:00.000Z')).toBe('2026-07-01T00:15:00+02:00')
  })

  it('formats the French long date and time', () => {
    expect(formatDateTime('2026-12-03T11:30:00.000Z')).toBe('jeudi 3 décembre 2026 à 12 h 30')
    expect(formatDateTime('2026-07-02T07:00:00.000Z')).toBe('jeudi 2 juillet 2026 à 9 h')
  })
})

describe('JSON-LD builders', () => {
  it('Organization: name, url, logo, contact', () => {
    const org = roundTrip(
      organization(
        {
          siteName: 'Vitrine',
          tagline: 'Assistantes en temps partagé',
          contact: { email: 'a@b.fr', phone: '04 00 00 00 00', address: '1 rue X\n69000 Lyon' },
          legal: { companyName: 'Vitrine SAS', siren: '123456789' },
        },
        { siteUrl, logoUrl: `${siteUrl}/media/logo.png` },
      ),
    )
    expect(org).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${siteUrl}/#organization`,
      name: 'Vitrine',
      legalName: 'Vitrine SAS',
      url: `${siteUrl}/`,
      logo: `${siteUrl}/media/logo.png`,
      email: 'a@b.fr',
    })
    expect(org.address.streetAddress).toBe('1 rue X, 69000 Lyon')
  })

  it('WebSite: a search action on /recherche/', () => {
    const site = roundTrip(webSite({ siteUrl, name: 'Vitrine' }))
    expect(site.potentialAction.target.urlTemplate).toBe(
      `${siteUrl}/recherche/?q={search_term_string}`,
    )
  })

  it('BlogPosting: headline, Paris dates, author, publisher, image', () => {
    const post = roundTrip(
      blogPosting(
        {
          title: 'Titre',
          excerpt: 'Chapô',
          publishedAt: '2026-11-20T07:00:00.000Z',
          updatedAt: '2026-07-01T08:00:00.000Z',
          author: { name: 'Sophie L.', jobTitle: 'Conseillère' },
          tags: ['a', 'b'],
          readingTime: 4,
        },
        {
          url: `${siteUrl}/blog/titre/`,
          siteUrl,
          imageUrl: `${siteUrl}/media/x.jpg`,
          section: 'RH',
        },
      ),
    )
    expect(post).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Titre',
      datePublished: '2026-11-20T08:00:00+01:00',
      dateModified: '2026-07-01T10:00:00+02:00',
      author: { '@type': 'Person', name: 'Sophie L.' },
      publisher: { '@id': `${siteUrl}/#organization` },
      image: `${siteUrl}/media/x.jpg`,
      articleSection: 'RH',
      keywords: 'a, b',
      timeRequired: 'PT4M',
    })
  })

  it('Event: online, Paris offset in winter, end from the duration, free offer', () => {
    const ev = roundTrip(
      event(
        {
          title: 'Live',
          summary: 'Résumé',
          startsAt: '2026-12-03T11:30:00.000Z',
          durationMinutes: 45,
          status: 'scheduled',
          speakers: [{ name: 'Camille F.', role: 'Présidente' }],
          capacity: 100,
        },
        { url: `${siteUrl}/webinaires/live/`, siteUrl },
      ),
    )
    expect(ev).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-03T12:30:00+01:00',
      endDate: '2026-12-03T13:15:00+01:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: `${siteUrl}/webinaires/live/` },
      offers: { price: 0, priceCurrency: 'EUR' },
      performer: [{ '@type': 'Person', name: 'Camille F.' }],
    })
  })

  it('Event: summer offset and cancelled status', () => {
    const ev = roundTrip(
      event(
        {
          title: 'Été',
          summary: 'x',
          startsAt: '2026-06-04T10:30:00.000Z',
          durationMinutes: 30,
          status: 'cancelled',
        },
        { url: `${siteUrl}/webinaires/ete/`, siteUrl },
      ),
    )
    expect(ev.startDate).toBe('2026-06-04T12:30:00+02:00')
    expect(ev.eventStatus).toBe('https://schema.org/EventCancelled')
  })

  it('Person: a freelancer with role, skills and region', () => {
    const p = roundTrip(
      person(
        { displayName: 'Mathilde R.', firstName: 'Mathilde', story: 'Parcours.' },
        {
          url: `${siteUrl}/freelances/mathilde/`,
          siteUrl,
          jobTitle: 'Office manager',
          skills: ['Comptabilité'],
          region: 'Auvergne-Rhône-Alpes',
        },
      ),
    )
    expect(p).toMatchObject({
      '@type': 'Person',
      name: 'Mathilde R.',
      jobTitle: 'Office manager',
      knowsAbout: ['Comptabilité'],
    })
    expect(p.memberOf['@id']).toBe(`${siteUrl}/#organization`)
  })

  it('BreadcrumbList: positions from 1 and absolute items', () => {
    const list = roundTrip(
      breadcrumbList(
        [
          { name: 'Accueil', path: '/' },
          { name: 'Blog', path: '/blog/' },
        ],
        siteUrl,
      ),
    )
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: `${siteUrl}/blog/` },
    ])
  })

  it('FAQPage: questions with accepted answers', () => {
    const faq = roundTrip(faqPage([{ question: 'Q ?', answer: 'R.' }]))
    expect(faq.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Q ?',
      acceptedAnswer: { '@type': 'Answer', text: 'R.' },
    })
  })

  it('serialization cannot close the script element and still parses', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & co' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script> & co')
  })
})
