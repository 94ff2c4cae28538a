import { leadKinds, thankYouPathByKind, type LeadKind } from '@vitrine/contracts'

/** What each thank-you page says, and where it sends the person next. */
export const thanks: Record<
  LeadKind,
  { title: string; text: string; next: { label: string; href: string } }
> = {
  contact: {
    title: 'Merci, votre message est bien arrivé',
    text: 'Un conseiller vous répond sous 24 heures ouvrées. Un e-mail de confirmation vient de vous être envoyé.',
    next: { label: 'Lire nos derniers conseils', href: '/blog/' },
  },
  callback: {
    title: 'C’est noté, nous vous rappelons',
    text: 'Un conseiller vous appellera au créneau choisi. Vous recevez un e-mail de confirmation dans quelques instants.',
    next: { label: 'Découvrir nos services', href: '/services/' },
  },
  diagnostic: {
    title: 'Votre demande de diagnostic est enregistrée',
    text: 'Un conseiller vous contacte sous 24 heures ouvrées pour fixer votre appel de diagnostic gratuit.',
    next: { label: 'Voir les profils du réseau', href: '/freelances/' },
  },
  quote: {
    title: 'Votre demande de devis est bien reçue',
    text: 'Nous étudions votre besoin et vous envoyons une proposition chiffrée dès le jour ouvré suivant.',
    next: { label: 'Lire nos livres blancs', href: '/livres-blancs/' },
  },
  whitepaper: {
    title: 'Votre livre blanc arrive dans votre boîte mail',
    text: 'Le lien de téléchargement vient de vous être envoyé ; il reste valable 7 jours. Pensez à vérifier vos courriers indésirables.',
    next: { label: 'Voir les autres livres blancs', href: '/livres-blancs/' },
  },
  webinar: {
    title: 'Vous êtes inscrit au webinaire',
    text: 'Vous recevez une confirmation avec le lien de connexion et une invitation pour votre agenda, puis un rappel la veille et une heure avant.',
    next: { label: 'Voir les autres sessions', href: '/webinaires/' },
  },
  freelancer_application: {
    title: 'Merci pour votre candidature',
    text: 'Notre équipe réseau l’étudie et vous répond sous cinq jours ouvrés. Un accusé de réception vient de vous être envoyé.',
    next: { label: 'Découvrir les membres du réseau', href: '/freelances/' },
  },
  newsletter: {
    title: 'Votre inscription à la newsletter est confirmée',
    text: 'Vous recevrez notre prochaine lettre au début du mois. Chaque envoi contient un lien de désinscription.',
    next: { label: 'Lire le blog', href: '/blog/' },
  },
}

/** '/merci/rappel/' → 'rappel' for every lead kind (paths from the contracts package). */
export const thankYouPages = leadKinds.map((kind) => ({
  kind,
  segment: thankYouPathByKind[kind].replace(/^\/merci\//, '').replace(/\/$/, ''),
}))
