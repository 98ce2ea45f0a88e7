/**
 * A command that makes invite-advisor mail a third party needs more than a forward does
 * (aws-email-facts.md): DMARC PASS, or a DKIM signature that passed AND is aligned with the From domain,
 * read from the FIRST Authentication-Results written by amazonses.com (lower ones can be forged) or,
 * without it, SES's DMARC verdict.
 */
import { domainOf, domainsAlign } from '../mail/addresses.js';
import { dkimResults, sesAuthenticationResults, type InboundEnvelope } from '../trust.js';

export function isAuthenticCommand(envelope: Pick<InboundEnvelope, 'from' | 'header' | 'verdicts'>): boolean {
  if (!envelope.from) return false;
  if (envelope.verdicts.dmarc === 'PASS') return true;
  const results = sesAuthenticationResults(envelope.header('authentication-results'));
  if (!results) return false;
  if (/\bdmarc=pass\b/i.test(results)) return true;
  const fromDomain = domainOf(envelope.from);
  return dkimResults(results).some((r) => r.result === 'pass' && domainsAlign(r.domain, fromDomain));
}
