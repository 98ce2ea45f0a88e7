/**
 * What each message sent to local mode came to, in words: the one home of the report that local mode
 * writes (from what the unchanged handler returned, the stored invitation and the mail it sent) and that
 * `npm run send` reads back over a local-only HTTP endpoint. Nothing here runs in the deployed function,
 * whose logs keep ids and outcomes only: subjects and addresses appear on the user's own terminal.
 */
import { simpleParser } from 'mailparser';

export type ReportedOutcome =
  | 'recommended'
  | 'choice-recorded'
  | 'command'
  | 'answered-notice'
  | 'dropped'
  | 'rate-limited'
  | 'answered-then-failed'
  | 'duplicate'
  /** the handler threw (local mode prints the error; the stand-in retries it twice, as Lambda does, then the failure notice tells the owner) */
  | 'failed';

export interface MessageReport {
  /** the SES message id (the SMTP answer names it) */
  messageId: string;
  /** ISO time the run ended */
  at: string;
  outcome: ReportedOutcome;
  /** why it was dropped, when the use case said */
  reason?: string;
  /** the From header as SES saw it */
  from: string | null;
  inviteId?: string;
  /** the recommendation's verdict and the invitation's subject (recommended) */
  verdict?: 'attend' | 'decline';
  subject?: string | null;
  /** the mail sent to the owner for this message (a recommendation or a note) */
  sent?: { subject: string; to: string[] };
  /** a reply command that sends a draft (accept, decline, resend): the draft handed to the sending function, which confirms in a note once it is out */
  draft?: { verdict: 'attend' | 'decline' | null; to: string | null };
  /** the earlier outcome of a duplicate delivery */
  previous?: string;
  error?: string;
}

/** The running local mode, as `send` needs to explain a drop. */
export interface InstanceFacts {
  configFile: string;
  owners: string[];
  inbox: string;
}

/** The JSON answer of the outcome endpoint. */
export type OutcomeAnswer = { state: 'done'; report: MessageReport; instance: InstanceFacts } | { state: 'pending'; instance: InstanceFacts };

export const OUTCOME_PATH = '/api/messages/';

/** Reports of this run, by SES message id; a reader may wait for one. */
export class OutcomeBook {
  private readonly reports = new Map<string, MessageReport>();
  private readonly waiters = new Map<string, Set<(report: MessageReport) => void>>();

  record(report: MessageReport): void {
    this.reports.set(report.messageId, report);
    for (const wake of this.waiters.get(report.messageId) ?? []) wake(report);
    this.waiters.delete(report.messageId);
  }

  get(messageId: string): MessageReport | undefined {
    return this.reports.get(messageId);
  }

  /** The report, once it exists, or undefined after `ms`. */
  wait(messageId: string, ms: number): Promise<MessageReport | undefined> {
    const known = this.reports.get(messageId);
    if (known || ms <= 0) return Promise.resolve(known);
    return new Promise((resolve) => {
      const set = this.waiters.get(messageId) ?? new Set();
      this.waiters.set(messageId, set);
      const wake = (report: MessageReport | undefined): void => {
        clearTimeout(timer);
        set.delete(wake);
        resolve(report);
      };
      const timer = setTimeout(() => wake(undefined), ms);
      set.add(wake);
    });
  }
}

/** What the handler returned for one record (functions/app/receive-mail.ts, InboundResult), loosely. */
interface HandlerResult {
  outcome: string;
  reason?: string;
  inviteId?: string;
  sentMessageId?: string;
  previous?: string;
}

export interface ReportLookups {
  /** the stored invitation's verdict and original subject, and the draft a reply command chose to send (its verdict and recipient) */
  invitation(inviteId: string): Promise<{ verdict: 'attend' | 'decline'; subject: string | null; send?: { verdict: 'attend' | 'decline'; to: string | null } | null } | null>;
  /** the raw MIME of a mail the SES stand-in accepted, by the id it answered with */
  sentMail(sesMessageId: string): Promise<string | null>;
}

/** The report of one handler run, from the event it got (a receipt event, or the sweep's re-drive) and what it returned (or threw). */
export async function reportOf(event: unknown, run: { result?: unknown; error?: unknown }, lookups: ReportLookups, now = new Date()): Promise<MessageReport> {
  const mail = (event as { Records?: { ses?: { mail?: { messageId?: string; commonHeaders?: { from?: string[] } } } }[] }).Records?.[0]?.ses?.mail;
  const redriven = (event as { messageId?: unknown } | null)?.messageId;
  const base = { messageId: mail?.messageId ?? (typeof redriven === 'string' ? redriven : '?'), at: now.toISOString(), from: mail?.commonHeaders?.from?.[0] ?? null };
  if (run.error !== undefined) return { ...base, outcome: 'failed', error: run.error instanceof Error ? run.error.message.split('\n')[0] : String(run.error) };
  const result = (Array.isArray(run.result) ? run.result[0] : run.result) as HandlerResult | undefined;
  const report: MessageReport = { ...base, outcome: (result?.outcome ?? 'failed') as ReportedOutcome };
  if (result?.reason) report.reason = result.reason;
  if (result?.previous) report.previous = result.previous;
  if (result?.inviteId) report.inviteId = result.inviteId;
  // A lookup that fails only makes the line shorter.
  if (result?.outcome === 'recommended' && result.inviteId) {
    const invitation = await lookups.invitation(result.inviteId).catch(() => null);
    if (invitation) Object.assign(report, { verdict: invitation.verdict, subject: invitation.subject });
  }
  // A command that sends a draft mails nothing itself: the sending function sends the draft, then confirms.
  if (result?.outcome === 'command' && !result.sentMessageId && result.inviteId) {
    const invitation = await lookups.invitation(result.inviteId).catch(() => null);
    Object.assign(report, { subject: invitation?.subject ?? null, draft: { verdict: invitation?.send?.verdict ?? null, to: invitation?.send?.to ?? null } });
  }
  if (result?.sentMessageId) {
    const raw = await lookups.sentMail(result.sentMessageId).catch(() => null);
    if (raw) {
      const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
      const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
      report.sent = { subject: parsed.subject ?? '', to };
    }
  }
  return report;
}

const VERDICT_WORDS = { attend: 'attend', decline: 'politely decline' } as const;
const DRAFT_WORDS = { attend: 'the accept draft', decline: 'the polite decline' } as const;

/** A reply command that hands a draft to the sending function: which draft, to whom, about what. */
function draftLine(report: MessageReport): string {
  const draft = `${report.draft?.verdict ? DRAFT_WORDS[report.draft.verdict] : 'the chosen draft'}${report.draft?.to ? ` to ${report.draft.to}` : ''}`;
  return `command taken: invite-advisor sends ${draft}${report.subject ? ` ("${report.subject}")` : ''} for you; a note confirms once it is out`;
}

const DROP_WHY: Record<string, string> = {
  stranger: 'not from an owner address',
  'virus-from-stranger': 'not from an owner address (and SES saw a virus)',
  'own-address': "from invite-advisor's own address (a loop)",
  automatic: 'automatic mail (an auto-reply, a bounce or list mail)',
  'forged-owner': 'the owner address forged (DMARC failed)',
  'unauthenticated-owner': 'the owner address without DMARC or aligned DKIM passing',
  'own-mail-forwarded-again': "a forward of invite-advisor's own mail, answered once already (or a forward of one of its notes)",
};

/** The local terminal's line for one message: time, outcome, verdict or note, and the id. */
export function terminalLine(report: MessageReport): string {
  const time = new Date(report.at).toLocaleTimeString('en-GB', { hour12: false });
  const what = (() => {
    switch (report.outcome) {
      case 'recommended':
        return `recommended: ${report.verdict ? VERDICT_WORDS[report.verdict] : '?'} — "${report.subject ?? '(no subject)'}"`;
      case 'dropped':
        return `dropped: ${report.reason ? (DROP_WHY[report.reason] ?? report.reason) : 'a reply that was not authenticated well enough'} (From ${report.from ?? 'none'}); nothing sent`;
      case 'duplicate':
        return `duplicate delivery (already ${report.previous ?? 'handled'}); nothing sent`;
      case 'failed':
        return `failed: ${report.error ?? 'unknown error'}`;
      case 'rate-limited':
        return `held back by the hourly cap (limits.mailsToOwnerPerHour, limits.recommendationsPerHour): answered in one digest in the next hour${report.sent ? `; sent "${report.sent.subject}"` : ''}`;
      case 'command':
        return report.draft ? draftLine(report) : `command: note sent${report.sent ? ` "${report.sent.subject}"` : ''}`;
      default:
        return `${report.outcome}${report.sent ? `: sent "${report.sent.subject}"` : ''}`;
    }
  })();
  return `[${time}] ${what}  (message ${report.messageId})`;
}

/**
 * `send`'s one line about its message, with the fix when nothing was answered. `fileFrom` is the From
 * address `send` read from its own file (null when it has none, or several).
 */
export function senderLine(answer: OutcomeAnswer, fileFrom: string | null, outboxUrl: string): { line: string; ok: boolean } {
  const { instance } = answer;
  if (answer.state === 'pending') {
    return { line: `accepted, but no outcome yet: the message is still being handled; watch the npm start terminal and ${outboxUrl}`, ok: false };
  }
  const { report } = answer;
  const owners = instance.owners.join(', ');
  switch (report.outcome) {
    case 'recommended':
      return { line: `recommended: ${report.verdict ? VERDICT_WORDS[report.verdict] : '?'} — "${report.subject ?? '(no subject)'}"; read it at ${outboxUrl}`, ok: true };
    case 'command':
      if (report.draft) return { line: `${draftLine(report)}; read it at ${outboxUrl}`, ok: true };
      return { line: `note sent${report.sent ? `: "${report.sent.subject}"` : ''}; read it at ${outboxUrl}`, ok: true };
    case 'answered-notice':
    case 'choice-recorded':
      return { line: `${report.outcome === 'choice-recorded' ? 'choice recorded, ' : ''}note sent${report.sent ? `: "${report.sent.subject}"` : ''}; read it at ${outboxUrl}`, ok: true };
    case 'rate-limited':
      return { line: `held back: the hourly cap (limits.mailsToOwnerPerHour or limits.recommendationsPerHour in ${instance.configFile}) was reached; it is answered in one digest at the start of the next hour (scheduled; the first forward after the hour is the fallback)${report.sent ? `; sent "${report.sent.subject}" instead` : ''}`, ok: false };
    case 'duplicate':
      return { line: `duplicate: this delivery was already handled (${report.previous ?? '?'}); nothing sent`, ok: true };
    case 'failed':
      return { line: `failed: ${report.error ?? 'unknown error'} (see the npm start terminal)`, ok: false };
    case 'answered-then-failed':
      return { line: `answered, then a write failed (see the npm start terminal); read it at ${outboxUrl}`, ok: false };
    case 'dropped':
      return { line: `dropped: ${dropExplanation(report, fileFrom, instance, owners)}`, ok: false };
  }
}

function dropExplanation(report: MessageReport, fileFrom: string | null, instance: InstanceFacts, owners: string): string {
  const from = fileFrom ?? report.from;
  switch (report.reason) {
    case 'stranger':
    case 'virus-from-stranger':
      return from
        ? `the file's From is ${from}, and this local mode answers only ${owners} (owner.addresses in ${instance.configFile}). Fix: add ${from} to owner.addresses there and restart npm start (or start it with --config <your file> and pass the same --config to send), or send the file with --as-owner`
        : `the file has no single From address, and only mail from ${owners} (owner.addresses in ${instance.configFile}) is answered. Fix: send it with --as-owner, or give the file one "From: ${instance.owners[0] ?? 'you@example.com'}" line`;
    case 'own-address':
      return `the file's From is ${from ?? "invite-advisor's own address"}, invite-advisor's own address (${instance.inbox} or its sending address): mail from itself is never answered. Fix: send it with --as-owner`;
    case 'automatic':
      return `the file looks automatic (an Auto-Submitted header other than "no", Precedence: bulk, list or junk, a List-Id, or an empty envelope sender): such mail is never answered. Fix: remove those header lines from the file`;
    case 'forged-owner':
    case 'unauthenticated-owner':
      return `the file's From is the owner (${from ?? '?'}), but the SES verdicts it carries say it is not authentic (DMARC or DKIM failed): never answered. Fix: remove the X-Invite-Advisor-Test-Verdicts line from the file`;
    case 'own-mail-forwarded-again':
      return `the file forwards mail invite-advisor wrote, which is answered once (a note), and this one was answered already or is a note of its own. Fix: forward the recruiter's invitation itself`;
    case undefined:
      return `the reply was not authenticated well enough to be a command (DMARC or aligned DKIM must pass); nothing sent`;
    default:
      return `${report.reason}; nothing sent`;
  }
}

/** Reads the outcome of one message from a running local mode, waiting up to `waitSeconds`. */
export async function fetchOutcome(url: string, waitSeconds: number): Promise<OutcomeAnswer> {
  const answer = await fetch(`${url}?wait=${waitSeconds}`, { signal: AbortSignal.timeout((waitSeconds + 5) * 1000) });
  if (!answer.ok) throw new Error(`${url} answered ${answer.status}`);
  return (await answer.json()) as OutcomeAnswer;
}
