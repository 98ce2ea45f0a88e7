// S3 stand-in: s3rver, in-process, storing objects as files.
//
// Client gotcha (see shared notes): with the SDK's default flexible checksums, s3rver stores
// streamed uploads CORRUPTED. Clients must use requestChecksumCalculation /
// responseChecksumValidation = 'WHEN_REQUIRED' (or the AWS_REQUEST_CHECKSUM_CALCULATION /
// AWS_RESPONSE_CHECKSUM_VALIDATION env vars that `awsEnv()` in index.ts sets).
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK } from './net.js';

export interface S3StandInOptions {
  port?: number;
  /** Where objects are stored; a fresh temp folder (removed on stop) when omitted. */
  directory?: string;
  /** Buckets to create before the server answers. */
  buckets?: string[];
}

export interface S3StandIn {
  endpoint: string;
  stop(): Promise<void>;
}

// s3rver ships no types; this is the part of its API we use.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string; configs: string[] }[];
}) => S3rverInstance;

export async function startS3(options: S3StandInOptions = {}): Promise<S3StandIn> {
  const ownDirectory = options.directory === undefined;
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'invite-advisor-s3-')));
  await mkdir(directory, { recursive: true });

  // s3rver is CommonJS without an ESM entry; createRequire keeps its constructor typed here.
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;
  const server = new S3rver({
    address: LOOPBACK,
    port: options.port ?? 0,
    directory,
    silent: true,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name, configs: [] })),
  });
  const { port } = await server.run();

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      await server.close();
      if (ownDirectory) await rm(directory, { recursive: true, force: true });
    })());
  return { endpoint: `http://${LOOPBACK}:${port}`, stop };
}
