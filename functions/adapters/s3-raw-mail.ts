/** The RawMailSource port over the bucket the SES S3 action writes to. */
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import type { RawMailSource } from '../app/ports.js';

export class RawMailMissingError extends Error {
  constructor(key: string, options: { cause?: unknown } = {}) {
    // Not permanent: SES writes before it invokes, so a missing object is an outage or a setup error
    // (wrong prefix or bucket). Lambda retries, then the failure queue keeps the event.
    super(`raw mail not found at s3 key "${key}": check the receipt rule's S3 prefix and the function's RAW_MAIL_PREFIX`, options);
    this.name = 'RawMailMissingError';
  }
}

export class S3RawMailSource implements RawMailSource {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** the S3 action's object key prefix, used literally (include the trailing slash) */
    private readonly prefix: string,
  ) {}

  async get(messageId: string): Promise<Uint8Array> {
    const key = `${this.prefix}${messageId}`;
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!result.Body) throw new RawMailMissingError(key);
      return await result.Body.transformToByteArray();
    } catch (error) {
      if (error instanceof NoSuchKey) throw new RawMailMissingError(key, { cause: error });
      throw error;
    }
  }

  async delete(messageId: string): Promise<void> {
    // DeleteObject succeeds for a key that is already gone.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: `${this.prefix}${messageId}` }));
  }
}
