/**
 * A command that makes invite-advisor mail a third party needs more than a forward does
 * (docs/email-facts.md, "Trust and loops"): SES's own DMARC verdict PASS, or a DKIM signature that passed (SES's DKIM verdict)
 * AND is aligned with the From domain, read from the FIRST Authentication-Results, which SES writes,
 * parsed so that sender-controlled text in it (comments, quoted strings, the HELO name and envelope
 * sender) never counts.
 */
import { canonicalAddress, domainOf, domainsAlign, type InboundEnvelope } from '../mail/mail.js';
import { dkimResults, sesAuthenticationResults } from './authentication-results.js';

export function isAuthenticCommand(envelope: Pick<InboundEnvelope, 'from' | 'header' | 'verdicts'>): boolean {
  if (!envelope.from) return false;
  if (envelope.verdicts.dmarc === 'PASS') return true;
  if (envelope.verdicts.dmarc === 'FAIL' || envelope.verdicts.dkim !== 'PASS') return false;
  const results = sesAuthenticationResults(envelope.header);
  if (!results) return false;
  const from = canonicalAddress(envelope.from);
  if (!from) return false;
  const fromDomain = domainOf(from);
  return dkimResults(results).some((r) => r.result === 'pass' && domainsAlign(r.domain, fromDomain));
}
