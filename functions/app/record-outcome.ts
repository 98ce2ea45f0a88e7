/**
 * The owner's answer to "How did it go?" (issue #17, item 3): a reply to the question's own address
 * (`<inbox>+<token>-outcome@…`, core/reply/reply-address.ts). Its first line is kept with the
 * invitation (core/follow/outcome.ts reads it); nothing else is ever done with it, and a reply to a
 * recommendation is never read as an answer (its address carries commands only).
 *
 *   authentic? (owner address AND DMARC pass or aligned DKIM pass, as strict as a command) — otherwise
 *       dropped, never answered
 *   token valid for an answer (signed for that purpose), unexpired, of a stored invitation in its current
 *       life (not one the owner forgot since) — otherwise the owner is told (the mail was authentic)
 *   first line empty → the owner is told; otherwise kept (a later answer replaces it), and the owner gets
 *       a short "noted" (counted under the hourly cap like every note)
 *
 * The answer is never logged (its length and whether it says the interview took place are).
 */
import { ReplyTokenError } from '../errors.js';
import { readOutcomeAnswer } from '../core/follow/follow.js';
import { inZone, phrases } from '../core/write/write.js';
import type { InboundEnvelope, ParsedMessage } from '../core/mail/mail.js';
import { readLabel, verifyReplyToken, type TokenSubject } from '../core/reply/reply.js';
import { isAuthenticCommand } from '../core/trust/trust.js';
import type { InboundDeps, Notify, Outcome } from './ports.js';

/** The answer recorded (or the owner told why not); null when the message is no answer (a command or a choice copy, then). */
export async function recordOutcome(
  deps: InboundDeps,
  input: { sesMessageId: string; label: string; parsed: ParsedMessage; envelope: InboundEnvelope; notify: Notify },
): Promise<Outcome | null> {
  const label = readLabel(input.label);
  if (label.kind !== 'outcome') return null;
  const { notify } = input;
  // It feeds the history the decision reads: as strict as a command about who wrote it.
  if (!isAuthenticCommand(input.envelope)) {
    deps.log.warn('answer dropped: not authenticated well enough', { messageId: input.sesMessageId });
    return { outcome: 'dropped' };
  }
  let token: TokenSubject;
  try {
    token = verifyReplyToken(deps.tokenSecret, label.token, deps.clock.now(), 'outcome');
  } catch (error) {
    if (!(error instanceof ReplyTokenError)) throw error;
    return notify('badToken', { expired: error.reason === 'expired', outdated: error.reason === 'outdated', otherSecret: error.reason === 'bad-signature' });
  }
  const { inviteId } = token;
  const invitation = await deps.store.getInvitation(inviteId);
  if (!invitation) return notify('unknownInvitation');
  const subject = invitation.original.subject ?? phrases.noSubject;
  // The answer quotes the question: its raw mail goes when the invitation is forgotten.
  await deps.store.rememberReply(inviteId, input.sesMessageId);
  // A question from before the owner forgot the invitation is about a life of it that is gone.
  if (token.version < (invitation.firstVersion ?? 1)) {
    const at = invitation.recommendedAt ? inZone(invitation.recommendedAt, deps.config.owner.timeZone) : null;
    return { ...(await notify('staleRecommendation', { forgotten: true, subject, at })), inviteId };
  }
  if (token.version > (invitation.version ?? 0)) return notify('badToken', { expired: false, outdated: false });

  const answer = readOutcomeAnswer(input.parsed.text);
  if (!answer) return { ...(await notify('outcomeEmpty', { subject })), inviteId };
  const recorded = await deps.store.recordOutcome(inviteId, { ...answer, at: deps.clock.now().toISOString() });
  if (!recorded) return notify('unknownInvitation');
  deps.log.info('answer to "how did it go?" kept', { inviteId, happened: answer.happened, length: answer.text.length });
  return { ...(await notify('outcomeRecorded', { subject, answer: answer.text, happened: answer.happened })), inviteId };
}
