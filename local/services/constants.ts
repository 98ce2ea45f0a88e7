// Values every local stand-in agrees on.

/** s3rver only accepts these keys; DynamoDB Local and the other stand-ins accept them too
 * (DynamoDB Local wants letters/digits only, which these are). */
export const LOCAL_ACCESS_KEY_ID = 'S3RVER';
export const LOCAL_SECRET_ACCESS_KEY = 'S3RVER';
export const LOCAL_REGION = 'us-east-1';
/** A fake account id for the ARNs the stand-ins make up (never a real account). */
export const LOCAL_ACCOUNT_ID = '000000000000';

export const LOCAL_CREDENTIALS = {
  accessKeyId: LOCAL_ACCESS_KEY_ID,
  secretAccessKey: LOCAL_SECRET_ACCESS_KEY,
} as const;
