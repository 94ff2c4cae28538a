import { describe, expect, it } from 'vitest'
import {
  CV_ALLOWED_EXTENSIONS,
  CV_ALLOWED_MIME_TYPES,
  CV_MAX_BYTES,
  checkCvFile,
  cvSignatureMatches,
} from './cv'

describe('CV upload', () => {
  it('allows PDF, DOC and DOCX up to 5 MB', () => {
    expect(CV_MAX_BYTES).toBe(5_242_880)
    expect(CV_ALLOWED_EXTENSIONS).toEqual(['.pdf', '.doc', '.docx'])
    expect(CV_ALLOWED_MIME_TYPES).toContain('application/pdf')
    expect(checkCvFile({ name: 'CV.PDF', size: CV_MAX_BYTES, type: 'application/pdf' })).toBeNull()
    expect(checkCvFile({ name: 'cv.doc', size: 10, type: '' })).toBeNull()
    expect(
      checkCvFile({
        name: 'cv.docx',
        size: 10,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    ).toBeNull()
  })

  it('refuses other formats, empty files and files over 5 MB, saying what to do', () => {
    expect(
      checkCvFile({ name: 'cv.pdf', size: CV_MAX_BYTES + 1, type: 'application/pdf' }),
    ).toMatch(/5 Mo/)
    expect(checkCvFile({ name: 'cv.pdf', size: 0, type: 'application/pdf' })).toMatch(/vide/)
    expect(checkCvFile({ name: 'cv.exe', size: 10, type: 'application/pdf' })).toMatch(
      /PDF, DOC ou DOCX/,
    )
    expect(checkCvFile({ name: 'cv.pdf', size: 10, type: 'text/html' })).toMatch(/PDF, DOC ou DOCX/)
  })

  it('checks the first bytes match the extension', () => {
    expect(cvSignatureMatches('cv.pdf', new TextEncoder().encode('%PDF-1.7'))).toBe(true)
    expect(cvSignatureMatches('cv.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true)
    expect(
      cvSignatureMatches(
        'cv.doc',
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      ),
    ).toBe(true)
    expect(cvSignatureMatches('cv.pdf', new TextEncoder().encode('<html>'))).toBe(false)
    expect(cvSignatureMatches('cv.docx', new TextEncoder().encode('%PDF-1.7'))).toBe(false)
    expect(cvSignatureMatches('cv.txt', new TextEncoder().encode('%PDF-1.7'))).toBe(false)
  })
})
