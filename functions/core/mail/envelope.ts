/**
 * What the receiving service saw of a message, beside the message itself: the envelope, the verdicts
 * and the header fields. Built once at the edge from the SES event (and the parsed message when SES
 * truncated its copy of the headers); nothing after that sees the event.
 */
export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';

export interface InboundEnvelope {
  /** address in the From header */
  from: string | null;
  /** envelope MAIL FROM; '' for bounces */
  mailFrom: string;
  /** envelope recipients that matched the receipt rule */
  recipients: string[];
  /** header fields by lower-case name, in order */
  header: (name: string) => string[];
  verdicts: { spam: VerdictStatus; virus: VerdictStatus; dkim: VerdictStatus; dmarc: VerdictStatus };
}

