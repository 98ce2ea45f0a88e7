/**
 * The owner's reply to a recommendation (to its `<inbox>+<token>` Reply-To): a command.
 *
 *   authentic? (owner address AND DMARC pass or aligned DKIM pass) — otherwise dropped, never answered
 *   token valid, unexpired, of a stored invitation — otherwise the owner is told (the mail was authentic)
 *   token of a recommendation made before the owner forgot the invitation — refused (forget voids them all)
 *   accept [N] | decline | resend → only from the current recommendation (the token names its version;
 *       after a re-forward or a reschedule the owner is pointed to the newer one): claim the send on
 *       the invitation, hand the job to the sending function (its own role may mail recruiters; this
 *       one may not)
 *   history | forget | done → answered here (done: the owner answered outside the product; no nudge follows)
 */
import * as z from 'zod';
import { ReplyTokenError } from '../errors.js';
import { DAY_MS, recipientAddress, type InboundEnvelope, type ParsedMessage } from '../core/mail/mail.js';
import { leakedLines, parseCommand, readLabel, verifyReplyToken, type Command, type TokenSubject } from '../core/reply/reply.js';
import { isAuthenticCommand } from '../core/trust/trust.js';
import { dayInZone, fillText, inZone, mailto, ownerOnlyLines, phrases, type Draft, type NoticeView } from '../core/write/write.js';
import { cancelReminders, scheduleOnTheDay } from './reminders.js';
import { scheduleHowDidItGo } from './how-did-it-go.js';
import { STALE_CLAIM_MS, type InboundDeps, type Notify, type Outcome, type SendState, type StoredInvitation } from './ports.js';

const HISTORY_DAYS = 90;
/** How far a chain of reschedules is followed to the current invitation. */
const MAX_RESCHEDULES = 10;
/** the newest this many of them: what one mail lists */
const HISTORY_ITEMS = 50;

export async function runCommand(
  deps: InboundDeps,
  input: { sesMessageId: string; label: string; parsed: ParsedMessage; envelope: InboundEnvelope; notify: Notify },
): Promise<Outcome> {
  const { parsed } = input;
  let notify = input.notify;
  // Anything less than DMARC or an aligned DKIM pass could be a forgery: drop it and tell no one.
  if (!isAuthenticCommand(input.envelope)) {
    deps.log.warn('command dropped: not authenticated well enough', { messageId: input.sesMessageId });
    return { outcome: 'dropped' };
  }
  let token: TokenSubject;
  try {
    // A choice label (a draft's Bcc) never carries a command, whatever its token says.
    const label = readLabel(input.label);
    if (label.kind !== 'command') throw new ReplyTokenError('malformed');
    token = verifyReplyToken(deps.tokenSecret, label.token, deps.clock.now());
  } catch (error) {
    if (!(error instanceof ReplyTokenError)) throw error;
    return notify('badToken', { expired: error.reason === 'expired', outdated: error.reason === 'outdated', otherSecret: error.reason === 'bad-signature' });
  }
  const { inviteId } = token;
  // Every answer from here is about this invitation (the owner's reply names it in its subject): one the
  // cap holds back is left out of the digest once the invitation is forgotten (app/answer-held-mail.ts).
  notify = (kind, view, about = []) => input.notify(kind, view, [...new Set([inviteId, ...about])]);
  // The token must belong to the invitation this reply answers: the recommendation it quotes.
  for (const quoted of quotedMessageIds(parsed)) {
    const about = await deps.store.invitationForSentMessage(quoted);
    if (about && about !== inviteId) return notify('badToken', { otherInvitation: true });
  }
  const invitation = await deps.store.getInvitation(inviteId);
  if (!invitation) return notify('unknownInvitation');
  // The reply quotes the recommendation: its raw mail goes when the invitation is forgotten.
  await deps.store.rememberReply(inviteId, input.sesMessageId);
  // A version this invitation never had in its current life: one the owner forgot (every token made
  // before a forget is void, whatever the command), or none at all.
  if (token.version < (invitation.firstVersion ?? 1)) return withInvite(await notify('staleRecommendation', { forgotten: true, ...(await newest(deps, invitation)) }), inviteId);
  if (token.version > (invitation.version ?? 0)) return notify('badToken', { expired: false, outdated: false });

  const command = parseCommand(parsed.text);
  switch (command.kind) {
    case 'unknown':
      return notify('commandHelp', { firstLine: command.firstLine || phrases.emptyFirstLine });
    case 'history': {
      const { view, about } = await historyView(deps);
      // It names the invitations it lists: a held one is left out of the digest once one of them is forgotten.
      return withInvite(await notify('history', view, about), inviteId);
    }
    case 'forget':
      return forget(deps, invitation, input.sesMessageId, notify);
    case 'done':
      // The owner answered the recruiter outside the product: a choice for the reminders, not for history.
      await deps.followThrough.markAnswered(inviteId, deps.clock.now());
      // Only the nudge: `done` says nothing about an accept, whose reminders on the day stay.
      await cancelReminders(deps, inviteId, ['nudge']);
      return withInvite(await notify('done', { subject: invitation.original.subject ?? phrases.noSubject }), inviteId);
    default: {
      // A command sends exactly the drafts of the recommendation it answers: when the invitation was
      // read again since (a re-forward) or rescheduled, the owner is pointed to the newer one.
      const changed = !!invitation.supersededBy || token.version < (invitation.version ?? 0);
      if (changed) return withInvite(await notify('staleRecommendation', { forgotten: false, rescheduled: !!invitation.supersededBy, ...(await newest(deps, invitation)) }), inviteId);
      return withInvite(await send(deps, { ...input, notify, command, invitation }), inviteId);
    }
  }
}

/** The newest recommendation about this invitation (its reschedule's, when it was rescheduled), as the owner can find it. */
async function newest(deps: InboundDeps, invitation: StoredInvitation): Promise<{ subject: string; at: string | null }> {
  let current = invitation;
  for (let hops = 0; current.supersededBy && hops < MAX_RESCHEDULES; hops += 1) {
    const next = await deps.store.getInvitation(current.supersededBy);
    if (!next) break;
    current = next;
  }
  return { subject: current.original.subject ?? phrases.noSubject, at: current.recommendedAt ? inZone(current.recommendedAt, deps.config.owner.timeZone) : null };
}

function withInvite(result: Outcome, inviteId: string): Outcome {
  return { ...result, inviteId };
}

async function send(
  deps: InboundDeps,
  input: { sesMessageId: string; parsed: ParsedMessage; notify: Notify; invitation: StoredInvitation; command: Exclude<Command, { kind: 'unknown' | 'history' | 'forget' | 'done' }> },
): Promise<Outcome> {
  const { invitation, notify, command } = input;
  const existing = invitation.send ?? null;
  const verdict = command.kind === 'resend' ? (existing?.verdict ?? 'attend') : command.kind === 'accept' ? 'attend' : 'decline';

  if (command.kind === 'resend' && existing?.status !== 'uncertain') return notify('notUncertain', { state: existing ? describeState(existing, deps.config.owner.timeZone) : null });
  const slot = command.kind === 'accept' ? command.slot : (existing?.slot ?? null);
  const draft = chooseDraft(invitation, verdict, slot);
  if (draft === 'no-such-slot') return notify('badSlot', { slot: slot ?? 0, count: invitation.facts.slots.length, several: invitation.facts.slots.length > 1 });
  // Before anything is claimed: a plain mailbox on a host name (the sending function checks it again),
  // in the form the send job's schema takes.
  const to = draft.to ? recipientAddress(draft.to) : null;
  if (!to || !z.email().safeParse(to).success) return notify('noRecipient', { schedulingLink: invitation.facts.schedulingLink });

  const wording = command.kind === 'resend' ? null : command.wording;
  const body = wording ?? draft.body;
  const link = mailto({ ...draft, body }, null);
  const leaks = leakedLines(body, privateLines(deps, invitation));
  if (leaks.length > 0) return notify('leakRefused', { line: leaks[0] ?? '', command: command.kind === 'accept' && slot ? `accept ${slot}` : command.kind });

  // The same command again after this function failed between claiming and handing the job over
  // (Lambda retries it): hand the job over again; the sender's own state check keeps it at most once.
  const retried = existing?.status === 'claimed' && existing.attempt === input.sesMessageId;
  // A claim whose job never started long ago was lost on the way: claim it again (the store agrees).
  const lost = existing?.status === 'claimed' && deps.clock.now().getTime() - Date.parse(existing.at) > STALE_CLAIM_MS;
  if (existing && !retried && !lost && command.kind !== 'resend' && existing.status !== 'failed') {
    if (existing.verdict !== verdict) return notify('conflictingChoice', { previous: phrases.chose[existing.verdict], asked: phrases.asked[verdict], at: inZone(existing.at, deps.config.owner.timeZone) });
    if (existing.status === 'uncertain') return notify('uncertain', { what: what(existing), to: existing.to ?? draft.to });
    return notify('alreadySent', { what: what(existing), to: existing.to ?? draft.to, at: inZone(existing.at, deps.config.owner.timeZone), sent: existing.status === 'sent' });
  }
  if (!deps.config.replies.sendOnBehalf) return notify('sendingOff', { link });
  if (!(await deps.account.productionAccess())) return notify('sandbox', { to: draft.to, link });

  const state: SendState = { status: 'claimed', verdict, attempt: input.sesMessageId, at: deps.clock.now().toISOString(), to, ...(slot ? { slot } : {}) };
  const claim = retried ? { claimed: true as const } : await deps.store.claimSend(invitation.inviteId, state, { resend: command.kind === 'resend' });
  if (!claim.claimed) {
    // Another command got there first (a replay, or two replies at once): say what happened instead.
    const other = claim.existing;
    if (other && other.verdict !== verdict) return notify('conflictingChoice', { previous: phrases.chose[other.verdict], asked: phrases.asked[verdict], at: inZone(other.at, deps.config.owner.timeZone) });
    return notify('alreadySent', { what: phrases.draft[other?.verdict ?? verdict], to: other?.to ?? draft.to, at: other ? inZone(other.at, deps.config.owner.timeZone) : '', sent: other?.status === 'sent' });
  }
  await deps.draftSender.request({
    inviteId: invitation.inviteId,
    attempt: input.sesMessageId,
    verdict,
    to,
    subject: draft.subject,
    body,
    ...(slot ? { slot } : {}),
    commandMessageId: input.parsed.messageId,
  });
  // A choice is made: the nudge has nothing left to remind of, nor an earlier accept's reminders; an
  // accept schedules its own (they send only once the accept is the recorded choice or went out).
  await cancelReminders(deps, invitation.inviteId);
  if (verdict === 'attend') {
    await scheduleOnTheDay(deps, invitation, slot ?? undefined, threadOf(input.parsed));
    await scheduleHowDidItGo(deps, invitation, slot ?? undefined, threadOf(input.parsed));
  }
  // The sending function confirms to the owner once the mail is out.
  return { outcome: 'command' };
}

function chooseDraft(invitation: StoredInvitation, verdict: 'attend' | 'decline', slot: number | null): Draft | 'no-such-slot' {
  if (verdict === 'decline') return invitation.drafts.decline;
  if (slot === null) return invitation.drafts.accept;
  const slots = invitation.drafts.acceptSlots;
  if (slots.length === 0) return slot === 1 && invitation.facts.slots.length === 1 ? invitation.drafts.accept : 'no-such-slot';
  return slots[slot - 1] ?? 'no-such-slot';
}

/**
 * What invite-advisor wrote for the owner alone (a quote the reply parser missed shows up through
 * these): every line of the recommendation outside its drafts, as its template renders it, and the
 * owner's own note.
 */
function privateLines(deps: InboundDeps, invitation: StoredInvitation): string[] {
  const { inviteId, facts, decision, drafts, original } = invitation;
  return [...ownerOnlyLines({ inviteId, facts, decision, drafts, original, owner: deps.config.owner }), ...(invitation.ownerNote ?? '').split('\n')];
}

function what(state: SendState): string {
  return phrases.draft[state.verdict];
}

function describeState(state: SendState, timeZone: string): string {
  return fillText(state.status === 'sent' ? phrases.draftSent : phrases.draftSending, { what: what(state), at: inZone(state.at, timeZone) });
}

async function historyView(deps: InboundDeps): Promise<{ view: NoticeView; about: string[] }> {
  const since = new Date(deps.clock.now().getTime() - HISTORY_DAYS * DAY_MS);
  // A rescheduled invitation appears once, as its reschedule.
  const listed = (await deps.store.invitationsReceivedSince(since, HISTORY_ITEMS)).filter((i) => !i.supersededBy);
  const view = {
    days: HISTORY_DAYS,
    items: listed.map((i) => ({
      received: dayInZone(i.receivedAt, deps.config.owner.timeZone),
      what: fillText(phrases.roleAtCompany, { role: i.facts.role, company: i.facts.company }) || (i.original.subject ?? phrases.anInvitation),
      recommended: phrases.recommended[i.decision.verdict],
      choice: i.choice ? phrases.recommended[i.choice.verdict] : null,
      sent: i.send?.status === 'sent' ? fillText(phrases.sentTo, { what: what(i.send), to: i.send.to ?? '' }) : null,
      // the owner's answer to "How did it go?" (app/record-outcome.ts)
      outcome: i.outcome?.text ?? null,
    })),
  };
  return { view, about: listed.map((i) => i.inviteId) };
}

/**
 * Deletes the invitation, the raw mail of its forwards and of the owner's replies about it (they quote
 * the recommendation; this one included), the pointers of the mail sent about it, and voids its reply
 * tokens: the store keeps the last version until they expire, so a later forward continues after it.
 */
async function forget(deps: InboundDeps, invitation: StoredInvitation, replyId: string, notify: Notify): Promise<Outcome> {
  const raw = [...new Set([...invitation.sourceMessageIds, ...(invitation.replyMessageIds ?? []), replyId])];
  for (const messageId of raw) await deps.rawMail.delete(messageId);
  // Tokens expire replyTokenDays after their recommendation, rounded up to a whole day.
  const tokensValidUntil = new Date(deps.clock.now().getTime() + (deps.config.limits.replyTokenDays + 1) * DAY_MS);
  // The reminders' records first: a failure there fails the run while the invitation is still stored, so the retry forgets both.
  await deps.followThrough.forget(invitation.inviteId);
  await deps.store.forgetInvitation(invitation, tokensValidUntil);
  await cancelReminders(deps, invitation.inviteId);
  deps.log.info('invitation forgotten', { inviteId: invitation.inviteId, messages: raw.length });
  return notify('forgotten', { subject: invitation.original.subject ?? phrases.noSubject, messages: raw.length });
}

/** What a reminder about this reply's recommendation answers: the message it answered, in its conversation. */
function threadOf(parsed: ParsedMessage): { inReplyTo: string | null; references: string[] } {
  const ids = (name: string) => parsed.headers.filter((h) => h.name === name).flatMap((h) => [...h.value.matchAll(/<[^<>\s]{1,998}>/g)].map((m) => m[0]));
  const inReplyTo = ids('in-reply-to')[0] ?? null;
  const references = [...new Set([...ids('references'), ...(inReplyTo ? [inReplyTo] : [])])].slice(-10);
  return { inReplyTo, references };
}

/** Local parts of the Message-IDs a reply answers (In-Reply-To, References). */
function quotedMessageIds(parsed: ParsedMessage): string[] {
  const values = parsed.headers.filter((h) => h.name === 'in-reply-to' || h.name === 'references').map((h) => h.value);
  return [...new Set(values.flatMap((v) => [...v.matchAll(/<([^@>\s]+)@[^>\s]+>/g)].map((m) => m[1] ?? '')))].filter(Boolean).slice(0, 20);
}
