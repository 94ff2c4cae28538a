/** Demo team accounts (only with `demoUsers: true`); the password comes from DEMO_PASSWORD. */
export const demoUsers = [
  { email: 'admin@vitrine.test', name: 'Camille Ferrand', role: 'admin' },
  { email: 'editor@vitrine.test', name: 'Élodie Roux', role: 'editor' },
  { email: 'sales@vitrine.test', name: 'Thomas Girard', role: 'sales' },
] as const

export const demoPassword = () => process.env.DEMO_PASSWORD || 'vitrine-demo'
