import type { PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'
import { countsOf, describeCounts } from './erasureCounts'
import { findPersonData, readEmail } from './personData'

/** POST /api/privacy/summary { email } → what an erasure would remove, for the confirmation. */
export const summarisePersonData = async (req: PayloadRequest): Promise<Response> => {
  if (!hasRole(req.user, 'admin'))
    return Response.json({ error: 'Réservé aux administrateurs.' }, { status: 403 })
  const email = await readEmail(req)
  if (!email)
    return Response.json(
      { error: 'Indiquez l’adresse e-mail de la personne, par exemple nom@entreprise.fr.' },
      { status: 400 },
    )
  const counts = countsOf(await findPersonData(req, email))
  return Response.json({ ...counts, text: describeCounts(counts) })
}
