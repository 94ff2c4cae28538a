export type CategorySeed = { slug: string; title: string; description: string }

export const categories: CategorySeed[] = [
  {
    slug: 'externalisation',
    title: 'Externalisation',
    description:
      'Temps partagé, freelance, portage, intérim : comment confier une partie de l’administratif à l’extérieur sans perdre la maîtrise de son entreprise.',
  },
  {
    slug: 'finance-tresorerie',
    title: 'Finance & trésorerie',
    description:
      'Pré-comptabilité, clôtures, relances clients, plan de trésorerie : des méthodes concrètes pour garder la main sur les chiffres.',
  },
  {
    slug: 'rh',
    title: 'RH',
    description:
      'Embauches, registres, paie, entretiens : l’administration du personnel expliquée pour les TPE et PME qui n’ont pas de service RH.',
  },
  {
    slug: 'commercial-export',
    title: 'Commercial & export',
    description:
      'Administration des ventes, devis, salons et expéditions à l’international : ce qu’une assistante commerciale peut prendre en charge.',
  },
  {
    slug: 'secretariat-medical',
    title: 'Secrétariat médical',
    description:
      'Agenda, accueil des patients, facturation et tiers payant : retrouver du temps médical grâce à un secrétariat bien organisé.',
  },
  {
    slug: 'organisation',
    title: 'Organisation',
    description:
      'Outils, rituels, classement, locaux : tout ce qui fait qu’un petit bureau tourne bien, même quand le dirigeant est en rendez-vous.',
  },
]
