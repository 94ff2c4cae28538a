import type { Endpoint, PayloadRequest } from 'payload'
import { isSales } from '../../access/isSales'
import { processIntake } from '../../jobs/processLeadIntakes'

type Intake = Parameters<typeof processIntake>[1]

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

/**
 * POST /api/lead-intakes/:id/promote (sales, admins): a submission held in quarantine came from a
 * real person → it becomes a lead, its contact and its e-mails, as if it had passed the checks.
 * Promoting an already processed one changes nothing.
 */
export const promoteIntake = async (req: PayloadRequest): Promise<Response> => {
  if (!(await isSales({ req } as never)))
    return answer(403, { ok: false, error: 'Réservé aux commerciaux et aux administrateurs.' })
  const id = String(req.routeParams?.id ?? '')
  // Read as the user: their read access decides what they may promote.
  const found = await req.payload
    .find({
      collection: 'lead-intakes',
      where: { id: { equals: id } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    .catch(() => ({ docs: [] }))
  const intake = found.docs[0] as unknown as Intake | undefined
  if (!intake)
    return answer(404, { ok: false, error: 'Cet envoi n’existe plus (supprimé ou purgé).' })
  if (intake.status === 'processed')
    return answer(200, { ok: true, lead: (intake as { lead?: unknown }).lead ?? null })
  if (!intake.data)
    return answer(409, { ok: false, error: 'Cet envoi ne contient plus de réponses.' })
  const stored = await processIntake(req, intake)
  req.payload.logger.info(`leadIntake: intake ${intake.key} promoted by user ${req.user?.id}`)
  return answer(200, { ok: true, lead: 'id' in stored ? stored.id : null })
}

export const promoteIntakeEndpoint: Endpoint = {
  path: '/:id/promote',
  method: 'post',
  handler: promoteIntake,
}
