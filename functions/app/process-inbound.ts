/**
 * The use case behind the Lambda handler, written as the pipeline it is:
 *   fetch the raw mail → parse → who sent it (trust) → claim the message id (idempotency) →
 *   triage (find the original, extract, decide, draft) → store the invitation → render → send to the owner.
 * Only the fetch, the store and the send touch AWS, through the ports.
 */
import addressparser from 'nodemailer/lib/addressparser';
import type { Config } from '../config/schema.js';
import { InviteAdvisorError, ReplyTokenError } from '../errors.js';
import { isAddressOrPlusForm, normalizeAddress, splitPlusLabel } from '../core/mail/addresses.js';
import { headerValues, parseMessage, type ParsedMessage } from '../core/mail/parse.js';
import { renderNotice, renderTriage, type NoticeKind, type NoticeView } from '../core/write/render.js';
import { mailOwner, type OwnerMail } from './owner-mail.js';
import { makeReplyToken, verifyReplyToken } from '../core/reply/token.js';
import { calendarHold } from '../core/write/calendar-hold.js';
import { classifyInbound, type InboundClass, type InboundEnvelope, type VerdictStatus } from '../core/trust/trust.js';
import { readInvitation, recommend, toTriageJson, type Reading, type Triage } from '../core/triage/triage.js';
import { estimateHours } from '../core/decide/decide.js';
import { buildHistory, companyKeyOf, historyWindow, rescheduledFrom } from './history.js';
import type { Clock, DraftSender, InviteStore, MailAccount, Mailer, MessageOutcome, OwnerChoice, RawMailSource, StoredInvitation } from './ports.js';
import { processCommand } from './process-command.js';
import { isAuthenticCommand } from '../core/trust/authentic.js';

/** The part of an SES receipt record the use case reads (validated by the handler). */
export interface SesRecord {
  mail: {
    messageId: string;
    source: string;
    headersTruncated: boolean;
    headers: { name: string; value: string }[];
    commonHeaders: { from?: string[] | undefined };
  };
  receipt: {
    recipients: string[];
    spamVerdict: { status: string };
    virusVerdict: { status: string };
    dkimVerdict: { status: string };
    dmarcVerdict: { status: string };
  };
}

export interface Logger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
}

export interface InboundDeps {
  config: Config;
  tokenSecret: string;
  /** how long a claim on a message id holds; longer than the function timeout */
  claimLeaseSeconds: number;
  rawMail: RawMailSource;
  store: InviteStore;
  mailer: Mailer;
  /** hands a chosen draft to the sending function (reply commands) */
  draftSender: DraftSender;
  /** whether SES may mail anyone (production access) */
  account: MailAccount;
  clock: Clock;
  log: Logger;
}

export type InboundResult =
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'duplicate'; previous: MessageOutcome | 'in-progress' }
  | { outcome: MessageOutcome; inviteId?: string; sentMessageId?: string };

export async function processInbound(deps: InboundDeps, record: SesRecord): Promise<InboundResult> {
  const { messageId } = record.mail;
  const raw = await deps.rawMail.get(messageId);

  let parsed: ParsedMessage | null = null;
  let problem: InviteAdvisorError | null = null;
  try {
    parsed = await parseMessage(raw);
  } catch (error) {
    if (!(error instanceof InviteAdvisorError && error.permanent)) throw error;
    problem = error;
  }

  const envelope = envelopeOf(record, parsed);
  const trust = classifyInbound(envelope, {
    ownerAddresses: deps.config.owner.addresses,
    inboxAddress: deps.config.inbox.address,
    sendingAddress: deps.config.sending.address,
  });
  if (trust.kind === 'drop') {
    // Logged by id only: no reply, no bounce, no notice (that would turn spam into mail to others).
    deps.log.info('message dropped', { messageId, reason: trust.reason });
    return { outcome: 'dropped', reason: trust.reason };
  }

  const claim = await deps.store.claimMessage(messageId, deps.clock.now(), deps.claimLeaseSeconds);
  if (claim.status !== 'claimed') {
    deps.log.info('duplicate delivery', { messageId, previous: claim.status === 'done' ? claim.outcome : 'in-progress' });
    return { outcome: 'duplicate', previous: claim.status === 'done' ? claim.outcome : 'in-progress' };
  }
  try {
    const result = await answerOwner(deps, record, trust, parsed, problem, envelope);
    await deps.store.completeMessage(messageId, result.outcome, result, deps.clock.now());
    deps.log.info('message processed', { messageId, outcome: result.outcome, inviteId: result.inviteId });
    return result;
  } catch (error) {
    // Give the claim back so Lambda's retry can send what this attempt could not.
    await deps.store.releaseMessage(messageId).catch(() => undefined);
    throw error;
  }
}

type OwnerClass = Exclude<InboundClass, { kind: 'drop' }>;
type Answered = { outcome: MessageOutcome; inviteId?: string; sentMessageId?: string; headerId?: string };

async function answerOwner(
  deps: InboundDeps,
  record: SesRecord,
  trust: OwnerClass,
  parsed: ParsedMessage | null,
  problem: InviteAdvisorError | null,
  envelope: InboundEnvelope,
): Promise<Answered> {
  const reference = `${record.mail.messageId}`;
  const subject = parsed?.subject ?? record.mail.headers.find((h) => h.name.toLowerCase() === 'subject')?.value ?? null;
  const notice = (kind: NoticeKind, view: NoticeView = {}) =>
    sendToOwner(deps, record, parsed, renderNotice(kind, { subject, reference, ...view }), null);

  if (trust.kind === 'owner-virus') return notice('virus');
  if (!parsed) return notice('unreadable', { problem: problem?.message ?? 'unknown problem' });
  if (trust.kind === 'owner-reply') {
    const copy = choiceCopy(deps, trust.label, parsed, envelope);
    if (copy === 'invalid') return { outcome: 'dropped' };
    if (copy) return recordChoice(deps, copy);
    return processCommand(deps, { sesMessageId: record.mail.messageId, label: trust.label, parsed, envelope, notify: notice });
  }

  let reading = await readInvitation(parsed, deps.config.owner);
  if (!reading.facts.isInvite) return notice('notAnInvite');

  // History: earlier invitations from the same company, and the owner's other interviews around this one.
  const now = deps.clock.now();
  const companyKey = companyKeyOf(reading);
  const sameCompany = companyKey ? await deps.store.invitationsByCompany(companyKey) : [];
  reading = { ...reading, inviteId: rescheduledFrom(reading, sameCompany) ?? reading.inviteId };
  const window = historyWindow(reading, now);
  const around = await deps.store.invitationsBetween(window.from, window.to);
  const estimatedHours = estimateHours(reading.facts, inviteTextOf(reading));
  const history = buildHistory({ inviteId: reading.inviteId, current: { facts: reading.facts, estimatedHours }, sameCompany, around, now, timeZone: deps.config.owner.timeZone });
  const triage = recommend(reading, deps.config.owner, deps.config.preferences, history);

  await deps.store.saveInvitation(await invitationRecord(deps, record.mail.messageId, triage, { companyKey, estimatedHours }, now), now);
  const expires = new Date(now.getTime() + deps.config.limits.replyTokenDays * 86_400_000);
  const token = makeReplyToken(deps.tokenSecret, triage.inviteId, expires);
  const choiceToken = makeReplyToken(deps.tokenSecret, triage.inviteId, expires, 'choice');
  const inbox = splitPlusLabel(deps.config.inbox.address).base;
  const rendered = renderTriage(triage, deps.config.owner, {
    choiceAddress: deps.config.drafts.bccChoiceToInbox ? (label) => inbox.replace('@', `+${choiceToken}-${label}@`) : null,
    commandsEnabled: deps.config.replies.sendOnBehalf,
  });
  const hold = calendarHold(triage.inviteId, triage.facts, now);
  const attachments = hold ? [{ filename: 'interview-hold.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: hold }] : [];
  const sent = await sendToOwner(deps, record, parsed, { ...rendered, attachments }, inbox.replace('@', `+${token}@`), 'recommended');
  // The owner's reply will quote this message's id in In-Reply-To: remember which invitation it is about.
  for (const id of [sent.sentMessageId, sent.headerId]) if (id) await deps.store.rememberSentMessage(id, triage.inviteId, now);
  return { outcome: sent.outcome, inviteId: triage.inviteId, ...(sent.sentMessageId ? { sentMessageId: sent.sentMessageId } : {}) };
}

/**
 * The Bcc copy of a draft the owner sent from a recommendation's link: the label is
 * `<token>-accept[-N]` or `<token>-decline`, and the mail is addressed to the recruiter, not to us.
 * It records the choice and is never treated as a command.
 */
function choiceCopy(deps: InboundDeps, label: string, parsed: ParsedMessage, envelope: InboundEnvelope): { inviteId: string; choice: OwnerChoice } | 'invalid' | null {
  const match = /^([a-z2-7]+)-(accept|decline)(?:-(\d{1,2}))?$/.exec(label.toLowerCase());
  if (!match) return null;
  const addressedToUs = [...parsed.to, ...parsed.cc].some((box) => isAddressOrPlusForm(box.address, deps.config.inbox.address));
  if (addressedToUs) return null;
  // A choice feeds history and the conflict rules: as strict as a command about who wrote it.
  if (!isAuthenticCommand(envelope)) return 'invalid';
  try {
    const { inviteId } = verifyReplyToken(deps.tokenSecret, match[1] ?? '', deps.clock.now(), 'choice');
    const slot = match[3] ? Number(match[3]) : undefined;
    return { inviteId, choice: { verdict: match[2] === 'accept' ? 'attend' : 'decline', at: deps.clock.now().toISOString(), ...(slot ? { slot } : {}) } };
  } catch (error) {
    if (error instanceof ReplyTokenError) {
      // A copy of mail the owner sent to someone else: nothing to answer, whatever its token says.
      deps.log.warn('choice copy with an invalid token ignored', { reason: error.reason });
      return 'invalid';
    }
    throw error;
  }
}

async function recordChoice(deps: InboundDeps, copy: { inviteId: string; choice: OwnerChoice }): Promise<Answered> {
  const recorded = await deps.store.recordChoice(copy.inviteId, copy.choice);
  return { outcome: recorded ? 'choice-recorded' : 'dropped', inviteId: copy.inviteId };
}

async function sendToOwner(
  deps: InboundDeps,
  record: SesRecord,
  parsed: ParsedMessage | null,
  mail: OwnerMail,
  replyTo: string | null,
  outcome: MessageOutcome = 'answered-notice',
): Promise<Answered> {
  const owner = ownerAddressOf(deps.config, parsed, record);
  const sent = await mailOwner(deps, owner, mail, { inReplyTo: parsed?.messageId ?? null, replyTo });
  return {
    outcome: sent.status === 'sent' ? outcome : 'rate-limited',
    ...(sent.sentMessageId ? { sentMessageId: sent.sentMessageId } : {}),
    ...(sent.headerId ? { headerId: sent.headerId } : {}),
  };
}

/**
 * The configured owner address that sent this message. The answer goes to the configured spelling of
 * it, never to a From, Reply-To or Return-Path taken from the mail.
 */
function ownerAddressOf(config: Config, parsed: ParsedMessage | null, record: SesRecord): string {
  const from = normalizeAddress(parsed?.from?.address ?? firstAddress(record.mail.commonHeaders.from) ?? '');
  const owner = config.owner.addresses.find((a) => normalizeAddress(a) === from) ?? config.owner.addresses[0];
  if (!owner) throw new Error('configuration has no owner address');
  return owner;
}

async function invitationRecord(
  deps: InboundDeps,
  messageId: string,
  triage: Triage,
  derived: { companyKey: string | null; estimatedHours: number },
  now: Date,
): Promise<StoredInvitation> {
  const previous = await deps.store.getInvitation(triage.inviteId);
  const json = toTriageJson(triage);
  return {
    inviteId: triage.inviteId,
    sourceMessageIds: [...new Set([...(previous?.sourceMessageIds ?? []), messageId])],
    receivedAt: previous?.receivedAt ?? now.toISOString(),
    ownerNote: triage.forward.note,
    original: { ...json.original, messageId: triage.forward.original.messageId },
    facts: triage.facts,
    decision: triage.decision,
    ...derived,
    drafts: triage.drafts,
    choice: previous?.choice ?? null,
    // A re-forward or a reschedule keeps what was already sent on the owner's behalf.
    ...(previous?.send ? { send: previous.send } : {}),
  };
}

function inviteTextOf(reading: Reading): string {
  return `${reading.forward.original.subject ?? ''}\n${reading.forward.original.body}`;
}

function envelopeOf(record: SesRecord, parsed: ParsedMessage | null): InboundEnvelope {
  // SES's own view of the headers, unless it truncated them; its Authentication-Results is on top of
  // the stored message.
  const eventHeader = (name: string) =>
    record.mail.headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  const header = (name: string) => {
    if (parsed && (record.mail.headersTruncated || name === 'authentication-results')) return headerValues(parsed, name);
    return eventHeader(name);
  };
  const status = (s: { status: string }) => s.status.toUpperCase() as VerdictStatus;
  return {
    from: singleFrom(record, parsed),
    mailFrom: record.mail.source,
    recipients: record.receipt.recipients,
    header,
    verdicts: {
      spam: status(record.receipt.spamVerdict),
      virus: status(record.receipt.virusVerdict),
      dkim: status(record.receipt.dkimVerdict),
      dmarc: status(record.receipt.dmarcVerdict),
    },
  };
}

/**
 * The one From address. A message with several From headers or several mailboxes in From has no single
 * author to trust (which one did DMARC check?): it is treated as from nobody, and dropped.
 */
function singleFrom(record: SesRecord, parsed: ParsedMessage | null): string | null {
  if (parsed) {
    if (headerValues(parsed, 'from').length !== 1) return null;
    const boxes = addressparser(headerValues(parsed, 'from')[0] ?? '', { flatten: true }).filter((b) => b.address);
    return boxes.length === 1 ? (parsed.from?.address ?? null) : null;
  }
  const values = record.mail.commonHeaders.from ?? [];
  return values.length === 1 ? firstAddress(values) : null;
}

function firstAddress(values: string[] | undefined): string | null {
  for (const value of values ?? []) {
    const parsed = addressparser(value, { flatten: true });
    const address = parsed[0]?.address;
    if (address) return address;
  }
  return null;
}
