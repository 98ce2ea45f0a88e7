/** Renders what the owner receives: the recommendation (text + HTML) and the short notices. */
import Mustache from 'mustache';
import {
  formatNames,
  inferredNotes,
  noticeHtml,
  notices,
  recommendationHtml,
  recommendationText,
  subjects,
  verdictHeadline,
} from '../../../templates/en.js';
import type { Decision } from '../decide/decide.js';
import type { Draft, Drafts } from './drafts.js';
import { describeSlot } from './drafts.js';
import type { InviteFacts } from '../extract/extract.js';
import type { Mailbox } from '../mail/addresses.js';
import type { Triage } from '../triage/triage.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface RecommendationInput {
  inviteId: string;
  facts: InviteFacts;
  decision: Decision;
  drafts: Drafts;
  original: { subject: string | null; from: Mailbox | null };
  owner: { name: string; timeZone: string };
  /**
   * The address a draft's "open in my mail app" link Bcc's, for a choice label ("accept", "accept-2",
   * "decline"), so the copy records the choice; null: no Bcc.
   */
  choiceAddress?: ((label: string) => string) | null;
  /** replying "accept" / "decline" sends the draft (replies.sendOnBehalf) */
  commandsEnabled?: boolean;
}

const plainText = { escape: (value: unknown) => String(value) };

export function renderRecommendation(input: RecommendationInput): RenderedMail {
  const { facts, decision, drafts, owner } = input;
  const subject = oneLine(
    Mustache.render(subjects.recommendation, { attend: decision.verdict === 'attend', subject: input.original.subject ?? 'interview invitation' }, {}, plainText),
  );
  const factRows = describeFacts(facts, input.original.from, owner.timeZone);
  const bcc = (label: string) => input.choiceAddress?.(label) ?? null;
  const draftView = (title: string, draft: Draft, label: string) => ({
    title,
    ...draft,
    toText: draft.to ?? 'no address found (see the first line of the draft)',
    links: draft.to
      ? label === 'accept' && drafts.acceptSlots.length > 1
        ? drafts.acceptSlots.map((slotDraft, i) => ({
            text: `Accept time ${i + 1}: ${facts.slots[i] ? (facts.slots[i].written ?? describeSlot(facts.slots[i])) : ''}`,
            href: mailto(slotDraft, bcc(`accept-${i + 1}`)),
          }))
        : [{ text: 'Open this draft in my mail app', href: mailto(draft, bcc(label)) }]
      : [],
  });
  const accept = draftView('Draft 1: accept', drafts.accept, 'accept');
  const decline = draftView('Draft 2: polite decline', drafts.decline, 'decline');
  const view = {
    headline: verdictHeadline[decision.verdict],
    reasons: decision.reasons,
    facts: factRows,
    unknown: missingFacts(facts).join(', ') || null,
    inferred: facts.inferred.map((code) => inferredNotes[code]),
    accept,
    decline,
    draftList: [accept, decline],
    severalSlots: drafts.acceptSlots.length > 1,
    commands: input.commandsEnabled === true,
    replyToAddress: facts.replyTo?.address ?? null,
    ownerName: owner.name,
    inviteId: input.inviteId,
  };
  return {
    subject,
    text: Mustache.render(recommendationText, view, {}, plainText),
    html: Mustache.render(recommendationHtml, view),
  };
}

export type NoticeKind = keyof typeof notices;

export type NoticeView = Record<string, string | number | boolean | null | Record<string, unknown>[]>;

export function renderNotice(kind: NoticeKind, view: NoticeView): RenderedMail {
  const notice = notices[kind];
  const title = oneLine(Mustache.render(notice.title, view, {}, plainText));
  const text = Mustache.render(notice.text, view, {}, plainText);
  const link = typeof view.link === 'string' && /^mailto:/i.test(view.link) ? view.link : null;
  return {
    subject: Mustache.render(subjects.notice, { title }, {}, plainText),
    text,
    html: Mustache.render(noticeHtml, { title, text, link }),
  };
}

interface FactRow {
  label: string;
  value: string;
  href: string | null;
}

function describeFacts(facts: InviteFacts, from: Mailbox | null, ownerTimeZone: string): FactRow[] {
  const rows: FactRow[] = [];
  const add = (label: string, value: string | null, href: string | null = null) => {
    if (value) rows.push({ label, value, href: href && /^(?:https?:|mailto:)/i.test(href) ? href : null });
  };
  add('Company', facts.company);
  add('Role', facts.role);
  facts.slots.forEach((slot, i) => {
    const label = facts.slots.length > 1 ? `Time ${i + 1}` : 'Time';
    const asWritten = slot.written ? `"${slot.written}" — ` : '';
    add(label, `${asWritten}${describeSlot(slot)}; for you: ${inZone(slot.start, ownerTimeZone)}`);
  });
  add('Format', formatNames[facts.format]);
  add('Meeting link', facts.meetingLink, facts.meetingLink);
  add('Location', facts.location);
  add('Scheduling link', facts.schedulingLink, facts.schedulingLink);
  add('From', from ? formatMailbox(from) : null);
  add('Drafts answer', facts.replyTo ? formatMailbox(facts.replyTo) : null, facts.replyTo ? `mailto:${facts.replyTo.address}` : null);
  return rows;
}

function missingFacts(facts: InviteFacts): string[] {
  const missing: string[] = [];
  if (!facts.company) missing.push('company');
  if (!facts.role) missing.push('role');
  if (facts.slots.length === 0 && !facts.schedulingLink) missing.push('time');
  if (facts.format === 'unknown') missing.push('format');
  if (!facts.replyTo) missing.push('an address to reply to');
  return missing;
}

function inZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

function formatMailbox(box: Mailbox): string {
  return box.name ? `${box.name} <${box.address}>` : box.address;
}

/** RFC 6068 mailto: the recruiter, subject and body filled in, and the choice-recording Bcc if any. */
export function mailto(draft: Draft, bcc: string | null): string {
  const query = [`subject=${encodeURIComponent(draft.subject)}`, `body=${encodeURIComponent(draft.body)}`];
  // '+' stays percent-encoded in the query: some mail clients read a literal '+' there as a space.
  if (bcc) query.push(`bcc=${encodeURIComponent(bcc).replace(/%40/g, '@')}`);
  return `mailto:${encodeURIComponent(draft.to ?? '').replace(/%40/g, '@').replace(/%2B/g, '+')}?${query.join('&')}`;
}

/** Header values come from the invitation: no line breaks may reach a header (header injection). */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim().slice(0, 250);
}

/** The recommendation for a triaged invitation (the use case, the triage command and the screenshots). */
export function renderTriage(
  triage: Pick<Triage, 'inviteId' | 'facts' | 'decision' | 'drafts' | 'forward'>,
  owner: RecommendationInput['owner'],
  options: Pick<RecommendationInput, 'choiceAddress' | 'commandsEnabled'> = {},
): RenderedMail {
  const { inviteId, facts, decision, drafts, forward } = triage;
  return renderRecommendation({ inviteId, facts, decision, drafts, original: forward.original, owner, ...options });
}
