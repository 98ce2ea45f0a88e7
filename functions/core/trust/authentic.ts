/**
 * A command that makes invite-advisor mail a third party needs more than a forward does
 * (docs/email-facts.md, "Trust and loops"): SES's own DMARC verdict PASS, or a DKIM signature that passed (SES's DKIM verdict)
 * AND is aligned with the From domain, read from the FIRST Authentication-Results, which SES writes,
 * parsed so that sender-controlled text in it (comments, quoted strings, the HELO name and envelope
 * sender) never counts.
 *
 * SES's DMARC verdict is about the From domain as SES read it, which SES names in its result
 * (`dmarc=pass header.from=example.com`). When that is not the domain of the From we read, SES and we
 * took different authors out of one field, and SES's verdict says nothing about ours.
 */
import { canonicalAddress, domainOf, domainsAlign, type InboundEnvelope } from '../mail/mail.js';
import { asciiDomain } from '../../config/idn.js';
import { dkimResults, sesAuthenticationResults, type AuthResult } from './authentication-results.js';

export function isAuthenticCommand(envelope: Pick<InboundEnvelope, 'from' | 'header' | 'verdicts'>): boolean {
  if (!envelope.from) return false;
  const from = canonicalAddress(envelope.from);
  if (!from) return false;
  const fromDomain = domainOf(from);
  const results = sesAuthenticationResults(envelope.header);
  if (results && dmarcJudgedAnotherDomain(results, fromDomain)) return false;
  if (envelope.verdicts.dmarc === 'PASS') return true;
  if (envelope.verdicts.dmarc === 'FAIL' || envelope.verdicts.dkim !== 'PASS') return false;
  if (!results) return false;
  return dkimResults(results).some((r) => r.result === 'pass' && domainsAlign(r.domain, fromDomain));
}

/**
 * Whether SES's DMARC result names a From domain (`header.from`) other than `fromDomain` (A-labels):
 * case aside, and a Unicode spelling read as its A-labels. No DMARC result, or none naming a domain:
 * false (there is nothing to compare).
 */
export function dmarcJudgedAnotherDomain(results: readonly AuthResult[], fromDomain: string): boolean {
  return results
    .filter((r) => r.method === 'dmarc' && r.properties['header.from'] !== undefined)
    .some((r) => {
      const named = (r.properties['header.from'] ?? '').trim().toLowerCase();
      return (asciiDomain(named) ?? named) !== fromDomain;
    });
}
