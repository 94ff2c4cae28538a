import type { Config, Field, LabelFunction, Plugin } from 'payload'

/**
 * The French admin reads as French (docs/adr/0031-french-admin-leftovers.md):
 *
 * - Label objects `{ fr, en }` become label functions. Payload resolves a function label into a
 *   string for the browser, but passes an object label as is to several screen-reader labels,
 *   which then read « Créer : [object Object] » (dashboard cards, sort buttons, drawers).
 * - A date field without a format of its own gets a French 24-hour one: Payload's date picker
 *   otherwise shows « Dec 1, 2026 9:47 PM » (it ignores the config's `admin.dateFormat`).
 *
 * Runs last (payload.config.ts), so fields and collections added by other plugins are covered.
 */
type Labels = { singular?: unknown; plural?: unknown }
type Walkable = Record<string, unknown> & {
  fields?: Field[]
  tabs?: Walkable[]
  blocks?: Walkable[]
  label?: unknown
  labels?: Labels
}

const isLabelObject = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { fr?: unknown }).fr === 'string'

const toFunction = (label: Record<string, string>): LabelFunction => {
  // Payload calls some label functions with `{ t }` only (tab labels in the client config).
  const resolve: LabelFunction = ({ i18n }) => (i18n && label[i18n.language]) || label.fr!
  return resolve
}

const resolveLabel = (label: unknown) => (isLabelObject(label) ? toFunction(label) : label)

const resolveLabels = (labels: Labels | undefined) =>
  labels && {
    ...labels,
    singular: resolveLabel(labels.singular),
    plural: resolveLabel(labels.plural),
  }

/** French date formats by picker appearance (date-fns patterns), 24-hour clock. */
const FORMATS: Record<string, { displayFormat: string; timeFormat?: string }> = {
  dayAndTime: { displayFormat: 'dd MMMM yyyy HH:mm', timeFormat: 'HH:mm' },
  timeOnly: { displayFormat: 'HH:mm', timeFormat: 'HH:mm' },
  dayOnly: { displayFormat: 'dd/MM/yyyy' },
  monthOnly: { displayFormat: 'MMMM yyyy' },
  default: { displayFormat: 'dd/MM/yyyy' },
}

type DateAdmin = {
  date?: { pickerAppearance?: string; displayFormat?: string; timeFormat?: string }
}

const frenchDate = (admin: DateAdmin | undefined): DateAdmin => {
  const date = admin?.date ?? {}
  const defaults = FORMATS[date.pickerAppearance ?? 'default'] ?? FORMATS.default!
  return { ...admin, date: { ...defaults, ...date } }
}

const walk = <T extends Walkable>(node: T): T => {
  const out: Walkable = { ...node }
  if ('label' in node) out.label = resolveLabel(node.label)
  if (node.labels) out.labels = resolveLabels(node.labels)
  if (node.fields) out.fields = node.fields.map((f) => walk(f as unknown as Walkable)) as Field[]
  // Tab labels stay objects: Payload resolves them itself, and calls functions there without i18n.
  if (node.tabs)
    out.tabs = node.tabs.map((tab) => ({ ...walk({ ...tab, label: undefined }), label: tab.label }))
  if (Array.isArray(node.blocks)) out.blocks = node.blocks.map(walk)
  if (node.type === 'date') out.admin = frenchDate(node.admin as DateAdmin | undefined)
  return out as T
}

export const frenchAdmin: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((c) =>
    walk(c as unknown as Walkable),
  ) as Config['collections'],
  globals: config.globals?.map((g) => walk(g as unknown as Walkable)) as Config['globals'],
})
