import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { isSafeUrl, unsafeUrlMessage } from '@vitrine/contracts'

/**
 * `validate` of every link field an editor types: the one URL rule of @vitrine/contracts (http(s),
 * mailto, tel, site paths, #anchors). Empty values fall back to Payload's own check (required).
 */
export const validateLink: TextFieldSingleValidation = (value, args) => {
  if (value == null || value === '') return text(value, args)
  return isSafeUrl(value) || unsafeUrlMessage
}
