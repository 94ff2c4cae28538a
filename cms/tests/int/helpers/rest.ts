import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type SanitizedConfig } from 'payload'

/**
 * Payload's real REST handler (the one Next's route calls) on an ephemeral port, GET only: for
 * reading the CMS over HTTP with the site's client without a Next build.
 */
export const serveRest = async (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const server = http.createServer(async (req, res) => {
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
    })
    const response = await handleEndpoints({ config, request })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
