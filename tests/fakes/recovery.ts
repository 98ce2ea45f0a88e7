/**
 * In-memory ports of the recovery use cases (functions/app/sweep-raw-mail.ts, tell-failure.ts): the
 * bucket's listing with the time each message was stored, a redriver that records (and, when told,
 * runs the inbound use case as the inbound function would), and each use case's dependencies over a
 * FakeInboundDeps, so the sweep reads what the inbound use case wrote.
 */
import { MemoryScheduler } from './memory-follow-through.js';
import { MemoryOwnerMailStore } from './memory-owner-mail.js';
import type { FailureNoticeDeps, RawMailListing, Redriver, StoredMail, SweepDeps } from '../../functions/app/ports.js';
import { receiveMail } from '../../functions/app/receive-mail.js';
import { storedDelivery } from '../../functions/app/stored-delivery.js';
import { MemoryRecoveryStore } from './memory-recovery-store.js';
import type { MemoryInviteStore } from './memory-store.js';
import { exampleConfig, RecordingLogger, RecordingMailer, SettableClock, NOW, type FakeInboundDeps } from './ports.js';

/** When each stored message was written (the S3 object's LastModified). */
export class MemoryRawMailListing implements RawMailListing {
  readonly stored: StoredMail[] = [];

  add(messageId: string, storedAt: Date): void {
    this.stored.push({ messageId, storedAt });
  }

  async storedBetween(from: Date, to: Date, maxObjects: number): Promise<{ mail: StoredMail[]; complete: boolean }> {
    const read = this.stored.slice(0, maxObjects);
    return { mail: read.filter((m) => m.storedAt >= from && m.storedAt <= to), complete: read.length === this.stored.length };
  }
}

/** Records each re-drive; with `inbound`, runs it as the inbound function does (the message rebuilt from the stored mail). */
export class RecordingRedriver implements Redriver {
  readonly redriven: string[] = [];
  readonly results: unknown[] = [];
  failing = 0;

  constructor(private readonly inbound?: FakeInboundDeps) {}

  async redrive(messageId: string): Promise<void> {
    if (this.failing > 0) {
      this.failing -= 1;
      throw Object.assign(new Error('Lambda is unavailable'), { name: 'ServiceException' });
    }
    this.redriven.push(messageId);
    if (this.inbound) this.results.push(await receiveMail(this.inbound, await storedDelivery(this.inbound, messageId)));
  }
}

export interface FakeSweepDeps extends SweepDeps {
  listing: MemoryRawMailListing;
  recovery: MemoryRecoveryStore;
  redriver: RecordingRedriver;
  clock: SettableClock;
  log: RecordingLogger;
}

/** The sweep over the inbound side's store and clock; the redriver runs the inbound use case. */
export function fakeSweepDeps(inbound: FakeInboundDeps, overrides: Partial<FakeSweepDeps> = {}): FakeSweepDeps {
  return {
    listing: new MemoryRawMailListing(),
    recovery: new MemoryRecoveryStore(inbound.store),
    redriver: new RecordingRedriver(inbound),
    clock: inbound.clock,
    log: new RecordingLogger(),
    settleMinutes: 15,
    lookbackHours: 72,
    maxRedrives: 25,
    maxListed: 20_000,
    ...overrides,
  };
}

export interface FakeFailureNoticeDeps extends FailureNoticeDeps {
  store: MemoryInviteStore;
  recovery: MemoryRecoveryStore;
  ownerMail: MemoryOwnerMailStore;
  scheduler: MemoryScheduler;
  mailer: RecordingMailer;
  clock: SettableClock;
  log: RecordingLogger;
}

export function fakeFailureNoticeDeps(store: MemoryInviteStore, overrides: Partial<FakeFailureNoticeDeps> = {}): FakeFailureNoticeDeps {
  return {
    config: exampleConfig(),
    store,
    recovery: new MemoryRecoveryStore(store),
    ownerMail: new MemoryOwnerMailStore(),
    scheduler: new MemoryScheduler(),
    mailer: new RecordingMailer(),
    clock: new SettableClock(NOW),
    log: new RecordingLogger(),
    rawMailLocation: 's3://raw-mail-bucket/inbound/',
    redriveCommand: 'npm run redrive -- --stack InviteAdvisor --region us-east-1',
    redriveSendingCommand: 'npm run redrive -- --stack InviteAdvisor --region us-east-1 --sending',
    ...overrides,
  };
}

/**
 * SES's header block on top of a message, as SES's S3 action stores it (docs/email-facts.md, "Re-driving
 * stored mail"), with these verdicts.
 */
export function withSesBlock(
  raw: Buffer,
  options: { mailFrom?: string; recipient?: string; spam?: string; virus?: string; dkim?: string; dmarc?: string; dkimDomain?: string; fromDomain?: string } = {},
): Buffer {
  const mailFrom = options.mailFrom ?? 'alex@example.com';
  const spf = `pass (spfCheck: domain of example.com designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=${mailFrom}; helo=mail.example.com;`;
  const block = [
    `Return-Path: <${mailFrom}>`,
    `Received: from mail.example.com (mail.example.com [192.0.2.1])\r\n by inbound-smtp.us-east-1.amazonaws.com with SMTP id abc123\r\n for ${options.recipient ?? 'interviews@in.example.com'};\r\n Tue, 17 Mar 2026 14:22:50 +0000 (UTC)`,
    `X-SES-Spam-Verdict: ${options.spam ?? 'PASS'}`,
    `X-SES-Virus-Verdict: ${options.virus ?? 'PASS'}`,
    `Received-SPF: ${spf}`,
    `Authentication-Results: amazonses.com;\r\n spf=${spf}\r\n dkim=${options.dkim ?? 'pass'} header.i=@${options.dkimDomain ?? 'example.com'};\r\n dmarc=${options.dmarc ?? 'pass'} header.from=${options.fromDomain ?? 'example.com'};`,
    'X-SES-RECEIPT: AEFBQUFBQUFBQUFH',
    'X-SES-DKIM-SIGNATURE: a=rsa-sha256; q=dns/txt; b=AAAA; c=relaxed/simple; s=x; d=amazonses.com; t=1; v=1; bh=AAAA; h=From:To;',
  ];
  return Buffer.concat([Buffer.from(`${block.join('\r\n')}\r\n`), raw]);
}
