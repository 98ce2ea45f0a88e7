/** Renders what the owner receives: the recommendation (text + HTML) and the short notices. */
import { fillHtml, fillText, ownerWords } from '../../../templates/templates.js';
import type { Decision } from '../decide/decide.js';
import type { Draft, Drafts } from './drafts.js';
import { describeSlot } from './drafts.js';
import type { ForwardAnalysis, InviteFacts } from '../extract/extract.js';
import { capText, dateTimeFormat, wellFormed, withoutReplyOrForwardPrefixes, type Mailbox } from '../mail/mail.js';

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
   * The address a draft's "open in my mail app" link Bcc's for each choice (the decline, the accept, the
   * accept of slot N), so the copy records the choice (core/reply/reply-address.ts); null: no Bcc.
   */
  choiceAddress?: ((choice: { verdict: 'attend' | 'decline'; slot?: number }) => string) | null;
  /** replying "accept" / "decline" sends the draft (replies.sendOnBehalf) */
  commandsEnabled?: boolean;
  /** what the owner already chose for this invitation, when it was forwarded again (`earlierChoice`) */
  earlier?: EarlierChoice | null;
}

/** The owner's choice already made for an invitation, as a recommendation of it says (see `earlierChoice`). */
export interface EarlierChoice {
  verdict: 'attend' | 'decline';
  /** when, in the owner's zone */
  at: string;
  /** the draft invite-advisor sent for the owner (a reply command): how far it got, and to whom */
  send?: { status: 'sent' | 'sending' | 'uncertain'; to: string | null };
}

const { digestHtml, digestText, formatNames, inferredNotes, labels, moreSlotsNote, noticeHtml, notices, phrases, recommendationHtml, recommendationText, subjects, timeConflictNote, timeNotUnderstoodNote, timePassedNote, verdictHeadline } = ownerWords;

/**
 * The choice already recorded on an invitation, from the draft a reply command sent (its send state)
 * or the Bcc copy of a draft the owner sent (the choice): null when there is none, or when the only
 * attempt failed (nothing went out).
 */
export function earlierChoice(
  choice: { verdict: 'attend' | 'decline'; at: string } | null,
  send: { status: 'claimed' | 'sending' | 'sent' | 'uncertain' | 'failed'; verdict: 'attend' | 'decline'; at: string; to?: string } | null,
  timeZone: string,
): EarlierChoice | null {
  if (send && send.status !== 'failed') {
    const status = send.status === 'claimed' ? 'sending' : send.status;
    return { verdict: send.verdict, at: inZone(send.at, timeZone), send: { status, to: send.to ?? null } };
  }
  return choice ? { verdict: choice.verdict, at: inZone(choice.at, timeZone) } : null;
}

/** The sentence that names the choice already made (the recommendation and the digest). */
function earlierLine(earlier: EarlierChoice | null | undefined): string | null {
  if (!earlier) return null;
  const { send } = earlier;
  return fillText(phrases.earlierChoice, {
    verb: phrases.draft[earlier.verdict],
    draft: phrases.draft[earlier.verdict],
    at: earlier.at,
    to: send?.to ?? labels.theRecruiter,
    sent: send?.status === 'sent',
    sending: send?.status === 'sending',
    uncertain: send?.status === 'uncertain',
    ownMail: !send,
  });
}

type DraftSource = Pick<RecommendationInput, 'facts' | 'drafts' | 'choiceAddress'>;

/** The buttons of a draft: one per proposed time for the accept draft when there are several, else one. */
function draftLinks(input: DraftSource, verdict: 'attend' | 'decline', openText: string = labels.openDraft): { text: string; parts: Part[]; href: string }[] {
  const { facts, drafts } = input;
  const draft = verdict === 'attend' ? drafts.accept : drafts.decline;
  if (!draft.to) return [];
  const bcc = (choice: { verdict: 'attend' | 'decline'; slot?: number }) => input.choiceAddress?.(choice) ?? null;
  const slotTime = (i: number) => (facts.slots[i] ? (facts.slots[i].written ?? describeSlot(facts.slots[i])) : '');
  if (verdict === 'attend' && drafts.acceptSlots.length > 1) {
    return drafts.acceptSlots.map((slotDraft, i) => {
      const text = fillText(labels.acceptTime, { n: i + 1, time: slotTime(i) });
      return { text, parts: isolating(text, [facts.slots[i]?.written]), href: mailto(slotDraft, bcc({ verdict: 'attend', slot: i + 1 })) };
    });
  }
  return [{ text: openText, parts: isolating(openText, []), href: mailto(draft, bcc({ verdict })) }];
}

export function renderRecommendation(input: RecommendationInput): RenderedMail {
  const { facts, decision, drafts, owner } = input;
  const subject = oneLine(
    fillText(subjects.recommendation, { attend: decision.verdict === 'attend', subject: input.original.subject ?? labels.anInvitation }),
  );
  const factRows = describeFacts(facts, input.original.from, owner.timeZone);
  const draftView = (title: string, draft: Draft, verdict: 'attend' | 'decline') => ({
    title,
    ...draft,
    toText: draft.to ?? labels.noAddressTo,
    parts: isolating(draft.body, [facts.company, facts.role]),
    links: draftLinks(input, verdict),
  });
  const accept = draftView(labels.acceptDraft, drafts.accept, 'attend');
  const decline = draftView(labels.declineDraft, drafts.decline, 'decline');
  const earlier = earlierLine(input.earlier);
  const view = {
    headline: verdictHeadline[decision.verdict],
    earlier,
    earlierParts: earlier ? isolating(earlier, [input.earlier?.send?.to]) : [],
    reasons: decision.reasons.map((reason) => ({ ...reason, parts: isolating(reason.text, [facts.company, facts.role]) })),
    // How the note was read: not at all (another language), and what was not understood (the owner can tag).
    noteNotRead: decision.noteReading?.read === false,
    notUnderstood: decision.noteReading?.notUnderstood ?? [],
    hasNotUnderstood: (decision.noteReading?.notUnderstood.length ?? 0) > 0,
    facts: factRows,
    unknown: missingFacts(facts).join(', ') || null,
    inferred: [
      ...(facts.timePassed === true ? [timePassedNote] : []),
      ...(facts.timesNotUnderstood ?? []).map((words) => fillText(timeNotUnderstoodNote, { words })),
      ...(facts.timeConflict ? [fillText(timeConflictNote, facts.timeConflict)] : []),
      ...(facts.moreSlots ? [fillText(moreSlotsNote, { more: facts.moreSlots.toLocaleString('en-US'), shown: facts.slots.length })] : []),
      ...facts.inferred.map((code) => inferredNotes[code]),
    ],
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
    text: fillText(recommendationText, view),
    html: fillHtml(recommendationHtml, view),
  };
}

/** One held recommendation in the digest: the stored invitation, its choice addresses, and when it was held. */
export interface DigestInvitation extends Pick<RecommendationInput, 'inviteId' | 'facts' | 'decision' | 'drafts' | 'original' | 'choiceAddress' | 'earlier'> {
  /** when the owner's forward arrived (ISO) */
  heldAt: string;
  /** a nudge the cap held back (no choice recorded yet), not a recommendation */
  nudge?: boolean;
}

/** A note or answer held back: its title and text as they would have gone out, and the owner's message. */
export interface DigestNotice {
  subject: string | null;
  heldAt: string;
  title: string;
  text: string;
}

export interface DigestInput {
  owner: { name: string; timeZone: string };
  invitations: DigestInvitation[];
  notices: DigestNotice[];
  /** more was held back than one digest lists: the rest comes with the next one */
  more: boolean;
}

/**
 * The digest of what the hourly cap held back: each held recommendation with its verdict, its reasons,
 * its first time and its draft buttons (the choice addresses work as in the recommendation), then each
 * held note in full. It answers nothing: it has no reply address.
 */
export function renderDigest(input: DigestInput): RenderedMail {
  const { owner } = input;
  const invitations = input.invitations.map((item, i) => {
    const { facts, decision } = item;
    const title = item.original.subject ?? (fillText(phrases.roleAtCompany, { role: facts.role, company: facts.company }) || labels.anInvitation);
    const first = facts.slots[0];
    const when = first ? fillText(labels.digestWhen, { time: inZone(first.start, owner.timeZone), count: facts.slots.length, several: facts.slots.length > 1 }) : null;
    const earlier = earlierLine(item.earlier);
    const read = [facts.company, facts.role];
    return {
      n: i + 1,
      verdict: labels.digestVerdict[decision.verdict],
      verdictTitle: oneLine(fillText(subjects.recommendation, { attend: decision.verdict === 'attend', subject: title })),
      attend: decision.verdict === 'attend',
      title,
      titleParts: isolating(title, [title]),
      forwarded: inZone(item.heldAt, owner.timeZone),
      nudge: item.nudge === true,
      when,
      earlier,
      earlierParts: earlier ? isolating(earlier, [item.earlier?.send?.to]) : [],
      reasons: decision.reasons.map((reason) => ({ text: reason.text, parts: isolating(reason.text, read) })),
      links: [...draftLinks(item, 'attend', labels.digestOpen.attend), ...draftLinks(item, 'decline', labels.digestOpen.decline)],
      noAddress: !item.drafts.accept.to,
      inviteId: item.inviteId,
    };
  });
  const notes = input.notices.map((note) => {
    const values = [note.subject, note.text];
    // A held note keeps its subject ("invite-advisor: <title>"): the digest shows the title.
    const title = note.title.startsWith(notePrefix()) ? note.title.slice(notePrefix().length).trim() : note.title;
    return {
      title,
      subject: note.subject,
      heldAt: inZone(note.heldAt, owner.timeZone),
      text: note.text,
      titleParts: isolating(title, values),
      textParts: isolating(note.text, values),
    };
  });
  const counts = [
    invitations.length > 0 ? fillText(labels.digestRecommendations, { n: invitations.length, one: invitations.length === 1 }) : null,
    notes.length > 0 ? fillText(labels.digestNotes, { n: notes.length, one: notes.length === 1 }) : null,
  ].filter((c): c is string => c !== null);
  const view = { invitations, hasInvitations: invitations.length > 0, notices: notes, hasNotices: notes.length > 0, more: input.more, ownerName: owner.name, counts: counts.join(', ') };
  return {
    subject: oneLine(fillText(subjects.notice, { title: fillText(labels.digestTitle, view) })),
    text: fillText(digestText, view),
    html: fillHtml(digestHtml, view),
  };
}

/** What every notice's subject starts with: "invite-advisor:". */
function notePrefix(): string {
  return fillText(subjects.notice, { title: '' }).trim();
}

/** Whether a subject is one of invite-advisor's notices ("invite-advisor: …", the digest's too), Re: and Fwd: aside. */
export function isNoticeSubject(subject: string): boolean {
  return withoutReplyOrForwardPrefixes(subject).trim().toLowerCase().startsWith(notePrefix().toLowerCase());
}

export type NoticeKind = keyof typeof notices;

export type NoticeView = Record<string, string | number | boolean | null | Record<string, unknown>[]>;

export function renderNotice(kind: NoticeKind, input: NoticeView): RenderedMail {
  const notice = notices[kind];
  const view = boundedView(input);
  const title = oneLine(fillText(notice.title, view));
  const text = fillText(notice.text, view);
  const link = typeof view.link === 'string' && /^mailto:/i.test(view.link) ? view.link : null;
  // Every string a notice is filled with may come from the mail (a subject, an address, a draft).
  const values = stringsOf(view);
  return {
    subject: fillText(subjects.notice, { title }),
    text,
    html: fillHtml(noticeHtml, { title, heading: { parts: isolating(title, values) }, body: { parts: isolating(text, values) }, link }),
  };
}

/** What a reminder on the day of an accepted interview shows (app/follow-through.ts). */
export interface OnTheDayInput {
  /** the invitation's subject */
  subject: string | null;
  /** the recommendation's verdict: its subject, which the reminder answers ("Re: Attend: …") */
  verdict: 'attend' | 'decline';
  /** the evening-before reminder (else the one shortly before) */
  eveningBefore: boolean;
  /** the start in the owner's zone, written out */
  time: string;
  /** the start as the invitation wrote it (its own offset), when that is not the owner's: null otherwise */
  theirTime: string | null;
  meetingLink: string | null;
  location: string | null;
  /** whom they meet: the sender's name and company */
  who: string | null;
  /** the note the owner wrote above the forward */
  note: string | null;
}

/** A reminder on the day: under the recommendation's subject ("Re: …"), like the nudge. */
export function renderOnTheDay(input: OnTheDayInput): RenderedMail {
  const notice = notices.onTheDay;
  const subjectOfInvite = input.subject ?? labels.anInvitation;
  const link = input.meetingLink && /^https?:/i.test(input.meetingLink) ? input.meetingLink : null;
  const fields = { subject: subjectOfInvite, eveningBefore: input.eveningBefore, time: input.time, theirTime: input.theirTime, link, location: input.location, who: input.who, note: input.note };
  return followUpMail(notice, input.verdict, subjectOfInvite, fields, link ? [{ label: link, href: link }] : []);
}

/** What "How did it go?" shows (app/how-did-it-go.ts): the interview it asks about. */
export interface HowDidItGoInput {
  /** the invitation's subject */
  subject: string | null;
  /** the recommendation's verdict: its subject, which the question answers ("Re: Attend: …") */
  verdict: 'attend' | 'decline';
  /** the start in the owner's zone, written out */
  time: string;
  /** whom they met: the sender's name and company */
  who: string | null;
}

/** The one question after an attended interview: under the recommendation's subject ("Re: …"), like the reminders. */
export function renderHowDidItGo(input: HowDidItGoInput): RenderedMail {
  const notice = notices.howDidItGo;
  const subjectOfInvite = input.subject ?? labels.anInvitation;
  return followUpMail(notice, input.verdict, subjectOfInvite, { subject: subjectOfInvite, time: input.time, who: input.who }, []);
}

/** What the nudge shows (app/follow-through.ts): the recommendation it follows, and its draft links. */
export interface NudgeInput {
  /** the invitation's subject */
  subject: string | null;
  verdict: 'attend' | 'decline';
  /** the first proposed time in the owner's zone, written out */
  firstSlot: string | null;
  /** the draft links (mailto:), as the recommendation's buttons; null: that draft has no recipient */
  links: { attend: string | null; decline: string | null };
  sendOnBehalf: boolean;
}

/**
 * The nudge: a short reminder under the recommendation's own subject ("Re: …"), so that mail clients
 * that thread by subject as well as References put it under the recommendation.
 */
export function renderNudge(input: NudgeInput): RenderedMail {
  const notice = notices.nudge;
  const subjectOfInvite = input.subject ?? labels.anInvitation;
  const candidates: { label: string; href: string | null }[] = [
    { label: notice.openAccept, href: input.links.attend },
    { label: notice.openDecline, href: input.links.decline },
  ];
  const links = candidates.filter((link): link is { label: string; href: string } => typeof link.href === 'string' && /^mailto:/i.test(link.href));
  return followUpMail(notice, input.verdict, subjectOfInvite, { subject: subjectOfInvite, firstSlot: input.firstSlot, sendOnBehalf: input.sendOnBehalf }, links);
}

/**
 * A follow-through mail (a reminder on the day, "how did it go?", the nudge): `notice` filled with `fields`
 * (bounded, and what came from the mail isolated in the HTML), under the recommendation's own subject
 * ("Re: …") so that clients threading by subject put it under the recommendation, `links` as its buttons.
 */
function followUpMail(
  notice: { title: string; text: string },
  verdict: 'attend' | 'decline',
  subjectOfInvite: string,
  fields: NoticeView,
  links: { label: string; href: string }[],
): RenderedMail {
  const view = boundedView(fields);
  const title = oneLine(fillText(notice.title, view));
  const text = fillText(notice.text, view);
  const values = stringsOf(view);
  return {
    subject: oneLine(`Re: ${fillText(subjects.recommendation, { attend: verdict === 'attend', subject: subjectOfInvite })}`),
    text,
    html: fillHtml(noticeHtml, { title, heading: { parts: isolating(title, values) }, body: { parts: isolating(text, values) }, link: null, links }),
  };
}

interface FactRow {
  label: string;
  value: string;
  href: string | null;
  /** the value for the HTML part, what was read from the mail apart (see `isolating`) */
  parts: Part[];
}

function describeFacts(facts: InviteFacts, from: Mailbox | null, ownerTimeZone: string): FactRow[] {
  const rows: FactRow[] = [];
  // `read`: the pieces of the value taken from the mail (the whole value unless told).
  const add = (label: string, value: string | null, href: string | null = null, read: readonly (string | null | undefined)[] = [value]) => {
    if (value) rows.push({ label, value, href: href && /^(?:https?:|mailto:)/i.test(href) ? href : null, parts: isolating(value, read) });
  };
  const named = labels.facts;
  add(named.company, facts.company);
  add(named.role, facts.role);
  facts.slots.forEach((slot, i) => {
    const label = facts.slots.length > 1 ? fillText(named.timeNumbered, { n: i + 1 }) : named.time;
    add(label, fillText(labels.slotValue, { written: slot.written ?? null, normalised: describeSlot(slot), forYou: inZone(slot.start, ownerTimeZone) }), null, [slot.written]);
  });
  add(named.format, formatNames[facts.format], null, []);
  add(named.meetingLink, facts.meetingLink, facts.meetingLink);
  add(named.location, facts.location);
  add(named.schedulingLink, facts.schedulingLink, facts.schedulingLink);
  add(named.from, from ? formatMailbox(from) : null, null, [from?.name, from?.address]);
  const replyTo = facts.replyTo;
  add(named.draftsAnswer, replyTo ? formatMailbox(replyTo) : null, replyTo ? mailtoAddress(replyTo.address) : null, [replyTo?.name, replyTo?.address]);
  return rows;
}

/** A piece of a line for the HTML part; `isolate`: read from the mail, shown in a `<bdi>` (templates/en.ts). */
interface Part {
  text: string;
  isolate: boolean;
}

/**
 * The line in pieces, each place where one of `read` (values taken from the mail) appears apart, so the
 * HTML isolates it: a right-to-left name keeps its own order and leaves the English around it in its
 * own (core/mail/bidi.ts removes the controls that could reach further).
 */
export function isolating(line: string, read: readonly (string | null | undefined)[]): Part[] {
  const values = [...new Set(read.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
  // Where each value next appears at or after `at` (-1: nowhere); searched again only once passed, so
  // a long line with many values is read a bounded number of times.
  const next = values.map((v) => line.indexOf(v));
  const parts: Part[] = [];
  let at = 0;
  for (;;) {
    // The value that starts first, the longest of those that start there.
    let chosen = -1;
    values.forEach((v, k) => {
      if ((next[k] ?? -1) >= 0 && (next[k] ?? 0) < at) next[k] = line.indexOf(v, at);
      const i = next[k] ?? -1;
      const best = chosen < 0 ? -1 : (next[chosen] ?? -1);
      if (i >= 0 && (chosen < 0 || i < best || (i === best && v.length > (values[chosen]?.length ?? 0)))) chosen = k;
    });
    if (chosen < 0) break;
    const start = next[chosen] ?? 0;
    const value = values[chosen] ?? '';
    if (start > at) parts.push({ text: line.slice(at, start), isolate: false });
    parts.push({ text: value, isolate: true });
    at = start + value.length;
  }
  if (at < line.length) parts.push({ text: line.slice(at), isolate: false });
  return parts;
}

/**
 * A notice echoes what the mail held (its subject, an address, a bounce's diagnostic, the draft that was
 * sent): each value is cut to a bound, so a message with a subject of a million characters gets a notice
 * of a few kilobytes. A draft's body is ours and bounded already (its cap only guards); a link (`link`,
 * `schedulingLink`) is never cut: it is built by us or bounded where it was read (core/triage/bounds.ts),
 * and a cut one opens the wrong page or draft.
 */
const NOTICE_VALUE_CHARS = 1000;
const NOTICE_BODY_CHARS = 20_000;

function boundedView(view: NoticeView): NoticeView {
  const bound = (key: string, value: unknown): unknown => {
    if (typeof value === 'string') return /link$/i.test(key) ? value : capText(value, key === 'body' ? NOTICE_BODY_CHARS : NOTICE_VALUE_CHARS);
    if (Array.isArray(value)) return value.map((item) => bound('', item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bound(k, v)]));
    return value;
  };
  return bound('', view) as NoticeView;
}

/** Every string in a notice's view, nested lists included. */
function stringsOf(view: unknown): string[] {
  if (typeof view === 'string') return [view];
  if (Array.isArray(view)) return view.flatMap(stringsOf);
  if (view && typeof view === 'object') return Object.values(view).flatMap(stringsOf);
  return [];
}

function missingFacts(facts: InviteFacts): string[] {
  const missing: string[] = [];
  const words = labels.missing;
  if (!facts.company) missing.push(words.company);
  if (!facts.role) missing.push(words.role);
  if (facts.slots.length === 0 && !facts.schedulingLink) missing.push(words.time);
  if (facts.format === 'unknown') missing.push(words.format);
  if (!facts.replyTo) missing.push(words.replyTo);
  return missing;
}

/**
 * An instant as the owner reads it, in their zone: "Thu, Mar 12, 2:30 PM EDT". Every time in a mail to
 * the owner goes through here (or `dayInZone`), never as a raw ISO/UTC string.
 */
export function inZone(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  // Intl throws on an invalid date: a slot that is no time is shown as written.
  if (Number.isNaN(instant.getTime())) return iso;
  return dateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** The owner's calendar day of an instant, "2026-03-12" (a UTC date can be the day before or after). */
export function dayInZone(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso.slice(0, 10);
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * `Name <address>`, or the address alone when the name holds an `@` (or a fullwidth or small one): a display name that is another
 * address (`"sofia@acme.example" <victim@evil.example>`, also as an encoded word) would show the owner
 * a recipient the drafts do not go to (found by the red-team round after #11).
 */
function formatMailbox(box: Mailbox): string {
  return box.name && !/[@\uFF20\uFE6B]/.test(box.name) ? `${box.name} <${box.address}>` : box.address;
}

/** RFC 6068 mailto: the recruiter, subject and body filled in, and the choice-recording Bcc if any. */
export function mailto(draft: Pick<Draft, 'to' | 'subject' | 'body'>, bcc: string | null): string {
  const query = [`subject=${uriComponent(draft.subject)}`, `body=${uriComponent(draft.body)}`];
  // '+' stays percent-encoded in the query: some mail clients read a literal '+' there as a space.
  if (bcc) query.push(`bcc=${uriComponent(bcc).replace(/%40/g, '@')}`);
  return `${mailtoAddress(draft.to ?? '')}?${query.join('&')}`;
}

/**
 * `mailto:` and one address, percent-encoded as RFC 6068 asks: a `?`, `&`, `=` or `%` inside an address
 * taken from the mail (a Reply-To of `<a@b.example?cc=victim@evil.example>`) can never add a header.
 */
export function mailtoAddress(address: string): string {
  return `mailto:${uriComponent(address).replace(/%40/g, '@').replace(/%2B/g, '+')}`;
}

/**
 * encodeURIComponent throws URIError on a lone surrogate, which text cut at a length limit or decoded from
 * a broken UTF-16 encoded word can hold: it is written as U+FFFD instead, as UTF-8 would.
 */
function uriComponent(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** Header values come from the invitation: no line breaks may reach a header (header injection). */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim().slice(0, 250);
}

/**
 * Every line of the recommendation that was written for the owner alone, its drafts left out: the
 * reasons, the facts it read, its headline and footer. Derived by rendering the recommendation's own
 * template, so a changed template changes what the leak guard refuses (core/reply/command.ts).
 */
export function ownerOnlyLines(input: Omit<RecommendationInput, 'choiceAddress' | 'commandsEnabled' | 'earlier'>): string[] {
  const blank: Draft = { to: null, subject: '', body: '' };
  const drafts = { ...input.drafts, accept: blank, decline: blank, acceptSlots: [] };
  const lines = new Set<string>();
  for (const commandsEnabled of [true, false]) {
    for (const line of renderRecommendation({ ...input, drafts, commandsEnabled, choiceAddress: null }).text.split('\n')) lines.add(line);
  }
  return [...lines];
}

/** The recommendation for a triaged invitation (the use case, the triage command and the screenshots). */
export function renderTriage(
  triage: { inviteId: string; facts: InviteFacts; decision: Decision; drafts: Drafts; forward: Pick<ForwardAnalysis, 'original'> },
  owner: RecommendationInput['owner'],
  options: Pick<RecommendationInput, 'choiceAddress' | 'commandsEnabled' | 'earlier'> = {},
): RenderedMail {
  const { inviteId, facts, decision, drafts, forward } = triage;
  return renderRecommendation({ inviteId, facts, decision, drafts, original: forward.original, owner, ...options });
}
