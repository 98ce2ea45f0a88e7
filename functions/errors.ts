/**
 * Typed errors. Permanent errors (the mail itself is wrong) are recorded and answered to the owner;
 * transient errors are thrown so that Lambda retries the invocation.
 */
export class InviteAdvisorError extends Error {
  /** true when retrying cannot help (bad input); false for outages and races. */
  readonly permanent: boolean;
  constructor(message: string, options: { cause?: unknown; permanent: boolean }) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.permanent = options.permanent;
  }
}

/** The bytes are not an RFC 5322 message at all (no header fields, binary noise). */
export class NotAMailError extends InviteAdvisorError {
  constructor(reason: string, options: { cause?: unknown } = {}) {
    super(`not a mail message: ${reason}`, { ...options, permanent: true });
  }
}

/** The message is larger than the parser is allowed to read. */
export class MailTooLargeError extends InviteAdvisorError {
  readonly bytes: number;
  readonly limit: number;
  constructor(bytes: number, limit: number) {
    super(`message is ${bytes} bytes, more than the ${limit} bytes invite-advisor reads`, { permanent: true });
    this.bytes = bytes;
    this.limit = limit;
  }
}

/** Configuration is invalid; the message names the field and the value. */
export class ConfigError extends InviteAdvisorError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, permanent: true });
  }
}

/** A reply token did not verify (tampered, truncated, another secret) or has expired. */
export class ReplyTokenError extends InviteAdvisorError {
  readonly reason: 'malformed' | 'bad-signature' | 'expired';
  constructor(reason: 'malformed' | 'bad-signature' | 'expired') {
    super(`reply token rejected: ${reason}`, { permanent: true });
    this.reason = reason;
  }
}

/**
 * Part of the message cannot be read (an attached message that is not a mail message, a time that is
 * no time): the owner is told it could not be read, and the raw mail stays where it is.
 */
export class UnreadableMailError extends InviteAdvisorError {
  constructor(reason: string, options: { cause?: unknown } = {}) {
    super(reason, { ...options, permanent: true });
  }
}
