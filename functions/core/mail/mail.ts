/**
 * The mail shelf: a message as it arrives (parse), its addresses, and what the receiving service saw of
 * it (envelope). Every other shelf of core/ reads mail through this file.
 */
export { parseMessage, headerValues, imageAlts, parseOffset, DEFAULT_MAX_PARSE_BYTES, MAX_INLINE_MESSAGE_BYTES, type ParsedMessage, type HeaderField, type MailDate } from './parse.js';
export { normalizeAddress, canonicalAddress, recipientAddress, domainOf, localPartOf, splitPlusLabel, isAddressOrPlusForm, domainsAlign, type Mailbox } from './addresses.js';
export { authorAddress, commentEnd } from './author.js';
export type { InboundEnvelope, VerdictStatus } from './envelope.js';
export { withoutForwardPrefixes, withoutReplyOrForwardPrefixes, isReplySubject } from './subject.js';
export { withoutBidiControls, displayText } from './bidi.js';
export { MINUTE_MS, HOUR_MS, DAY_MS, MAX_OFFSET_MINUTES, offsetFromDigits, isWritableTime, dateTimeFormat } from './time.js';
export { wellFormed, capText } from './unicode.js';
