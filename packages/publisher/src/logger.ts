/** Where the publisher writes its English log lines (one per request and per build step). */
export type Logger = {
  info: (message: string) => void
  warn: (message: string) => void
  error: (message: string) => void
}

const line = (message: string) => `${new Date().toISOString()} [publisher] ${message}`

export const consoleLogger: Logger = {
  info: (message) => console.log(line(message)),
  warn: (message) => console.warn(line(message)),
  error: (message) => console.error(line(message)),
}

/** For CLI commands whose stdout is JSON. */
export const stderrLogger: Logger = {
  info: (message) => console.error(line(message)),
  warn: (message) => console.error(line(message)),
  error: (message) => console.error(line(message)),
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

/** The message of anything thrown, for log lines and status errors. */
export const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : String(error)
