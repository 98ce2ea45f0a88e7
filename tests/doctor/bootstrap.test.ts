/**
 * The two readers of the CDK bootstrap, against stubbed clients: SSM (the exact one, once
 * @aws-sdk/client-ssm is installed) and S3 (the assets bucket, available today).
 */
import type { HeadBucketCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3BootstrapReader, ssmBootstrapReader } from '../../infra/doctor/bootstrap.js';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('ssmBootstrapReader', () => {
  it('reads the version from the parameter the deploy reads', async () => {
    const asked: string[] = [];
    const reader = ssmBootstrapReader(async (name) => (asked.push(name), '30'));
    expect(await reader.read('111122223333', 'us-east-1')).toEqual({ bootstrapped: true, version: 30, evidence: 'SSM parameter /cdk-bootstrap/hnb659fds/version = 30' });
    expect(asked).toEqual(['/cdk-bootstrap/hnb659fds/version']);
  });

  it('no parameter: not bootstrapped', async () => {
    expect(await ssmBootstrapReader(async () => null).read('111122223333', 'us-east-1')).toMatchObject({ bootstrapped: false });
  });
});

describe('s3BootstrapReader', () => {
  const reader = (answer: () => unknown) => {
    const sent: HeadBucketCommand[] = [];
    const send = async (command: HeadBucketCommand) => {
      sent.push(command);
      return answer();
    };
    return { sent, reader: s3BootstrapReader({ send: send as never }) };
  };

  it('the assets bucket of this account and region, owned by this account: bootstrapped, version unknown', async () => {
    const { sent, reader: r } = reader(() => ({}));
    expect(await r.read('111122223333', 'eu-west-1')).toEqual({ bootstrapped: true, version: null, evidence: 'its assets bucket cdk-hnb659fds-assets-111122223333-eu-west-1 exists' });
    expect(sent[0]!.input).toEqual({ Bucket: 'cdk-hnb659fds-assets-111122223333-eu-west-1', ExpectedBucketOwner: '111122223333' });
  });

  it('no such bucket: not bootstrapped', async () => {
    const { reader: r } = reader(() => Promise.reject(named('NotFound')));
    expect(await r.read('111122223333', 'eu-west-1')).toMatchObject({ bootstrapped: false, evidence: 'there is no bucket cdk-hnb659fds-assets-111122223333-eu-west-1' });
  });

  it('denied (or a bucket of that name in another account): an error, not an answer', async () => {
    const { reader: r } = reader(() => Promise.reject(named('Forbidden')));
    await expect(r.read('111122223333', 'eu-west-1')).rejects.toThrow('Forbidden');
  });
});
