import { createLocalReq, type Payload } from 'payload'
import { config } from '../config'
import { findIntake, processIntake } from './processLeadIntakes'

/** Received submissions this process still has to turn into leads, in order. */
let chain: Promise<unknown> = Promise.resolve()
let waiting = 0

/**
 * Demo (jobs in the web process): the lead, contact and e-mails are made right after the answer,
 * in this process (a new lead shows up for sales within moments). One at a time: the SQLite
 * driver is synchronous, parallel work would only interleave. If the process dies first, the
 * `processLeadIntakes` task (every 15 s) does it.
 */
export const runIntake = (payload: Payload, key: string): void => {
  waiting++
  chain = chain
    .then(async () => {
      const req = await createLocalReq({}, payload)
      const intake = await findIntake(req, key)
      if (intake?.status === 'pending') await processIntake(req, intake)
    })
    .catch((error: Error) =>
      payload.logger.error({
        err: error,
        msg: `leadIntake: intake ${key} left pending for the sweep: ${error.message}`,
      }),
    )
    .finally(() => waiting--)
}

/**
 * After the intake write and the answer: the demo makes the lead in this process; a web process
 * with a separate worker (JOBS_AUTORUN=false) does nothing more, so its event loop only answers
 * requests: the worker polls the pending intakes every second (intakePoller.ts, docs/adr/0027).
 */
export const handOverIntake = (payload: Payload, key: string): void => {
  if (config.jobsAutorun) runIntake(payload, key)
}

/** Resolves when this process has processed every submission it received (tests, shutdown). */
export const intakeSettled = async (): Promise<void> => {
  while (waiting > 0) await chain
}
