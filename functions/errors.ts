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

/**
 * A reply token did not verify (tampered, truncated, another secret), has expired, or is one of ours in
 * the first layout, which named no version (`outdated`).
 */
export class ReplyTokenError extends InviteAdvisorError {
  readonly reason: 'malformed' | 'bad-signature' | 'expired' | 'outdated';
  constructor(reason: 'malformed' | 'bad-signature' | 'expired' | 'outdated') {
    super(`reply token rejected: ${reason}`, { permanent: true });
    this.reason = reason;
  }
}

/**
 * Another run holds a live claim on this message id. Transient on purpose: the delivery fails so that
 * Lambda retries it later (the other run finishes, or its lease runs out and the retry takes over),
 * instead of returning success and losing the message. Expected, so it does not count as an error in
 * the function-errors alarm (infra/constructs/alarms.ts subtracts it).
 */
export class ClaimHeldError extends InviteAdvisorError {
  readonly messageId: string;
  constructor(messageId: string) {
    super(`message ${messageId} is claimed by another run; retry later`, { permanent: false });
    this.messageId = messageId;
  }
}

/**
 * Another run saved a newer version of this invitation while this one was deciding (two forwards of one
 * invitation at once). Transient: nothing was sent yet, so the delivery fails and Lambda's retry reads
 * the newer version and makes the next one; a recommendation's token always names the drafts stored
 * under its version.
 */
export class StaleInvitationError extends InviteAdvisorError {
  readonly inviteId: string;
  constructor(inviteId: string, version: number) {
    super(`invitation ${inviteId} already has version ${version} or later; retry`, { permanent: false });
    this.inviteId = inviteId;
  }
}

/**
 * The mail service answered that it did not take the message (an HTTP 4xx): nothing went out, so it may
 * be sent again. Any other failure of a send (no answer, a 5xx) leaves its outcome unknown.
 */
export class MailRefusedError extends InviteAdvisorError {
  /** the service's error name (MessageRejected, TooManyRequestsException, …) */
  readonly code: string;
  /** the service asked us to slow down: sending again a little later is expected to work */
  readonly throttled: boolean;
  constructor(code: string, message: string, options: { throttled: boolean; permanent: boolean; cause?: unknown }) {
    super(message, { cause: options.cause, permanent: options.permanent });
    this.code = code;
    this.throttled = options.throttled;
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

/**
 * What was read from a message is too large to store: DynamoDB refuses an item over 400 KB. Everything
 * read is bounded first (core/triage/bounds.ts), so this is the guard behind the bounds: the owner is
 * told the message could not be read, and the raw mail stays where it is.
 */
export class TooLargeToStoreError extends InviteAdvisorError {
  constructor(options: { cause?: unknown } = {}) {
    super('what was read from it is too large to store', { ...options, permanent: true });
  }
}
