/**
 * The Bcc copy of a draft the owner sent from a recommendation's link (its `+label` names the choice,
 * core/reply/reply-address.ts) is addressed to the recruiter, not to us. It records the choice and is
 * never treated as a command.
 */
import { ReplyTokenError } from '../errors.js';
import { isAddressOrPlusForm, type InboundEnvelope, type ParsedMessage } from '../core/mail/mail.js';
import { readLabel, verifyReplyToken, type TokenSubject } from '../core/reply/reply.js';
import { isAuthenticCommand } from '../core/trust/trust.js';
import type { InboundDeps, Outcome } from './ports.js';
import { cancelReminders, scheduleOnTheDay } from './reminders.js';
import { scheduleHowDidItGo } from './how-did-it-go.js';

/** The choice recorded (or the copy dropped); null when the message is no choice copy (a command, then). */
export async function recordChoice(deps: InboundDeps, input: { sesMessageId: string; label: string; parsed: ParsedMessage; envelope: InboundEnvelope }): Promise<Outcome | null> {
  const label = readLabel(input.label);
  if (label.kind !== 'choice') return null;
  const addressedToUs = [...input.parsed.to, ...input.parsed.cc].some((box) => isAddressOrPlusForm(box.address, deps.config.inbox.address));
  if (addressedToUs) return null;
  // A choice feeds history and the conflict rules: as strict as a command about who wrote it.
  if (!isAuthenticCommand(input.envelope)) return { outcome: 'dropped' };
  let token: TokenSubject;
  try {
    token = verifyReplyToken(deps.tokenSecret, label.token, deps.clock.now(), 'choice');
  } catch (error) {
    if (!(error instanceof ReplyTokenError)) throw error;
    // A copy of mail the owner sent to someone else: nothing to answer, whatever its token says.
    deps.log.warn('choice copy with an invalid token ignored', { reason: error.reason });
    return { outcome: 'dropped' };
  }
  const { inviteId } = token;
  const invitation = await deps.store.getInvitation(inviteId);
  // A copy of a draft from before the owner forgot the invitation says nothing about its current life.
  // A copy from an older version of the current life still tells what the owner sent: recorded.
  if (!invitation || token.version < (invitation.firstVersion ?? 1) || token.version > (invitation.version ?? 0)) {
    deps.log.warn('choice copy of no current invitation ignored', { inviteId });
    return { outcome: 'dropped' };
  }
  // The copy holds the draft: its raw mail goes when the invitation is forgotten.
  await deps.store.rememberReply(inviteId, input.sesMessageId);
  const recorded = await deps.store.recordChoice(inviteId, { ...label.choice, at: deps.clock.now().toISOString() });
  if (recorded) {
    // A choice ends the nudge, and any reminders of an earlier accept; an accept schedules its own anew.
    await cancelReminders(deps, inviteId);
    // The copy went to the recruiter, not to us: nothing in it names the recommendation to thread to
    // (the reminders' "Re:" subject keeps them beside it in mail apps that thread by subject).
    if (label.choice.verdict === 'attend') {
      await scheduleOnTheDay(deps, invitation, label.choice.slot, { inReplyTo: null, references: [] });
      await scheduleHowDidItGo(deps, invitation, label.choice.slot, { inReplyTo: null, references: [] });
    }
  }
  return { outcome: recorded ? 'choice-recorded' : 'dropped', inviteId };
}
