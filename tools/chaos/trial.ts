/**
 * One trial: the owner forwards one invitation (and, on the command side, replies "accept" to its
 * recommendation so that the accept draft goes to the recruiter), through SMTP, the SES receiving
 * stand-in and Lambda as LambdaPlatform plays it, under one family's faults. Then what the SES stand-in
 * actually received is counted:
 *
 *   doubled to a recruiter   the recruiter got the draft more than once
 *   doubled to the owner     the owner got more than one mail in answer to the one message (its
 *                            forward, or its command); "counted" when the trial killed a process or
 *                            lost SES's answer after SES had accepted (the two cases item 3 allows)
 *   exactly once             forward: one recommendation; command: the draft once to the recruiter and
 *                            one confirmation to the owner
 *   failure path, told       the owner was told it failed or may not have gone out (one notice), or
 *                            the event reached the failure queue and the owner received the failure
 *                            notice that names the message (functions/app/tell-failure.ts)
 *   failure queue, not told  the event reached Lambda's failure queue and the owner heard nothing (the
 *                            raw mail and the event are kept; the failure notice itself failed)
 *
 * The failure notice is not an answer to the message (it replies to nothing, and says the message failed):
 * it is told apart by its subject and counted on its own, never as a second mail to the owner; two
 * failure notices for one message are a double to the owner.
 *   lost                     nothing, no notice, no failure queue (or an answer that says the wrong thing)
 */
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { renderNotice } from '../../functions/core/write/write.js';
import { headerValues, splitHeaderBlock } from '../../local/services/mime-headers.js';
import type { RecordedMail } from '../../local/services/ses.js';
import type { EventRecord } from './platform.js';
import type { ChaosStack } from './stack.js';

export type Side = 'forward' | 'command';

export type Verdict = 'exactly-once' | 'failure-told' | 'failure-untold' | 'lost' | 'doubled-owner' | 'doubled-recruiter';

/** What a trial did to the processes it ran: the two cases in which a second mail to the owner is allowed. */
export interface TrialFlags {
  /** an invocation was killed between two of its steps */
  processDied: boolean;
  /** SES accepted a mail and its answer was lost (an error or a reset instead) */
  sesAnswerLost: boolean;
}

export interface TrialResult {
  family: string;
  index: number;
  side: Side;
  verdict: Verdict;
  /** for doubled-owner: the trial killed a process or lost SES's answer after it accepted */
  counted: boolean;
  /** what was injected and what came of it, for the report of anomalies */
  detail: string;
}

const SAMPLE = readFileSync(new URL('../../samples/04-attachment-ats-video.eml', import.meta.url)).toString('latin1');
const ORIGINAL_ID = '01000196a7c3e5f2-7d1b4a8e-b2c9-3f6e1d0a5b8c-000000@email.ats.example';
const OWNER_NAME = 'Alex Morgan';

export interface Forward {
  raw: Buffer;
  /** the forward's own Message-ID (what the recommendation answers) */
  messageId: string;
  recruiter: string;
}

/**
 * A forward of its own invitation: its own Message-ID, its original's Message-ID (the invitation's
 * identity) and its company's domain (`lumenfield.example` → `lf<8 characters>.example`, the same length, so
 * that folded calendar lines keep their length).
 */
export function forwardFor(tag: string): Forward {
  const label = `lf${tag.padStart(8, '0').slice(-8)}`;
  const messageId = `<chaos-forward-${tag}@example.com>`;
  const text = SAMPLE.replaceAll('lumenfield.example', `${label}.example`)
    .replace(ORIGINAL_ID, `chaos-invite-${tag}@email.ats.example`)
    .replace(/^Message-ID:.*$/m, `Message-ID: ${messageId}`);
  return { raw: Buffer.from(text, 'latin1'), messageId, recruiter: `jordan.okafor@${label}.example` };
}

export interface Recommendation {
  token: string;
  messageId: string;
  subject: string;
}

/** The owner's reply "accept" to a recommendation, quoting it as Gmail does. */
export async function acceptCommand(rec: Recommendation, tag: string, inbox: string, owner: string): Promise<{ raw: Buffer; messageId: string; to: string }> {
  const messageId = `<chaos-command-${tag}@example.com>`;
  const to = inbox.replace('@', `+${rec.token}@`);
  const raw = await new MailComposer({
    from: `${OWNER_NAME} <${owner}>`,
    to,
    subject: `Re: ${rec.subject}`,
    text: `accept\n\nOn Tue, Mar 3, 2026 at 10:00 AM invite-advisor <advisor@in.example.com> wrote:\n> (the recommendation)\n`,
    messageId,
    inReplyTo: rec.messageId,
    references: [rec.messageId],
  })
    .compile()
    .build();
  return { raw, messageId, to };
}

/** Delivers a message to the SES receiving stand-in; resolves with SES's message id. */
export async function sendSmtp(port: number, raw: Buffer, envelope: { from: string; to: string[] }): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail({ envelope, raw });
    return String(info.response).split(' ').pop() ?? '';
  } finally {
    transport.close();
  }
}

export interface SentMail {
  destinations: string[];
  inReplyTo: string | null;
  subject: string;
  messageId: string | null;
  replyTo: string | null;
}

export function sentMails(recorded: RecordedMail[]): SentMail[] {
  return recorded.map((mail) => {
    const { fields } = splitHeaderBlock(Buffer.from(mail.raw, 'utf8'));
    const one = (name: string) => headerValues(fields, name)[0] ?? null;
    return { destinations: mail.destinations, inReplyTo: one('in-reply-to'), subject: one('subject') ?? '', messageId: one('message-id'), replyTo: one('reply-to') };
  });
}

/** The recommendation that answers a forward, with what a reply needs. */
export function recommendationFor(mails: SentMail[], forwardMessageId: string, owner: string): Recommendation | null {
  const mail = mails.find((m) => m.inReplyTo === forwardMessageId && isOwnerOnly(m, owner) && isRecommendation(m));
  const token = /\+([a-z2-7]+)@/.exec(mail?.replyTo ?? '')?.[1];
  if (!mail?.messageId || !token) return null;
  return { token, messageId: mail.messageId, subject: mail.subject };
}

const isOwnerOnly = (mail: SentMail, owner: string) => mail.destinations.length === 1 && mail.destinations[0] === owner;
const isRecommendation = (mail: SentMail) => /^(Attend|Politely decline): /.test(mail.subject);
const NOTICE = 'invite-advisor: ';
const isConfirmation = (mail: SentMail) => mail.subject.startsWith(`${NOTICE}sent to `);
/** A notice that says the draft did not go out, or may not have (or that whether it did could not be checked) */
const isFailureNotice = (mail: SentMail) =>
  /^invite-advisor: (your answer may not have gone out|not sent: Amazon SES refused it|not sent: sending failed|could not check whether your answer went out)/.test(mail.subject);
/** The failure notice's subject (it names nothing from the message: the same for every message). */
const FAILURE_NOTICE_SUBJECT = renderNotice('failed', {}).subject;
const isDeliveryFailureNotice = (mail: SentMail) => mail.subject === FAILURE_NOTICE_SUBJECT;
const noticeTitle = (mail: SentMail) => (mail.subject.startsWith(NOTICE) ? mail.subject.slice(NOTICE.length) : mail.subject).replace(/ to \S+@\S+/, ' to …');

/**
 * The failure notices the owner received, each as the text it was sent with (it names the SES message id
 * of the message that failed: `failureNoticesFor` counts those of one message).
 */
export async function failureNoticeTexts(recorded: RecordedMail[], owner: string): Promise<string[]> {
  const sent = sentMails(recorded);
  const notices = recorded.filter((_, i) => isOwnerOnly(sent[i]!, owner) && isDeliveryFailureNotice(sent[i]!));
  return Promise.all(notices.map(async (mail) => (await simpleParser(Buffer.from(mail.raw, 'utf8'))).text ?? ''));
}

/** How many of the failure notices name this SES message id. */
export function failureNoticesFor(texts: string[], sesMessageId: string): number {
  return sesMessageId === '' ? 0 : texts.filter((text) => text.includes(sesMessageId)).length;
}

/** SES's message id of the inbound message an event is about (null for a send job). */
export function eventMessageId(record: EventRecord): string | null {
  const event = record.event as { Records?: { ses?: { mail?: { messageId?: string } } }[] } | null;
  return event?.Records?.[0]?.ses?.mail?.messageId ?? null;
}

export interface Judged {
  verdict: Verdict;
  counts: string;
}

/** The forward side: what the owner got in answer to the forward. */
export function judgeForward(mails: SentMail[], input: { forwardMessageId: string; owner: string; failureQueue: boolean; failureNotices: number }): Judged {
  const answers = mails.filter((m) => m.inReplyTo === input.forwardMessageId && isOwnerOnly(m, input.owner) && !isDeliveryFailureNotice(m));
  const counts = `owner ${answers.length} (${answers.map((m) => (isRecommendation(m) ? 'recommendation' : noticeTitle(m))).join(', ') || 'none'})${input.failureQueue ? ', failure queue' : ''}${failureNoticeCount(input.failureNotices)}`;
  if (answers.length > 1 || input.failureNotices > 1) return { verdict: 'doubled-owner', counts };
  const [answer] = answers;
  if (answer && isRecommendation(answer)) return { verdict: 'exactly-once', counts };
  if (answer && input.failureQueue) return { verdict: 'failure-told', counts };
  if (!answer && input.failureQueue && input.failureNotices === 1) return { verdict: 'failure-told', counts };
  if (!answer && input.failureQueue) return { verdict: 'failure-untold', counts };
  return { verdict: 'lost', counts };
}

/** The command side: what the recruiter got, and what the owner got in answer to the command. */
export function judgeCommand(mails: SentMail[], input: { commandMessageId: string; recruiter: string; owner: string; failureQueue: boolean; failureNotices: number }): Judged {
  const toRecruiter = mails.filter((m) => m.destinations.includes(input.recruiter));
  const answers = mails.filter((m) => m.inReplyTo === input.commandMessageId && isOwnerOnly(m, input.owner) && !isDeliveryFailureNotice(m));
  const counts = `recruiter ${toRecruiter.length}, owner ${answers.length} (${answers.map(noticeTitle).join(', ') || 'none'})${input.failureQueue ? ', failure queue' : ''}${failureNoticeCount(input.failureNotices)}`;
  if (toRecruiter.length > 1) return { verdict: 'doubled-recruiter', counts };
  if (answers.length > 1 || input.failureNotices > 1) return { verdict: 'doubled-owner', counts };
  const [answer] = answers;
  if (answer && isConfirmation(answer) && toRecruiter.length === 1) return { verdict: 'exactly-once', counts };
  if (answer && isFailureNotice(answer)) return { verdict: 'failure-told', counts };
  if (!answer && input.failureQueue && input.failureNotices === 1) return { verdict: 'failure-told', counts };
  if (!answer && input.failureQueue) return { verdict: 'failure-untold', counts };
  return { verdict: 'lost', counts };
}

const failureNoticeCount = (n: number) => (n > 0 ? `, failure notice ${n}` : '');

/** The mail the SES stand-in recorded since the last clear. */
export function recordedSince(stack: ChaosStack): SentMail[] {
  return sentMails(stack.ses.recorded());
}
