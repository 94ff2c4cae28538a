import type { Plugin } from 'payload'
import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { isEditor } from '../access/isEditor'
import { isSales } from '../access/isSales'
import { isAdmin } from '../access/isAdmin'
import { anyone } from '../access/anyone'
import { hasRole } from '../access/roles'
import { shownTo } from '../access/shownTo'
import { redirectTargetFields } from '../fields/redirectTargetFields'
import { rebuildOnChange, rebuildOnDelete } from '../hooks/queueRebuild'
import { publicPath } from '../lib/publicPath'
import { objectStorage } from './objectStorage'
import { siteUrl } from '../lib/urls'

type Doc = {
  title?: string
  excerpt?: string
  summary?: string
  story?: string
  slug?: string
  displayName?: string
}

export const plugins: Plugin[] = [
  objectStorage(),
  seoPlugin({
    collections: ['articles', 'white-papers', 'webinars', 'freelancers', 'pages'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc }) => `${(doc as Doc).title ?? (doc as Doc).displayName ?? ''} | Vitrine`,
    generateDescription: ({ doc }) => {
      const d = doc as Doc
      return (d.excerpt ?? d.summary ?? d.story ?? '').slice(0, 160)
    },
    generateURL: ({ doc, collectionSlug }) =>
      `${siteUrl}${publicPath(collectionSlug ?? '', (doc as Doc).slug)}`,
  }),
  redirectsPlugin({
    collections: ['pages', 'articles', 'white-papers', 'webinars'],
    overrides: {
      labels: {
        singular: { fr: 'Redirection', en: 'Redirect' },
        plural: { fr: 'Redirections', en: 'Redirects' },
      },
      admin: { group: { fr: 'Administration', en: 'Admin' }, hidden: shownTo('admin', 'editor') },
      access: { create: isEditor, read: anyone, update: isEditor, delete: isEditor },
      hooks: { afterChange: [rebuildOnChange], afterDelete: [rebuildOnDelete] },
      fields: redirectTargetFields,
    },
    redirectTypes: ['301', '302'],
  }),
  importExportPlugin({
    collections: [{ slug: 'leads', import: false, export: { format: 'csv' } }],
    overrideExportCollection: ({ collection }) => ({
      ...collection,
      labels: {
        singular: { fr: 'Export', en: 'Export' },
        plural: { fr: 'Exports', en: 'Exports' },
      },
      admin: { ...collection.admin, group: { fr: 'Commercial', en: 'Sales' } },
      access: { create: isSales, read: isSales, update: isSales, delete: isAdmin },
      // The download/preview endpoints read as the caller, but answer others with a broken stream:
      // refuse them up front (sales and admins only, like the leads themselves).
      endpoints: (collection.endpoints || []).map((endpoint) => ({
        ...endpoint,
        handler: async (req) =>
          hasRole(req.user, 'admin', 'sales')
            ? endpoint.handler(req)
            : Response.json(
                { errors: [{ message: 'Réservé aux commerciaux et aux administrateurs.' }] },
                { status: 403 },
              ),
      })),
    }),
    overrideImportCollection: ({ collection }) => ({
      ...collection,
      admin: { ...collection.admin, hidden: true },
      access: { create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
    }),
  }),
]
