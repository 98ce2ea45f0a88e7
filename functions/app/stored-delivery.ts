/**
 * A stored message as a Delivery, for a re-drive: the sweep (app/sweep-raw-mail.ts) and `npm run
 * redrive` hand the inbound function a message id instead of SES's receipt event, and the envelope and
 * verdicts are read back from the header block SES wrote on top of the stored message
 * (core/trust/stored-receipt.ts). The inbound handler then receives it as any other delivery: through
 * the same claim, so a run that already answered it, or is answering it now, wins.
 */
import { receiptFromStoredMail } from '../core/trust/trust.js';
import type { Delivery, InboundDeps } from './ports.js';

export async function storedDelivery(deps: Pick<InboundDeps, 'rawMail' | 'config' | 'log'>, messageId: string): Promise<Delivery> {
  const raw = await deps.rawMail.get(messageId);
  const { sesBlock, ...receipt } = receiptFromStoredMail(raw, { inboxAddress: deps.config.inbox.address });
  // Not written by SES's S3 action (or written in a shape this reader does not know): its envelope and
  // verdicts read as nothing, so it is judged as unauthenticated mail (dropped unless the owner listed
  // the address as unsigned, and never answered when its return path is unknown).
  if (!sesBlock) deps.log.warn('stored mail has no SES header block; re-driven without verdicts', { messageId });
  return { messageId, ...receipt };
}
