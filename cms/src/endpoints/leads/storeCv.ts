import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import type { CheckedCv } from './cvFile'

type Id = number | string

/** Payload refused the CV's content (its own sniffing and PDF integrity check). */
export class CvRefused extends Error {}

/** Stores the CV of an application (private `resumes` collection) before its intake record. */
export const storeCv = async (req: PayloadRequest, email: string, file: CheckedCv): Promise<Id> => {
  try {
    const doc = await req.payload.create({
      collection: 'resumes',
      data: { person: email },
      file,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return doc.id
  } catch (error) {
    // instanceof, not the name: the production build minifies class names (the name check let a
    // refused PDF through as a 503 "incident technique").
    if (error instanceof ValidationError || (error as { name?: string }).name === 'ValidationError')
      throw new CvRefused((error as Error).message)
    throw error
  }
}
