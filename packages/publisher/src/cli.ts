#!/usr/bin/env node
import crypto from 'node:crypto'
import { configFromEnv, defaults } from './config.ts'
import { errorMessage, stderrLogger } from './logger.ts'
import { createPublisher, readStatus, type Publisher } from './publisher.ts'

const usage = `Usage: vitrine-publisher <command>

  serve             API (webhooks, /status, /rollback, logs) + the site server; builds on start
                    when no release is live (PUBLISHER_BUILD_ON_START=always|if-missing|never)
  build [--force]   one build now, no HTTP (--force publishes even if the page count collapsed)
  rollback          make the release before the live one current again
  status            print the status JSON (build history, live release)

Settings come from PUBLISHER_* environment variables (see packages/publisher/README.md).`

/** Stop cleanly on Ctrl-C / docker stop; a second signal exits at once. */
const onSignals = (publisher: Publisher) => {
  let stopping = false
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130)
    stopping = true
    publisher.config.logger.info(`Received ${signal}: stopping (kills a running build)`)
    publisher.stop().then(
      () => process.exit(0),
      (error) => {
        publisher.config.logger.error(`Shutdown failed: ${errorMessage(error)}`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
}

/** build and rollback work without HTTP: the webhook secret is not needed for them. */
const offlineConfig = () => ({
  ...configFromEnv({
    PUBLISHER_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(32).toString('base64')}`,
    ...process.env,
    PUBLISHER_BUILD_ON_START: 'never',
  }),
  logger: stderrLogger, // stdout carries the JSON result
})

const main = async (args: string[]) => {
  const [command, ...rest] = args
  switch (command) {
    case 'serve': {
      const publisher = createPublisher(configFromEnv())
      onSignals(publisher)
      await publisher.start()
      return
    }
    case 'build': {
      const publisher = createPublisher(offlineConfig())
      onSignals(publisher)
      await publisher.start({ listen: false })
      const { done } = publisher.requestBuild({
        reason: 'manual build from the command line',
        source: 'cli',
        force: rest.includes('--force'),
      })
      const record = await done
      await publisher.stop()
      console.log(JSON.stringify(record, null, 2))
      process.exitCode = record.ok ? 0 : 1
      return
    }
    case 'rollback': {
      const publisher = createPublisher(offlineConfig())
      await publisher.start({ listen: false })
      const result = await publisher.rollback()
      await publisher.stop()
      console.log(JSON.stringify(result, null, 2))
      process.exitCode = result.ok ? 0 : 1
      return
    }
    case 'status': {
      console.log(
        JSON.stringify(await readStatus(process.env.PUBLISHER_ROOT || defaults.root), null, 2),
      )
      return
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(usage)
      return
    default:
      console.error(`Unknown command ${JSON.stringify(command)}.\n\n${usage}`)
      process.exitCode = 2
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`vitrine-publisher ${process.argv[2] ?? ''}: ${errorMessage(error)}`)
  process.exit(1)
})
