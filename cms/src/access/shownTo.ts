import { hasRole, type Role } from './roles'

/**
 * `admin.hidden` for a menu entry that belongs to some roles only: sales see the leads, not the
 * content, redirects, site settings or team menus (what they may read over the API is unchanged).
 */
export const shownTo =
  (...roles: Role[]) =>
  ({ user }: { user: unknown }): boolean =>
    // Without a user (seed, scripts) nothing is hidden: Payload also reads `hidden` outside the
    // admin (the rich-text editor's block relationships), and hiding there breaks validation.
    Boolean(user) && !hasRole(user as Parameters<typeof hasRole>[0], ...roles)
