/** Content reused by several pages and by the site settings. */
import { dataController } from '@vitrine/contracts'

export const valuePropItems = [
  {
    icon: 'users',
    title: 'Vous manquez de bras ?',
    text: 'Nous vous présentons une professionnelle expérimentée, choisie pour votre secteur et vos outils, prête à démarrer en 48 heures.',
  },
  {
    icon: 'euro',
    title: 'Votre budget est serré ?',
    text: 'Pas de recrutement ni de charges sociales : vous réglez uniquement les heures effectuées, détaillées chaque mois.',
  },
  {
    icon: 'clock',
    title: 'Votre activité varie ?',
    text: 'Clôture, salon, embauches : le volume d’heures s’adapte chaque mois à votre charge réelle, à la hausse comme à la baisse.',
  },
]

export const valuePropsTrio = (title?: string) => ({
  blockType: 'valueProps',
  ...(title ? { title } : {}),
  items: valuePropItems,
})

export const company = {
  name: 'Vitrine Office Services',
  legalName: 'Vitrine Office Services SAS',
  address: '8 passage des Tisserands, 69002 Lyon',
  phone: '04 65 71 12 34',
  email: 'bonjour@vitrine.test',
  // One privacy address: Site settings, the privacy page, the forms' notice and the e-mails.
  privacyEmail: dataController.privacyEmail,
  siren: '912 345 678',
  publisher: 'Camille Ferrand',
}
