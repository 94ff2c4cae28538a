// What the seed offers other workspaces (the benchmark's synthetic site): `@vitrine/cms/seed`.
export { seed } from './index'
export { renderScene } from './images'
export { addDays, parisDaysAgo, parisTime, parisToday } from './dates'
export { joinUrl, replayUrl } from './data/webinars'
export type { Motif } from './illustrations'
