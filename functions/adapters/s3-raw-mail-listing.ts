/**
 * The RawMailListing port over the raw-mail bucket: ListObjectsV2 under the S3 action's prefix. Keys
 * are `<prefix><SES message id>` and say nothing of time, so the listing reads every key under the
 * prefix (one page per 1,000 messages kept: the bucket's lifecycle bounds it) and keeps those written
 * in the window.
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { RawMailListing, StoredMail } from '../app/ports.js';
import { SES_MESSAGE_ID } from '../app/redrive-event.js';

/** SES writes this object under the prefix when the S3 action is created: it is not mail. */
const SES_SETUP_NOTIFICATION = 'AMAZON_SES_SETUP_NOTIFICATION';

export class S3RawMailListing implements RawMailListing {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** the S3 action's object key prefix, used literally (include the trailing slash) */
    private readonly prefix: string,
  ) {}

  async storedBetween(from: Date, to: Date, maxObjects: number): Promise<{ mail: StoredMail[]; complete: boolean }> {
    const mail: StoredMail[] = [];
    let read = 0;
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken: token, MaxKeys: Math.min(1000, maxObjects - read) }),
      );
      for (const object of page.Contents ?? []) {
        read += 1;
        const messageId = (object.Key ?? '').slice(this.prefix.length);
        const storedAt = object.LastModified;
        if (!storedAt || messageId === SES_SETUP_NOTIFICATION || !SES_MESSAGE_ID.test(messageId)) continue;
        if (storedAt >= from && storedAt <= to) mail.push({ messageId, storedAt });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token && read < maxObjects);
    return { mail, complete: token === undefined };
  }
}
