import { s3Storage } from '@payloadcms/storage-s3'

/**
 * Uploads on any S3-compatible store when S3_BUCKET is set (local disk under MEDIA_DIR
 * otherwise): images, white-paper PDFs and CVs, so several CMS replicas share them. No ACL is
 * sent: objects stay as private as the bucket (keep it private); every file, public image or
 * private CV, is served through Payload's access-checked /api/<collection>/file/<name> route.
 * The fields the plugin adds exist in both modes, so the schema (and its migrations) is the same.
 */
export const objectStorage = () => {
  const bucket = process.env.S3_BUCKET
  const endpoint = process.env.S3_ENDPOINT || undefined
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? 'unset',
    collections: {
      media: { prefix: 'media' },
      documents: { prefix: 'documents' },
      resumes: { prefix: 'resumes' },
    },
    config: {
      endpoint,
      region: process.env.S3_REGION || 'us-east-1',
      // MinIO, Garage, s3rver and most self-hosted stores want bucket names in the path.
      forcePathStyle: endpoint ? process.env.S3_FORCE_PATH_STYLE !== 'false' : false,
      // Many S3-compatible stores reject the SDK's default CRC checksums on every request
      // (SignatureDoesNotMatch); send and check them only where S3 requires them.
      ...(endpoint
        ? {
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
          }
        : {}),
      credentials: process.env.S3_ACCESS_KEY_ID
        ? {
            accessKeyId: process.env.S3_ACCESS_KEY_ID,
            secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '',
          }
        : undefined,
    },
  })
}
