/**
 * In-memory implementations of the other ports (functions/app/ports.ts), for the fast tests of the use
 * cases: raw mail, a recording mailer and draft sender, an account, a settable clock, a recording
 * logger, and builders of each use case's dependencies on the example configuration
 * (local/local.config.json). Nothing here touches the network or the real clock.
 */
import { readFileSync } from 'node:fs';
import { simpleParser, type ParsedMail } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { BounceDeps, Clock, Delivery, DraftSender, InboundDeps, Logger, MailAccount, Mailer, RawMailSource, SendDeps, SendJob } from '../../functions/app/ports.js';
import { receiveMail, type InboundResult } from '../../functions/app/receive-mail.js';
import { loadConfig, validate } from '../../functions/config/load.js';
import { ConfigSchema, type Config } from '../../functions/config/schema.js';
import { MemoryInviteStore } from './memory-store.js';
import { MemoryOwnerMailStore } from './memory-owner-mail.js';
import { MemoryFollowThroughStore, MemoryScheduler } from './memory-follow-through.js';

/** The example configuration's addresses (local/local.config.json). */
export const OWNER = 'alex@example.com';
export const INBOX = 'interviews@in.example.com';
export const SENDING = 'advisor@in.example.com';
/** A fixed reply-token secret: tokens made by a test verify in the use case. */
export const TOKEN_SECRET = 'unit-test-reply-token-secret-0123456789';

const EXAMPLE_CONFIG_FILE = new URL('../../local/local.config.json', import.meta.url).pathname;
let exampleConfigCache: Config | null = null;

/** A fresh copy of the example configuration, loaded and validated as the functions load theirs. */
export function exampleConfig(): Config {
  exampleConfigCache ??= loadConfig(EXAMPLE_CONFIG_FILE);
  return structuredClone(exampleConfigCache);
}

/**
 * The example configuration with some of its sections replaced (each section is merged one level
 * deep), validated again as a configuration file would be.
 */
export function configWith(patch: { [K in keyof Config]?: Partial<Config[K]> }): Config {
  const config = exampleConfig();
  for (const [section, values] of Object.entries(patch) as [keyof Config, object][]) {
    Object.assign(config, { [section]: { ...(config[section] as object), ...values } });
  }
  return validate(ConfigSchema, config, 'configWith (tests/fakes/ports.ts)');
}

/** Bytes of a file under tests/ (e.g. `fixtures/mail/forward-gmail-owner.eml`). */
export function fixture(path: string): Buffer {
  return readFileSync(new URL(`../${path}`, import.meta.url));
}

/** The raw mail SES stored, by message id. */
export class MemoryRawMail implements RawMailSource {
  private readonly objects = new Map<string, Uint8Array>();

  put(messageId: string, raw: Uint8Array): void {
    this.objects.set(messageId, new Uint8Array(raw));
  }

  has(messageId: string): boolean {
    return this.objects.has(messageId);
  }

  async get(messageId: string): Promise<Uint8Array> {
    const raw = this.objects.get(messageId);
    // As the S3 adapter: a missing object is an outage or a setup error, not a permanent one.
    if (!raw) throw Object.assign(new Error(`raw mail not found: ${messageId}`), { name: 'RawMailMissingError' });
    return new Uint8Array(raw);
  }

  async delete(messageId: string): Promise<void> {
    this.objects.delete(messageId);
  }
}

export interface RecordedMail {
  raw: Buffer;
  envelope: { from: string; to: string[] };
  /** what sendRaw returned (SES's message id) */
  messageId: string;
}

/** An error as the SDK throws it: a name, and the HTTP status in `$metadata` (none: no answer at all). */
export function sdkError(name: string, message: string, httpStatusCode?: number): Error {
  const error = Object.assign(new Error(message), httpStatusCode === undefined ? {} : { $metadata: { httpStatusCode } });
  error.name = name;
  return error;
}

/** Keeps every message it is asked to send (raw MIME and envelope); can be told to fail. */
export class RecordingMailer implements Mailer {
  readonly sent: RecordedMail[] = [];
  private failures: { count: number; error: unknown; accepted: boolean } = { count: 0, error: null, accepted: false };
  private counter = 0;

  /** The next `count` calls throw `error` (and send nothing: a refusal, or an outage before SES took it). */
  failNext(count: number, error: unknown): void {
    this.failures = { count, error, accepted: false };
  }

  /** The next `count` calls send (the mail is recorded) and then throw `error`: SES accepted, its answer was lost. */
  acceptThenFail(count: number, error: unknown): void {
    this.failures = { count, error, accepted: true };
  }

  async sendRaw(raw: Uint8Array, envelope: { from: string; to: string[] }): Promise<string> {
    const failing = this.failures.count > 0;
    if (failing) this.failures.count -= 1;
    if (failing && !this.failures.accepted) throw this.failures.error;
    this.counter += 1;
    const messageId = `0100019c${String(this.counter).padStart(8, '0')}-fake-ses-000000`;
    this.sent.push({ raw: Buffer.from(raw), envelope: { from: envelope.from, to: [...envelope.to] }, messageId });
    if (failing) throw this.failures.error;
    return messageId;
  }

  /** Every recorded message, parsed with mailparser. */
  async parsed(): Promise<(RecordedMail & { mail: ParsedMail })[]> {
    return Promise.all(this.sent.map(async (m) => ({ ...m, mail: await simpleParser(m.raw) })));
  }

  /** The recorded messages whose envelope includes `address`, parsed. */
  async to(address: string): Promise<(RecordedMail & { mail: ParsedMail })[]> {
    return (await this.parsed()).filter((m) => m.envelope.to.includes(address));
  }
}

/** Keeps the jobs handed to the sending function; can be told to fail. */
export class RecordingDraftSender implements DraftSender {
  readonly jobs: SendJob[] = [];
  private failures: { count: number; error: unknown } = { count: 0, error: null };

  failNext(count: number, error: unknown): void {
    this.failures = { count, error };
  }

  async request(job: SendJob): Promise<void> {
    if (this.failures.count > 0) {
      this.failures.count -= 1;
      throw this.failures.error;
    }
    this.jobs.push(structuredClone(job));
  }
}

export class FakeMailAccount implements MailAccount {
  constructor(public production = true) {}

  async productionAccess(): Promise<boolean> {
    return this.production;
  }
}

/** A clock that says what the test sets (and that sleeping moves on). */
export class SettableClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(date: Date | string): void {
    this.current = new Date(date).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }

  /** Waits by moving the clock on: retry backoff takes no real time in the fast tests. */
  async sleep(ms: number): Promise<void> {
    this.current += ms;
  }
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  extra?: Record<string, unknown>;
}

/** Prints nothing; keeps every line. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];

  info(message: string, extra?: Record<string, unknown>): void {
    this.lines.push({ level: 'info', message, ...(extra ? { extra } : {}) });
  }

  warn(message: string, extra?: Record<string, unknown>): void {
    this.lines.push({ level: 'warn', message, ...(extra ? { extra } : {}) });
  }

  error(message: string, extra?: Record<string, unknown>): void {
    this.lines.push({ level: 'error', message, ...(extra ? { extra } : {}) });
  }
}

/** A fixed instant, after the fixtures were written and before their interviews. */
export const NOW = new Date('2026-03-17T15:00:00Z');

export interface FakeInboundDeps extends InboundDeps {
  rawMail: MemoryRawMail;
  store: MemoryInviteStore;
  ownerMail: MemoryOwnerMailStore;
  mailer: RecordingMailer;
  draftSender: RecordingDraftSender;
  account: FakeMailAccount;
  scheduler: MemoryScheduler;
  followThrough: MemoryFollowThroughStore;
  clock: SettableClock;
  log: RecordingLogger;
}

export function fakeInboundDeps(overrides: Partial<FakeInboundDeps> = {}): FakeInboundDeps {
  const deps: FakeInboundDeps = {
    config: exampleConfig(),
    tokenSecret: TOKEN_SECRET,
    claimLeaseSeconds: 60,
    rawMail: new MemoryRawMail(),
    store: new MemoryInviteStore(),
    ownerMail: new MemoryOwnerMailStore(),
    mailer: new RecordingMailer(),
    draftSender: new RecordingDraftSender(),
    account: new FakeMailAccount(true),
    scheduler: new MemoryScheduler(),
    followThrough: new MemoryFollowThroughStore(),
    clock: new SettableClock(NOW),
    log: new RecordingLogger(),
    ...overrides,
  };
  // One table in production: the recommendation's write reads the held-mail signal holdMail keeps.
  deps.store.heldSignal ??= (hourStart) => deps.ownerMail.heldBeforeHour(hourStart);
  // One table: the nudges the write after a send keeps are the ones the follow-through reads.
  deps.followThrough.nudges = deps.store.nudges;
  return deps;
}

export interface FakeSendDeps extends SendDeps {
  store: MemoryInviteStore;
  mailer: RecordingMailer;
  clock: SettableClock;
  log: RecordingLogger;
}

/** The sending function's dependencies; pass the inbound side's store (and clock) to share state. */
export function fakeSendDeps(overrides: Partial<FakeSendDeps> = {}): FakeSendDeps {
  return {
    config: exampleConfig(),
    store: new MemoryInviteStore(),
    mailer: new RecordingMailer(),
    clock: new SettableClock(NOW),
    log: new RecordingLogger(),
    ...overrides,
  };
}

export interface FakeBounceDeps extends BounceDeps {
  store: MemoryInviteStore;
  mailer: RecordingMailer;
  clock: SettableClock;
  log: RecordingLogger;
}

export function fakeBounceDeps(overrides: Partial<FakeBounceDeps> = {}): FakeBounceDeps {
  return {
    config: exampleConfig(),
    store: new MemoryInviteStore(),
    mailer: new RecordingMailer(),
    clock: new SettableClock(NOW),
    log: new RecordingLogger(),
    ...overrides,
  };
}

export const PASS = { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

/** The header fields of a raw message, unfolded, in order (what SES's receipt event lists). */
export function headerFields(raw: Uint8Array): { name: string; value: string }[] {
  const text = Buffer.from(raw).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  return block
    .split(/\r?\n/)
    .map((line) => /^([\x21-\x39\x3b-\x7e]+)[ \t]*:[ \t]*(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1] ?? '', value: m[2] ?? '' }));
}

/**
 * Stores `raw` under `messageId` and returns the Delivery the inbound handler would build from SES's
 * event for it: headers and From as SES lists them, envelope and verdicts as given.
 */
export function deliver(
  rawMail: MemoryRawMail,
  messageId: string,
  raw: Uint8Array,
  options: { mailFrom?: string; recipients?: string[]; verdicts?: Partial<Delivery['verdicts']>; headers?: Delivery['headers'] } = {},
): Delivery {
  rawMail.put(messageId, raw);
  const headers = options.headers ?? headerFields(raw);
  return {
    messageId,
    mailFrom: options.mailFrom ?? OWNER,
    recipients: options.recipients ?? [INBOX],
    headers,
    headersTruncated: false,
    from: headers.filter((h) => h.name.toLowerCase() === 'from').map((h) => h.value),
    verdicts: { ...PASS, ...options.verdicts },
  };
}

/** A message the owner writes (a reply to a recommendation, or a draft sent from its link), as raw MIME. */
export async function ownerMessage(options: { to: string; cc?: string; subject?: string; text: string; messageId: string; inReplyTo?: string | null; date?: Date }): Promise<Buffer> {
  return new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: options.to,
    ...(options.cc ? { cc: options.cc } : {}),
    subject: options.subject ?? 'Re: your recommendation',
    text: options.text,
    messageId: options.messageId,
    date: options.date ?? NOW,
    ...(options.inReplyTo ? { inReplyTo: options.inReplyTo, references: [options.inReplyTo] } : {}),
  })
    .compile()
    .build();
}

/** An invitation as its sender wrote it (its Message-ID kept: it is forwarded as an attachment). */
export interface OriginalInvite {
  from: string;
  messageId: string;
  subject: string;
  body: string;
  date: string;
  replyTo?: string;
}

/** The owner's forward of `invite` as an attachment (message/rfc822), with a note. */
export async function forwardedAsAttachment(invite: OriginalInvite, note = ''): Promise<Buffer> {
  const original = await new MailComposer({
    from: invite.from,
    to: OWNER,
    subject: invite.subject,
    text: invite.body,
    messageId: invite.messageId,
    date: new Date(invite.date),
    ...(invite.replyTo ? { replyTo: invite.replyTo } : {}),
  })
    .compile()
    .build();
  return new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: INBOX,
    subject: `Fwd: ${invite.subject}`,
    text: note,
    messageId: `<${sesId('outer')}@mail.example.com>`,
    date: NOW,
    attachments: [{ content: original, contentType: 'message/rfc822', contentDisposition: 'attachment', filename: 'invite.eml' }],
  })
    .compile()
    .build();
}

/*
 * Scenarios the use-case tests share: the owner forwards an invitation and gets the recommendation;
 * the owner replies to it. Both go through the real entry (receiveMail) with the fakes above.
 */

export interface Recommendation {
  inviteId: string;
  /** the reply token of the recommendation's Reply-To (`interviews+<token>@…`) */
  token: string;
  /** the recommendation's Message-ID header (what a reply quotes in In-Reply-To) */
  messageId: string;
  /** the SES message id of the owner's forward */
  forwardId: string;
  mail: ParsedMail;
}

let sequence = 0;
/** A fresh SES message id. */
export function sesId(label = 'msg'): string {
  sequence += 1;
  return `${label}-${String(sequence).padStart(6, '0')}`;
}

/**
 * The owner forwards an invitation (tests/fixtures/mail/forward-gmail-owner.eml unless told: another
 * fixture, or a raw message such as `forwardedAsAttachment` builds) and gets the recommendation.
 */
export async function forwardInvitation(deps: FakeInboundDeps, options: { fixture?: string; raw?: Uint8Array; sesMessageId?: string } = {}): Promise<Recommendation> {
  const forwardId = options.sesMessageId ?? sesId('forward');
  const before = deps.mailer.sent.length;
  const raw = options.raw ?? fixture(options.fixture ?? 'fixtures/mail/forward-gmail-owner.eml');
  const result = await receiveMail(deps, deliver(deps.rawMail, forwardId, raw));
  if (result.outcome !== 'recommended' || !('inviteId' in result) || !result.inviteId) throw new Error(`expected a recommendation, got ${JSON.stringify(result)}`);
  const recorded = deps.mailer.sent.slice(before);
  if (recorded.length !== 1) throw new Error(`expected one mail to the owner, got ${recorded.length}`);
  const mail = await simpleParser(recorded[0]!.raw);
  const token = /^interviews\+([a-z2-7]+)@in\.example\.com$/.exec(mail.replyTo?.value[0]?.address ?? '')?.[1];
  if (!token || !mail.messageId) throw new Error('the recommendation has no reply token or no Message-ID');
  return { inviteId: result.inviteId, token, messageId: mail.messageId, forwardId, mail };
}

/**
 * The owner replies to a recommendation, quoting it as Gmail does, from an authenticated owner address
 * (unless `verdicts` says otherwise). Returns what receiveMail answered and the mail sent meanwhile.
 */
export async function replyToRecommendation(
  deps: FakeInboundDeps,
  recommendation: Recommendation,
  text: string,
  options: { token?: string; sesMessageId?: string; verdicts?: Partial<Delivery['verdicts']> } = {},
): Promise<{ result: InboundResult; sesMessageId: string; messageId: string; answers: (RecordedMail & { mail: ParsedMail })[] }> {
  const sesMessageId = options.sesMessageId ?? sesId('reply');
  const messageId = `<${sesMessageId}@mail.example.com>`;
  const to = `interviews+${options.token ?? recommendation.token}@in.example.com`;
  const quoted = (recommendation.mail.text ?? '').split('\n').map((line) => `> ${line}`).join('\n');
  const raw = await ownerMessage({
    to,
    subject: `Re: ${recommendation.mail.subject ?? ''}`,
    text: `${text}\n\nOn Tue, Mar 17, 2026 at 11:00 AM invite-advisor <${SENDING}> wrote:\n${quoted}\n`,
    messageId,
    inReplyTo: recommendation.messageId,
  });
  const before = deps.mailer.sent.length;
  const result = await receiveMail(deps, deliver(deps.rawMail, sesMessageId, raw, { recipients: [to], ...(options.verdicts ? { verdicts: options.verdicts } : {}) }));
  const answers = await Promise.all(deps.mailer.sent.slice(before).map(async (m) => ({ ...m, mail: await simpleParser(m.raw) })));
  return { result, sesMessageId, messageId, answers };
}
