/**
 * Is the account and region bootstrapped for the CDK, and recently enough? `cdk deploy` needs the toolkit
 * stack (`npx cdk bootstrap`): its assets bucket receives the function's code, and the synthesized template
 * carries a rule, CheckBootstrapVersion, that refuses a bootstrap older than version 6.
 *
 * The exact check reads the SSM parameter `/cdk-bootstrap/hnb659fds/version`, not the stack `CDKToolkit`:
 * it is what the deploy itself reads (the CLI stops with "SSM parameter /cdk-bootstrap/hnb659fds/version not
 * found. Has the environment been bootstrapped?", and the template's BootstrapVersion parameter resolves
 * it), it holds the version as a number, and its name depends only on the qualifier, which this app leaves
 * at the default, while the stack may have any name (`cdk bootstrap --toolkit-stack-name`). One call,
 * ssm:GetParameter. The doctor uses it (tools/doctor.ts); `s3BootstrapReader`, which looks for the
 * bootstrap's assets bucket, tells bootstrapped from not but not the version: it is kept for callers
 * without SSM access.
 */
import { HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';

/** `DefaultStackSynthesizer.DEFAULT_QUALIFIER`; cdk.json sets no `@aws-cdk/core:bootstrapQualifier` (tests/infra pins both). */
export const BOOTSTRAP_QUALIFIER = 'hnb659fds';
/** The parameter the deploy reads (`DefaultStackSynthesizer.DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER`). */
export const BOOTSTRAP_VERSION_PARAMETER = `/cdk-bootstrap/${BOOTSTRAP_QUALIFIER}/version`;
/** The template's CheckBootstrapVersion rule refuses anything older (tests/infra pins it against the synthesized template). */
export const MINIMUM_BOOTSTRAP_VERSION = 6;

export type BootstrapState =
  | { bootstrapped: false; evidence: string }
  /** version null: bootstrapped, but the reader cannot tell which version */
  | { bootstrapped: true; version: number | null; evidence: string };

/** The port: one read-only look at the bootstrap of the account the credentials belong to. */
export interface BootstrapReader {
  /** the permission the read needs, named in the finding when it is denied */
  readonly needs: string;
  read(account: string, region: string): Promise<BootstrapState>;
}

/**
 * The exact reader, over SSM GetParameter. `getParameter` returns the parameter's value, or null when SSM
 * answers ParameterNotFound (tools/doctor.ts passes one over @aws-sdk/client-ssm).
 */
export function ssmBootstrapReader(getParameter: (name: string) => Promise<string | null>): BootstrapReader {
  return {
    needs: `ssm:GetParameter on ${BOOTSTRAP_VERSION_PARAMETER}`,
    async read() {
      const value = await getParameter(BOOTSTRAP_VERSION_PARAMETER);
      if (value === null) return { bootstrapped: false, evidence: `no SSM parameter ${BOOTSTRAP_VERSION_PARAMETER}` };
      const version = Number.parseInt(value, 10);
      return { bootstrapped: true, version: Number.isNaN(version) ? null : version, evidence: `SSM parameter ${BOOTSTRAP_VERSION_PARAMETER} = ${value}` };
    },
  };
}

/** The bootstrap's assets bucket (`DefaultStackSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME`). */
export function bootstrapBucketName(account: string, region: string): string {
  return `cdk-${BOOTSTRAP_QUALIFIER}-assets-${account}-${region}`;
}

/**
 * The reader available today, over S3 HeadBucket on the assets bucket, owned by this account (a bucket of
 * that name in another account answers 403, which is an error here, not "bootstrapped"). It cannot read the
 * version, and the bucket outlives a deleted toolkit stack (it is retained), so "exists" is not proof.
 */
export function s3BootstrapReader(s3: Pick<S3Client, 'send'>): BootstrapReader {
  return {
    needs: 's3:ListBucket on the bucket cdk-hnb659fds-assets-<account>-<region>',
    async read(account, region) {
      const bucket = bootstrapBucketName(account, region);
      try {
        await s3.send(new HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: account }));
        return { bootstrapped: true, version: null, evidence: `its assets bucket ${bucket} exists` };
      } catch (error) {
        if ((error as Error).name === 'NotFound') return { bootstrapped: false, evidence: `there is no bucket ${bucket}` };
        throw error;
      }
    },
  };
}
