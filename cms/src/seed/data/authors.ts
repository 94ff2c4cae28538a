import type { Author } from '../types'

/** The fictional team of Vitrine Office Services who sign the articles. */
export const authors = {
  camille: { name: 'Camille Ferrand', jobTitle: 'Présidente et cofondatrice' },
  julien: { name: 'Julien Marchetti', jobTitle: 'Responsable du réseau de freelances' },
  sophie: { name: 'Sophie Lambert', jobTitle: 'Conseillère en organisation' },
  nadia: { name: 'Nadia Benali', jobTitle: 'Consultante finance et trésorerie' },
  thomas: { name: 'Thomas Girard', jobTitle: 'Référent commercial et export' },
  elodie: { name: 'Élodie Roux', jobTitle: 'Responsable des contenus' },
} satisfies Record<string, Author>
