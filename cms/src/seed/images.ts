import sharp from 'sharp'
import { logoSvg, portraitSvg, sceneSvg, type Motif } from './illustrations'

export type ImageFile = { data: Buffer; mimetype: string; name: string; size: number }

const file = (data: Buffer, mimetype: string, name: string): ImageFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** 1600×900 JPEG illustration (heroes, covers). */
export const renderScene = async (
  motif: Motif,
  key: string,
  name: string,
  variant = 0,
): Promise<ImageFile> =>
  file(
    await sharp(Buffer.from(sceneSvg(motif, key, variant)))
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer(),
    'image/jpeg',
    name,
  )

/** 800×800 JPEG avatar with initials (freelancer photos). */
export const renderPortrait = async (
  initials: string,
  key: string,
  name: string,
): Promise<ImageFile> =>
  file(
    await sharp(Buffer.from(portraitSvg(initials, key)))
      .jpeg({ quality: 84, mozjpeg: true })
      .toBuffer(),
    'image/jpeg',
    name,
  )

/** 512×512 PNG logo. */
export const renderLogo = async (name: string): Promise<ImageFile> =>
  file(
    await sharp(Buffer.from(logoSvg())).png({ compressionLevel: 9 }).toBuffer(),
    'image/png',
    name,
  )
