// TEMPORARY placeholder written by the lead so the CMS keeps booting while the real contract is
// being written: replace this whole file (the real kinds.ts/… re-exported from here).
export const leadKinds = ['contact', 'callback', 'diagnostic', 'quote', 'whitepaper', 'webinar', 'freelancer_application', 'newsletter'] as const
export const leadKindLabels: Record<(typeof leadKinds)[number], string> = Object.fromEntries(leadKinds.map((k) => [k, k])) as never
export const leadStatuses = ['nouveau', 'contacte', 'qualifie', 'gagne', 'perdu'] as const
export const leadStatusLabels: Record<(typeof leadStatuses)[number], string> = Object.fromEntries(leadStatuses.map((k) => [k, k])) as never
