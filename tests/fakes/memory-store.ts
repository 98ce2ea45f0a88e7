/**
 * The InviteStore port in memory, for the fast tests of the use cases. It mirrors
 * functions/adapters/dynamodb-store.ts rule for rule (the conditional writes, what a re-save keeps, what
 * a query returns, in which order and how many, what DynamoDB rejects), and tests/contract/store-contract.ts runs
 * the same suite against both, so the two cannot drift apart.
 *
 * Values are copied in and out the way the DocumentClient marshals them (undefined values dropped, as
 * with the functions' `removeUndefinedValues`), so a test cannot change stored state by mutating an
 * object it passed in or got back. TTL is not modelled: DynamoDB deletes expired items late and the
 * adapter never filters on `expiresAt`, so neither does this store.
 *
 * Faults for the fast tests: `failNext` (an outage, or an error after the write was applied) and
 * `resendNext` (a write applied, its answer lost and sent again, as the SDK retries it).
 */
import { StaleInvitationError } from '../../functions/errors.js';
import {
  HISTORY_READ_LIMIT,
  STALE_CLAIM_MS,
  summarize,
  type ClaimResult,
  type FollowUp,
  type InterviewOutcome,
  type InvitationSummary,
  type InviteStore,
  type MessageOutcome,
  type OwnerChoice,
  type RecommendationCommit,
  type RecommendationWrites,
  type SendState,
  type StoredInvitation,
} from '../../functions/app/ports.js';
import { MemoryNudgesDue } from './memory-follow-through.js';

/** The idempotency record (`MSG#<id>`). */
export interface MessageRecord {
  status: 'claimed' | 'done';
  /** the run that claimed it (random per run) */
  runId?: string;
  leaseUntil?: number;
  /** set by markSending: the run was about to send */
  sendingAt?: string;
  outcome?: MessageOutcome;
  inviteId?: string | null;
  sentMessageId?: string | null;
  completedAt?: string;
}

/** The invitation item (`INV#<id>`): the invitation's own fields plus what the table adds. */
interface InvitationItem {
  /** everything but `send` and `companyKey` (absent keys stay absent, as in the item) */
  fields: Record<string, unknown>;
  /** present only when known (the sparse byCompany key) */
  companyKey?: string;
  /** the bySlot key: the first slot's start in UTC, present only when there is a slot */
  slotStartUtc?: string;
  send?: SendState;
  /** string sets, ADDed to by their own methods (a save never writes them) */
  sentMessageIds?: Set<string>;
  replyMessageIds?: Set<string>;
}

/** What DynamoDB answers when a request is malformed (the adapter would see the same). */
export class MemoryStoreValidationError extends Error {
  override readonly name = 'ValidationException';
}

/** A copy as a DynamoDB round trip makes it: undefined values dropped from maps and lists. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map((item) => copy(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = copy(item);
    return out as T;
  }
  return value;
}

/** Every method of the port (the compiler checks the list is complete): each passes through the faults a test injected. */
const STORE_METHODS = Object.keys({
  claimMessage: true,
  releaseMessage: true,
  markSending: true,
  completeMessage: true,
  saveInvitation: true,
  commitRecommendation: true,
  getInvitation: true,
  recordChoice: true,
  recordOutcome: true,
  claimSend: true,
  updateSend: true,
  getSend: true,
  rememberSentMessage: true,
  invitationForSentMessage: true,
  rememberReply: true,
  markSuperseded: true,
  forgetInvitation: true,
  forgottenVersion: true,
  invitationsReceivedSince: true,
  invitationsByCompany: true,
  invitationsBetween: true,
  reserveOwnerMail: true,
} satisfies Record<keyof InviteStore, true>) as (keyof InviteStore)[];

export type StoreMethod = keyof InviteStore;

/** A fault for one call: an outage (nothing applied), an error after the write was applied, or a write the SDK sent twice. */
type Fault = { kind: 'fail'; error: unknown; applied: boolean } | { kind: 'resend' };

export class MemoryInviteStore implements InviteStore {
  private readonly faults = new Map<StoreMethod, Fault[]>();
  /** how many times each method was called (faulty calls included) */
  readonly calls = new Map<StoreMethod, number>();
  /** the nudges due the write after a send keeps (shared with the follow-through store: fakeInboundDeps) */
  nudges = new MemoryNudgesDue();
  /** every history read: which, the limit it carried and how many items it returned */
  readonly reads: { method: StoreMethod; limit: number; items: number }[] = [];

  constructor() {
    for (const method of STORE_METHODS) {
      const real = (this[method] as (...args: unknown[]) => Promise<unknown>).bind(this);
      Object.defineProperty(this, method, { value: (...args: unknown[]) => this.callWithFaults(method, real, args) });
    }
  }

  /**
   * The next `count` calls of `method` throw `error`. With `applied`, the write is carried out first and
   * only its answer is lost (the caller cannot tell it happened); otherwise nothing is touched (an outage).
   */
  failNext(method: StoreMethod, count: number, error: unknown, options: { applied?: boolean } = {}): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...Array.from({ length: count }, () => ({ kind: 'fail' as const, error, applied: options.applied ?? false }))]);
  }

  /**
   * The next call of `method` is applied, its answer lost, and sent again, as the SDK does when it retries
   * a request whose answer never came: the caller sees the answer to the second, identical call.
   */
  resendNext(method: StoreMethod): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), { kind: 'resend' }]);
  }

  /** Ends every injected fault (the outage is over). */
  clearFaults(): void {
    this.faults.clear();
  }

  private async callWithFaults(method: StoreMethod, real: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<unknown> {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    const fault = this.faults.get(method)?.shift();
    if (!fault) return real(...args);
    if (fault.kind === 'resend') {
      const first = await real(...args);
      // The adapter's transaction carries a client token: DynamoDB answers the resent request as the
      // first one, without applying it again.
      if (method === 'commitRecommendation') return first;
      return real(...args);
    }
    if (fault.applied) await real(...args);
    throw fault.error;
  }

  /** whether mail held before an hour's start may wait for its digest (the held-mail signal of tests/fakes/memory-owner-mail.ts) */
  heldSignal: ((hourStart: Date) => boolean) | null = null;
  private readonly messages = new Map<string, MessageRecord>();
  private readonly invitations = new Map<string, InvitationItem>();
  private readonly ownerMailHours = new Map<string, { sent: number; recommended: number; paused: boolean; pausedRecommendations: boolean }>();
  private readonly sentMessages = new Map<string, string>();
  /** the forgotten markers (`GONE#<id>`): the last version of a forgotten invitation */
  private readonly forgotten = new Map<string, number>();

  async claimMessage(messageId: string, runId: string, now: Date, leaseSeconds: number): Promise<ClaimResult> {
    const held = this.claimHeld(messageId, runId, now);
    if (held) return held;
    this.messages.set(messageId, { status: 'claimed', runId, leaseUntil: now.getTime() + leaseSeconds * 1000 });
    return { status: 'claimed' };
  }

  /** Null when this run may claim the message; else why not. */
  private claimHeld(messageId: string, runId: string, now: Date): Exclude<ClaimResult, { status: 'claimed' }> | null {
    const existing = this.messages.get(messageId);
    // attribute_not_exists(pk) OR (status = claimed AND (leaseUntil < now OR runId = this run)): an
    // expired lease is taken over, and a run meeting its own claim again (the SDK's retry) owns it.
    const ownOrExpired = existing?.status === 'claimed' && ((existing.leaseUntil ?? Number.POSITIVE_INFINITY) < now.getTime() || existing.runId === runId);
    if (!existing || ownOrExpired) return null;
    if (existing.status === 'done') return { status: 'done', outcome: existing.outcome as MessageOutcome };
    return { status: 'in-progress' };
  }

  async markSending(messageId: string, runId: string, now: Date): Promise<boolean> {
    // SET sendingAt only while this run's claim holds (status = claimed AND runId = this run).
    const existing = this.messages.get(messageId);
    if (existing?.status !== 'claimed' || existing.runId !== runId) return false;
    existing.sendingAt = now.toISOString();
    return true;
  }

  /** The idempotency record as stored (a copy), for the recovery store (tests/fakes/memory-recovery-store.ts). */
  messageRecord(messageId: string): Readonly<MessageRecord> | null {
    const record = this.messages.get(messageId);
    return record ? copy(record) : null;
  }

  async releaseMessage(messageId: string, runId: string): Promise<void> {
    // A conditional delete (status = claimed AND runId = this run): a done record, or another run's
    // claim, stays; a missing one is no error.
    const existing = this.messages.get(messageId);
    if (existing?.status === 'claimed' && existing.runId === runId) this.messages.delete(messageId);
  }

  async completeMessage(messageId: string, outcome: MessageOutcome, details: { inviteId?: string; sentMessageId?: string; sentIds?: readonly string[]; nudge?: FollowUp }, now: Date): Promise<void> {
    // An unconditional update: it creates the record when there is none.
    this.messages.set(messageId, { status: 'done', outcome, completedAt: now.toISOString(), inviteId: details.inviteId ?? null, sentMessageId: details.sentMessageId ?? null });
    // In the same transaction: a pointer per sent id, and the ids added to the invitation when it is stored.
    const { inviteId } = details;
    if (inviteId) for (const id of details.sentIds ?? []) this.remember(id, inviteId);
    // And the nudge kept as due, only while the invitation is stored.
    if (inviteId && details.nudge && (details.sentIds ?? []).length > 0 && this.invitations.has(inviteId)) this.nudges.add(details.nudge);
  }

  async saveInvitation(invitation: StoredInvitation, _now: Date): Promise<void> {
    this.checkSave(invitation);
    const existing = this.invitations.get(invitation.inviteId);
    // `attribute_not_exists(version) OR version < :version OR (version = :version AND versionFrom = :from)`,
    // when the invitation carries a version.
    const stored = existing?.fields.version;
    if (invitation.version !== undefined && typeof stored === 'number' && stored >= invitation.version && !this.ownWrite(invitation)) {
      throw new StaleInvitationError(invitation.inviteId, invitation.version);
    }
    this.applySave(invitation);
  }

  async commitRecommendation(writes: RecommendationWrites): Promise<RecommendationCommit> {
    // All or nothing: every condition is weighed before anything is written, as a transaction's are.
    const { messageId, runId, now, invitation, basis } = writes;
    const held = this.claimHeld(messageId, runId, now);
    if (held) return held;
    this.checkSave(invitation);
    const existing = this.invitations.get(invitation.inviteId);
    const stored = existing?.fields.version;
    // The basis: exactly the version read (or an unversioned item, or nothing); the same version from the same forward passes.
    const asRead = basis === null ? !existing : basis === 'unversioned' ? !!existing && stored === undefined : stored === basis;
    if (invitation.version !== undefined && !asRead && !this.ownWrite(invitation)) return { status: 'stale' };
    if ((this.forgotten.get(invitation.inviteId) ?? 0) >= (invitation.version ?? 1)) return { status: 'stale' };
    // The hourly cap, answered as reserveOwnerMail answers (its counter written only with the rest).
    const hour = now.toISOString().slice(0, 13);
    // A recommendation: its own counter, limit and "paused" flag, counted in both counters.
    const counter = this.ownerMailHours.get(hour) ?? { sent: 0, recommended: 0, paused: false, pausedRecommendations: false };
    const mail = writes.mailLimit >= 1 && counter.recommended < writes.mailLimit ? 'ok' : counter.pausedRecommendations ? 'blocked' : 'notice';
    this.messages.set(messageId, { status: 'claimed', runId, leaseUntil: now.getTime() + writes.leaseSeconds * 1000, ...(mail === 'blocked' ? {} : { sendingAt: now.toISOString() }) });
    this.applySave(invitation);
    if (mail !== 'blocked') {
      this.ownerMailHours.set(hour, { ...counter, sent: counter.sent + 1, recommended: counter.recommended + (mail === 'ok' ? 1 : 0), pausedRecommendations: counter.pausedRecommendations || mail === 'notice' });
    }
    const rescheduled = writes.supersedes ? this.invitations.get(writes.supersedes) : undefined;
    if (rescheduled) rescheduled.fields.supersededBy = invitation.inviteId;
    // The held-mail signal (kept beside the held mail: tests/fakes/memory-owner-mail.ts), checked in the
    // same write; without one wired, nothing is held (an empty table).
    const hourStart = new Date(`${hour}:00:00.000Z`);
    const digestDue = mail !== 'ok' || (this.heldSignal?.(hourStart) ?? false);
    return { status: 'committed', mail, digestDue };
  }

  /** What DynamoDB rejects in a save before looking at any condition. */
  private checkSave(invitation: StoredInvitation): void {
    const { companyKey: _companyKey, send: _send, supersededBy: _by, sentMessageIds: _sent, replyMessageIds: _replies, ...rest } = invitation;
    const firstSlot = invitation.facts.slots[0];
    // Computed before anything is written, as the adapter does before it sends (an invalid start throws).
    if (firstSlot) new Date(firstSlot.start).toISOString();
    // The adapter SETs each field from an expression value; an undefined one is dropped by the
    // marshaller and DynamoDB rejects the expression.
    for (const [field, value] of Object.entries(rest)) {
      if (value === undefined) throw new MemoryStoreValidationError(`Invalid UpdateExpression: An expression attribute value used in expression is not defined (field ${field})`);
    }
  }

  /** `version = :version AND versionFrom = :from`: this forward's own save of this version, sent again. */
  private ownWrite(invitation: StoredInvitation): boolean {
    const existing = this.invitations.get(invitation.inviteId);
    return existing?.fields.version === invitation.version && invitation.versionFrom !== undefined && existing?.fields.versionFrom === invitation.versionFrom;
  }

  private applySave(invitation: StoredInvitation): void {
    const { companyKey, choice, send: _send, supersededBy: _by, sentMessageIds: _sent, replyMessageIds: _replies, outcome: _outcome, ...rest } = invitation;
    const firstSlot = invitation.facts.slots[0];
    const slotStartUtc = firstSlot ? new Date(firstSlot.start).toISOString() : undefined;
    const existing = this.invitations.get(invitation.inviteId);
    const item: InvitationItem = {
      // An update, not a put: fields of the stored item that this invitation does not name stay.
      fields: { ...(existing?.fields ?? {}), ...copy(rest) },
    };
    // `choice = if_not_exists(choice, :choice)`: every stored invitation has the attribute (null
    // included), so a re-save keeps whatever is stored and only a first save writes the given choice.
    item.fields.choice = existing ? existing.fields.choice : copy(choice);
    // Sparse GSI keys: removed when unknown.
    if (companyKey) item.companyKey = companyKey;
    if (slotStartUtc !== undefined) item.slotStartUtc = slotStartUtc;
    // `send` and the sets are never written by a save (nor `supersededBy`, kept in `fields`).
    if (existing?.send) item.send = existing.send;
    if (existing?.sentMessageIds) item.sentMessageIds = existing.sentMessageIds;
    if (existing?.replyMessageIds) item.replyMessageIds = existing.replyMessageIds;
    this.invitations.set(invitation.inviteId, item);
  }

  async getInvitation(inviteId: string): Promise<StoredInvitation | null> {
    const item = this.invitations.get(inviteId);
    return item ? toInvitation(item) : null;
  }

  async recordChoice(inviteId: string, choice: OwnerChoice): Promise<boolean> {
    const item = this.invitations.get(inviteId);
    if (!item) return false;
    item.fields.choice = copy(choice);
    return true;
  }

  async recordOutcome(inviteId: string, outcome: InterviewOutcome): Promise<boolean> {
    const item = this.invitations.get(inviteId);
    if (!item) return false;
    item.fields.outcome = copy(outcome);
    return true;
  }

  async claimSend(inviteId: string, state: SendState, options: { resend: boolean }): Promise<{ claimed: true } | { claimed: false; existing: SendState | null }> {
    const item = this.invitations.get(inviteId);
    const send = item?.send;
    let allowed: boolean;
    if (options.resend) {
      allowed = !!send && send.status === 'uncertain' && send.verdict === state.verdict;
    } else {
      // The adapter compares ISO strings, with the stale bound computed from the new state's `at`.
      const stale = new Date(Date.parse(state.at) - STALE_CLAIM_MS).toISOString();
      allowed = !send || send.status === 'failed' || (send.status === 'claimed' && typeof send.at === 'string' && send.at < stale);
    }
    if (item && allowed) {
      item.send = copy(state);
      return { claimed: true };
    }
    return { claimed: false, existing: await this.getSend(inviteId) };
  }

  async updateSend(inviteId: string, attempt: string, from: readonly SendState['status'][], patch: Partial<SendState> & Pick<SendState, 'status'>): Promise<boolean> {
    if (from.length === 0) throw new MemoryStoreValidationError('Invalid ConditionExpression: Syntax error; token: ")", near: "()"');
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) throw new MemoryStoreValidationError(`Invalid UpdateExpression: An expression attribute value used in expression is not defined (send.${field})`);
    }
    const send = this.invitations.get(inviteId)?.send;
    if (!send || send.attempt !== attempt || !from.includes(send.status)) return false;
    Object.assign(send, copy(patch));
    return true;
  }

  async getSend(inviteId: string): Promise<SendState | null> {
    const send = this.invitations.get(inviteId)?.send;
    return send ? copy(send) : null;
  }

  async rememberSentMessage(sesMessageId: string, inviteId: string, _now: Date): Promise<void> {
    this.remember(sesMessageId, inviteId);
  }

  /** The pointer, and the id ADDed to the invitation's set when it is stored. */
  private remember(sesMessageId: string, inviteId: string): void {
    this.sentMessages.set(sesMessageId, inviteId);
    const item = this.invitations.get(inviteId);
    if (item) item.sentMessageIds = new Set([...(item.sentMessageIds ?? []), sesMessageId]);
  }

  async rememberReply(inviteId: string, sesMessageId: string): Promise<void> {
    const item = this.invitations.get(inviteId);
    if (item) item.replyMessageIds = new Set([...(item.replyMessageIds ?? []), sesMessageId]);
  }

  async markSuperseded(inviteId: string, by: string): Promise<boolean> {
    const item = this.invitations.get(inviteId);
    if (!item) return false;
    item.fields.supersededBy = by;
    return true;
  }

  async invitationForSentMessage(sesMessageId: string): Promise<string | null> {
    return this.sentMessages.get(sesMessageId) ?? null;
  }

  async forgetInvitation(invitation: StoredInvitation, _tokensValidUntil: Date): Promise<void> {
    // The adapter deletes these keys, named by the invitation it is given (not by what is stored), in
    // BatchWrite requests of 25, the marker put first; DynamoDB refuses a request that names one key twice.
    const sent = new Set([...(invitation.sentMessageIds ?? []), ...(invitation.send?.sesMessageId ? [invitation.send.sesMessageId] : [])]);
    const doomed = [...(invitation.version ? [`GONE#${invitation.inviteId}`] : []), `INV#${invitation.inviteId}`, ...invitation.sourceMessageIds.map((id) => `MSG#${id}`), ...[...sent].map((id) => `SENT#${id}`)];
    for (let i = 0; i < doomed.length; i += 25) {
      const batch = doomed.slice(i, i + 25);
      if (new Set(batch).size !== batch.length) throw new MemoryStoreValidationError('Provided list of item keys contains duplicates');
      for (const key of batch) {
        const [kind, ...restOfKey] = key.split('#');
        const id = restOfKey.join('#');
        if (kind === 'GONE') this.forgotten.set(id, invitation.version ?? 0);
        else if (kind === 'INV') this.invitations.delete(id);
        else if (kind === 'MSG') this.messages.delete(id);
        else this.sentMessages.delete(id);
      }
    }
  }

  async forgottenVersion(inviteId: string): Promise<number> {
    return this.forgotten.get(inviteId) ?? 0;
  }

  async invitationsReceivedSince(since: Date, limit = HISTORY_READ_LIMIT): Promise<InvitationSummary[]> {
    const from = since.toISOString();
    return this.read('invitationsReceivedSince', limit, newestFirst([...this.invitations.values()].filter((item) => receivedAt(item) >= from)));
  }

  async invitationsByCompany(companyKey: string, since: Date, limit = HISTORY_READ_LIMIT): Promise<InvitationSummary[]> {
    const from = since.toISOString();
    return this.read('invitationsByCompany', limit, newestFirst([...this.invitations.values()].filter((item) => item.companyKey === companyKey && receivedAt(item) >= from)));
  }

  async invitationsBetween(from: Date, to: Date, options: { limit?: number; latestFirst?: boolean } = {}): Promise<InvitationSummary[]> {
    // An empty window is not asked (the adapter returns at once: DynamoDB refuses crossed BETWEEN bounds).
    if (to.getTime() <= from.getTime()) return [];
    // `slotStartUtc BETWEEN from AND to - 1 ms`, on ISO strings, ascending unless `latestFirst`.
    const lower = from.toISOString();
    const upper = new Date(to.getTime() - 1).toISOString();
    const inWindow = [...this.invitations.values()]
      .filter((item): item is InvitationItem & { slotStartUtc: string } => item.slotStartUtc !== undefined && item.slotStartUtc >= lower && item.slotStartUtc <= upper)
      .sort((a, b) => (options.latestFirst ? compare(b.slotStartUtc, a.slotStartUtc) : compare(a.slotStartUtc, b.slotStartUtc)));
    return this.read('invitationsBetween', options.limit ?? HISTORY_READ_LIMIT, inWindow);
  }

  /**
   * A history read as the adapter makes it: at most `limit` items of the range, in its order, as
   * summaries (its projection); what was read is counted in `reads`.
   */
  private read(method: StoreMethod, limit: number, range: InvitationItem[]): InvitationSummary[] {
    const wanted = Math.floor(limit);
    const items = wanted >= 1 ? range.slice(0, wanted) : [];
    this.reads.push({ method, limit: wanted, items: items.length });
    return items.map((item) => summarize(toInvitation(item)));
  }

  async reserveOwnerMail(now: Date, limit: number, options: { bypass?: boolean; recommendations?: number } = {}): Promise<'ok' | 'notice' | 'blocked'> {
    const hour = now.toISOString().slice(0, 13);
    const counter = this.ownerMailHours.get(hour) ?? { sent: 0, recommended: 0, paused: false, pausedRecommendations: false };
    this.ownerMailHours.set(hour, counter);
    // bypass: an unconditional ADD sent 1.
    if (options.bypass) {
      counter.sent += 1;
      return 'ok';
    }
    // A recommendation: ADD sent 1, recommended 1 only while recommended < its limit; else ADD sent 1
    // SET pausedRecommendations only while that flag is absent.
    if (options.recommendations !== undefined) {
      if (options.recommendations >= 1 && counter.recommended < options.recommendations) {
        counter.sent += 1;
        counter.recommended += 1;
        return 'ok';
      }
      if (counter.pausedRecommendations) return 'blocked';
      counter.pausedRecommendations = true;
      counter.sent += 1;
      return 'notice';
    }
    // ADD sent 1 only while sent < limit; else ADD sent 1 SET paused only while paused is absent.
    if (limit >= 1 && counter.sent < limit) {
      counter.sent += 1;
      return 'ok';
    }
    if (counter.paused) return 'blocked';
    counter.paused = true;
    counter.sent += 1;
    return 'notice';
  }

}

/** byReceived and byCompany are read with ScanIndexForward false: newest `receivedAt` first. */
function newestFirst(items: InvitationItem[]): InvitationItem[] {
  return items.sort((a, b) => compare(receivedAt(b), receivedAt(a)));
}

function receivedAt(item: InvitationItem): string {
  return String(item.fields.receivedAt);
}

/** DynamoDB orders string keys by their UTF-8 bytes; for the ISO timestamps used here that is code-unit order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The invitation as the adapter's `toInvitation` returns it (its defaults included; its sets as sorted lists). */
function toInvitation(item: InvitationItem): StoredInvitation {
  return copy({
    companyKey: null,
    estimatedHours: 1,
    ...item.fields,
    ...(item.companyKey ? { companyKey: item.companyKey } : {}),
    ...(item.send ? { send: item.send } : {}),
    ...(item.sentMessageIds ? { sentMessageIds: [...item.sentMessageIds].sort() } : {}),
    ...(item.replyMessageIds ? { replyMessageIds: [...item.replyMessageIds].sort() } : {}),
  }) as unknown as StoredInvitation;
}
