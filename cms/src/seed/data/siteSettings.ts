import { company, valuePropItems } from './shared'

type Image = (key: string) => number | string

const link = (label: string, url: string, style: 'primary' | 'secondary' | 'link' = 'link') => ({
  label,
  url,
  style,
})

export const siteSettings = (image: Image) => ({
  siteName: company.name,
  tagline: 'Office managers et assistantes freelances en temps partagé pour les TPE et PME',
  logo: image('logo'),
  contact: {
    email: company.email,
    phone: company.phone,
    address: company.address.replace(', ', '\n'),
    openingHours: 'Du lundi au vendredi, de 9 h à 18 h',
  },
  legal: { companyName: company.legalName, siren: company.siren, dpoEmail: company.privacyEmail },
  navigation: [
    link('Blog', '/blog/'),
    link('Livres blancs', '/livres-blancs/'),
    link('Webinaires', '/webinaires/'),
    link('Nos freelances', '/freelances/'),
    link('Services', '/services/'),
  ],
  navCtas: [
    link('Diag gratuit', '/diagnostic-gratuit/', 'primary'),
    link('Spécial freelance', '/rejoindre-le-reseau/', 'secondary'),
  ],
  announcement: {
    enabled: true,
    messages: [
      { text: 'Découvrez notre offre en 30 minutes, en direct chaque jeudi' },
      { text: 'Chefs d’entreprise : le temps partagé expliqué en une demi-heure, le {date}' },
      { text: 'Fonctionnement, tarifs, retours de clients : rejoignez le live du jeudi à 12 h 30' },
      { text: 'Prochain live le {date} : trente minutes pour alléger votre administratif' },
    ],
    linkLabel: 'Je m’inscris au webinaire',
    fallback: link('Demander mon diagnostic gratuit', '/diagnostic-gratuit/'),
  },
  footerColumns: [
    {
      title: 'Nos services',
      links: [
        link('Office management', '/services/'),
        link('Comptabilité et trésorerie', '/blog/categorie/finance-tresorerie/'),
        link('Administration RH', '/blog/categorie/rh/'),
        link('ADV export', '/blog/categorie/commercial-export/'),
        link('Secrétariat médical', '/blog/categorie/secretariat-medical/'),
      ],
    },
    {
      title: 'Ressources',
      links: [
        link('Blog', '/blog/'),
        link('Livres blancs', '/livres-blancs/'),
        link('Webinaires', '/webinaires/'),
      ],
    },
    {
      title: 'Vitrine Office Services',
      links: [
        link('À propos', '/a-propos/'),
        link('Nos freelances', '/freelances/'),
        link('Rejoindre le réseau', '/rejoindre-le-reseau/'),
        link('Contact', '/contact/'),
      ],
    },
  ],
  legalLinks: [
    link('Mentions légales', '/mentions-legales/'),
    link('Politique de confidentialité', '/politique-de-confidentialite/'),
  ],
  footerNote:
    'Vitrine Office Services SAS — Lyon. Site de démonstration : l’entreprise, ses freelances et ses contenus sont fictifs.',
  defaultCta: {
    title: 'Il est temps de déléguer',
    text: 'Parlez-nous de votre quotidien administratif : vous recevez une proposition chiffrée dès le jour ouvré suivant, et une freelance peut commencer la semaine d’après.',
    label: 'Réserver mon diagnostic gratuit',
    url: '/diagnostic-gratuit/',
    style: 'primary',
  },
  sidebarValueProps: valuePropItems,
  leadRecipients: [
    { kind: 'diagnostic', emails: 'conseil@vitrine.test' },
    { kind: 'callback', emails: 'conseil@vitrine.test' },
    { kind: 'quote', emails: 'conseil@vitrine.test, direction@vitrine.test' },
    { kind: 'contact', emails: 'bonjour@vitrine.test' },
    { kind: 'whitepaper', emails: 'marketing@vitrine.test' },
    { kind: 'webinar', emails: 'marketing@vitrine.test' },
    { kind: 'newsletter', emails: 'marketing@vitrine.test' },
    { kind: 'freelancer_application', emails: 'reseau@vitrine.test' },
  ],
})
