// The lead-endpoint part of a run, on the seeded demo's CMS and mail catcher (see ../README.md).
import path from 'node:path'
import { nodeBin, root, startService, waitForHttp } from '../../../scripts/dev/lib/proc.ts'
import type { System } from '../../../scripts/dev/lib/system.ts'
import { stopService } from './cms.ts'
import {
  emailPath,
  formToken,
  formTokens,
  load,
  mailsSettled,
  probeLead,
  type LeadTarget,
  type LoadResult,
} from './leads.ts'
import { treeCpuMs } from './cpu.ts'
import { mb, sampleTree } from './memory.ts'
import { timer } from './phases.ts'
import type { Results } from './results.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Seconds at 50 req/s before the measured runs. */
const WARM_UP_S = 5

/** maildev again on the demo's ports. The CLI's own file: `.bin/maildev` is a shell shim node cannot run. */
const restartMaildev = async (env: NodeJS.ProcessEnv) => {
  const cli = path.join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js')
  const args = [
    '--smtp',
    env.MAIL_SMTP_PORT!,
    '--web',
    env.MAIL_WEB_PORT!,
    '--ip',
    '127.0.0.1',
    '--silent',
  ]
  const service = startService('maildev', nodeBin, [cli, ...args])
  await waitForHttp(`${env.MAIL_WEB_URL}/api/email/summary`, 15_000, service)
}

export const runLeadPhase = async (o: {
  system: System
  runId: string
  seconds: number
  /** A form token fetched earlier in the run (it must be older than the minimum fill time). */
  early?: { token: string | undefined; at: number }
  results: Results
  problem: (phase: string, error: unknown) => void
}) => {
  const { system, results } = o
  const cms = system.services.find((s) => s.name === 'cms')!
  const memory = sampleTree(cms.child.pid!)
  const worker = system.services.find((s) => s.name === 'worker')
  const workerMemory = worker?.child.pid ? sampleTree(worker.child.pid) : null
  const phase = timer(results, 'lead endpoint')
  const durationS = o.seconds
  try {
    const t: LeadTarget = {
      cmsUrl: system.env.CMS_URL!,
      siteUrl: system.env.SITE_URL!,
      run: o.runId.toLowerCase().replace(/[^a-z0-9]/g, ''),
      counter: { n: 0 },
    }
    const early = o.early ?? { token: await formToken(t.cmsUrl), at: Date.now() }
    t.token = early.token
    // A token per lead: enough for the probe, the e-mail path, the warm-up and every run at its
    // rate (the "max" run counted at 800/s); fetched before the runs, like islands on open pages.
    const pool = await formTokens(t.cmsUrl, 11 + WARM_UP_S * 50 + durationS * 1100)
    const fetched = pool.length ? { token: early.token, at: Date.now() } : early
    t.tokens = early.token ? [early.token, ...pool] : pool
    // A token younger than the minimum fill time is refused as a bot's.
    const minAgeMs = Number(process.env.LEADS_MIN_FILL_SECONDS ?? 3) * 1000 + 500
    if (t.token) await sleep(Math.max(0, fetched.at + minAgeMs - Date.now()))
    const refused = await probeLead(t)
    if (refused) {
      results.leads = { skipped: `not measured: ${refused}` }
      return
    }
    const mailWeb = system.env.MAIL_WEB_URL!
    const mail = await emailPath(t, mailWeb).catch((error: Error) => ({
      skipped: `not measured: ${error.message}`,
    }))
    // Filled as the runs go, so a failure keeps what was measured before it.
    const runs: LoadResult[] = []
    results.leads = { emailPath: mail, runs }
    // CPU of each process from here until the mails of the warm-up and the 50 req/s run are
    // delivered: what one lead costs the web process and the worker (lead, contact, 2 e-mails).
    const cpuAt = () => ({
      web: treeCpuMs(cms.child.pid!),
      worker: worker?.child.pid ? treeCpuMs(worker.child.pid) : null,
    })
    const cpuStart = cpuAt()
    // The endpoint as it runs in service, not its first seconds after a start (JIT, first-use
    // caches): kept in the JSON, not in the table.
    results.leads.warmUp = await load(t, {
      label: 'warm-up',
      rate: 50,
      connections: 10,
      durationS: WARM_UP_S,
    })
    const steady = await load(t, { label: '50 req/s', rate: 50, connections: 10, durationS })
    runs.push(steady)
    const webCpuMs = cpuAt().web - cpuStart.web
    // SMTP down at the same rate, once the jobs queue has sent the previous run's mails (so the
    // worker's retries are the only difference), then the mail catcher again for the rest.
    const maildev = system.services.find((s) => s.name === 'maildev')
    if (maildev) {
      const mails = await mailsSettled(mailWeb)
      const end = cpuAt()
      const leads = results.leads.warmUp.ok + steady.ok
      results.leads.cpu = {
        leads,
        webMsPerLead: webCpuMs / leads,
        workerMsPerLead:
          end.worker !== null && cpuStart.worker !== null
            ? (end.worker - cpuStart.worker) / leads
            : null,
        mailsDelivered: mails,
      }
      await stopService(maildev)
      runs.push(
        await load(t, { label: '50 req/s, SMTP down', rate: 50, connections: 10, durationS }),
      )
      await restartMaildev(system.env)
    }
    runs.push(await load(t, { label: '200 req/s', rate: 200, connections: 40, durationS }))
    runs.push(await load(t, { label: 'max', connections: 16, durationS }))
    phase('load runs')
  } catch (error) {
    o.problem('lead endpoint', error)
  } finally {
    results.memory.push({
      name: 'CMS, seeded demo (incl. the lead load)',
      peakRssMb: mb(memory.stop().hwmBytes),
      how: 'cms/server.ts: VmHWM of the server process',
    })
    if (workerMemory)
      results.memory.push({
        name: 'CMS jobs worker, seeded demo (sends the lead load’s e-mails)',
        peakRssMb: mb(workerMemory.stop().peakTreeBytes),
        how: 'payload jobs:run: peak RSS of its process tree, sampled every 250 ms',
      })
  }
}
