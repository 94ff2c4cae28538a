/**
 * @vitrine/publisher — the rebuild service: signed webhook in, build into a new release,
 * atomic switch of `current`, rollback. Start it in-process with createPublisher().
 */
export { createPublisher, describeStatus, readStatus } from './publisher.ts'
export type { BuildRequest, Publisher, PublisherStatus, RollbackResult } from './publisher.ts'
export { ConfigError, configFromEnv, defaults, envNames, resolveConfig } from './config.ts'
export type { BuildOnStart, PublisherConfig, PublisherOptions } from './config.ts'
export { createWebhookVerifier, signPayload, TOLERANCE_SECONDS } from './signature.ts'
export type { Refusal, Verification, WebhookHeaders, WebhookVerifier } from './signature.ts'
export { consoleLogger, silentLogger } from './logger.ts'
export type { Logger } from './logger.ts'
export { createStaticServer } from './static.ts'
export type { BuildReason, BuildRecord, DocumentRef, ReleaseInfo } from './state.ts'
export { REBUILD_REQUESTED, type RebuildRequestBody } from './webhook.ts'
