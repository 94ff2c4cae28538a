import type { User } from '@vitrine/cms-client/types'

export const roles = ['admin', 'editor', 'sales'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { fr: string; en: string }> = {
  admin: { fr: 'Administrateur', en: 'Administrator' },
  editor: { fr: 'Marketing (éditeur)', en: 'Marketing (editor)' },
  sales: { fr: 'Commercial', en: 'Sales' },
}

type MaybeUser = Pick<User, 'role'> | null | undefined

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user?.role && allowed.includes(user.role as Role))
