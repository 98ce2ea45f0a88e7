/**
 * A first, honest reading of the invitation: the fields of the triage contract, each either read from
 * the mail or left null. Nothing here guesses a value it did not see; what was inferred rather than read
 * is listed in `inferred`.
 */
import { isDraftLanguage, type DraftLanguage } from '../../../templates/templates.js';
import { UnreadableMailError } from '../../errors.js';
import { displayText, domainOf, isWritableTime, normalizeAddress, recipientAddress, type Mailbox } from '../mail/mail.js';
import type { OriginalMessage } from './forward.js';
import { readCalendars, type CalendarEvent } from './calendar.js';
import { careersTenant, companyInNote, containsWord, ENDS_IN_LEGAL_FORM, findCompany, findRole, isJobTitle, logoNames, mailboxSpellsName, matchesSenderDomain, roleTitle } from './company-role.js';
import { findDuration } from './durations.js';
import { detectTextLanguage, type TextLanguage } from './language.js';
import { detectFormat, type InterviewFormat } from './format.js';
import { findLocation, hasAddress } from './location.js';
import { isNoReplyAddress, isRelayDomain, isRoleMailbox, isSharedCalendar, isTeamMailboxOfCompany, isUnusableReplyAddress } from './senders.js';
import { blankHeaderBlocks, EMAIL_IN_TEXT, newestMessage, olderMessage, POINTS_BELOW, postscriptOf, splitSignature, withoutEmphasis, withShortRuns } from './text.js';
import { findProseSlots, firstHourAt, movesOrCancels, withEndSaidApart, type DefaultZone, type ProseSlot } from './times.js';
/** A range of weekdays ("di t/m zo", "de terça a sábado"), for the decision's reading of a stated span of hours. */
export { WEEKDAY_RANGE } from './times.js';
import { canonicalZone, isPlaceName, offsetMinutesAt, wallTimeInZone, zoneOfPlaceIn, zoneOfPostcodeIn } from './zones.js';

export { isUnusableReplyAddress, isRoleMailbox } from './senders.js';
export { roleTitle } from './company-role.js';
export { findOriginal, cleanNote, type ForwardAnalysis, type OriginalMessage } from './forward.js';
export { replyHeaders, sameSubject, type Threading, type ThreadingSource } from './threading.js';
export { escapeRegExp } from './text.js';

export type { InterviewFormat } from './format.js';
/** The languages the drafts can be written in: derived from the template registry (templates/templates.ts). */
export type InviteLanguage = DraftLanguage;
/**
 * `slot-time-zone`: a time had no zone written; the invitation's evident zone was assumed (a city it
 * names, its Date header's offset, or the usual zone of its language). (render.ts words each code: add
 * the wording there when adding a code.)
 */
export type InferredFact = 'slot-time-zone';

export interface Slot {
  /** ISO 8601 with the offset the invitation used */
  start: string;
  end: string | null;
  /** the invitation's own words for this time, when it was written in prose (an addition to the contract) */
  written?: string;
}

export interface InviteFacts {
  isInvite: boolean;
  language: InviteLanguage;
  company: string | null;
  role: string | null;
  format: InterviewFormat;
  meetingLink: string | null;
  location: string | null;
  slots: Slot[];
  /** What was inferred rather than read (see `InferredFact`). */
  inferred: InferredFact[];
  schedulingLink: string | null;
  /** whom the drafts answer; null when the mail holds no usable address */
  replyTo: Mailbox | null;
  /** every time it proposes had passed when it was forwarded: the accept draft asks for a new one */
  timePassed?: boolean;
  /** how many more times it proposed than `slots` keeps (core/triage/bounds.ts); absent when none */
  moreSlots?: number;
  /** the words of times found but not understood (a zone label naming no known place): no slot is given for them; absent when none */
  timesNotUnderstood?: string[];
  /** an attached calendar's time (kept: it is authoritative) and the text's, when no time of the text is the calendar's; absent otherwise */
  timeConflict?: { calendar: string; text: string };
  /** how long the interview lasts, in minutes, when the text says so ("a 45-minute call"); absent otherwise */
  durationMinutes?: number;
}

/**
 * What was read that tells an interview invitation from other mail about a job. Whether it is one is
 * the decision's to say (core/decide, `isInvitation`: it weighs this evidence); the caller passes it in.
 */
export interface InvitationEvidence {
  subject: string;
  /** the body, its signature cut off */
  body: string;
  signature: string;
  from: Mailbox | null;
  /** interview times read in the text (a deadline is never one) */
  slots: number;
  /** timed events of an attached calendar, and their summaries and locations */
  calendarEvents: number;
  calendarText: string;
  meetingLink: string | null;
  schedulingLink: string | null;
}

export interface ExtractContext {
  ownerAddresses: readonly string[];
  /** "is it an interview invitation?", given what was read */
  isInvitation: (evidence: InvitationEvidence) => boolean;
  /** reference for relative dates ("tomorrow at 10") when the original has no Date */
  fallbackDate: { instant: Date; offsetMinutes: number | null } | null;
  /**
   * The owner's IANA zone: a forward header without an offset was printed in it by the owner's mail app,
   * and a time with no zone and no place in an invitation whose Date agrees with it is read in it.
   */
  ownerTimeZone?: string;
  /** when the owner's message was sent (its Date): a proposed time before it has passed */
  receivedAt?: Date;
  /** the alt texts of images in the received mail's HTML (a company's logo: "Tidewater Energy logo") */
  imageAlts?: readonly string[];
  /** the file names of the received mail's attachments (a job description's: "Orchard Ledger - Staff Data Engineer JD.pdf") */
  attachmentNames?: readonly string[];
  /** the owner's note above the forward: it may name the company the invitation does not */
  note?: string | null;
}

/**
 * An invitation says what matters in its first few kilobytes; what follows in big messages is job
 * tables, footers and quoted threads. Reading only this much keeps chrono and the regexes fast
 * (a 2 MB HTML forward went from ~450 ms to a few ms of extraction; see `npm run bench`).
 */
export const MAX_EXTRACT_CHARS = 32 * 1024;

const LANGUAGE_ZONE: Partial<Record<TextLanguage, string>> = {
  fr: 'Europe/Paris',
  de: 'Europe/Berlin',
  es: 'Europe/Madrid',
  it: 'Europe/Rome',
  nl: 'Europe/Amsterdam',
  pt: 'America/Sao_Paulo',
  pl: 'Europe/Warsaw',
  ja: 'Asia/Tokyo',
};

/**
 * Words only one region's writers use, for the languages written on two continents: European Portuguese
 * ("consigo", "equipa", "contacto", "está a preparar") against Brazilian ("você", "equipe", "contato",
 * "estamos preparando"); Argentine voseo ("podés", "tenés") and Mexican words ("platicar", "ahorita")
 * against Spain's. They choose the zone a time without one is read in when nothing else tells it.
 */
const REGIONAL: { language: TextLanguage; zone: string; words: RegExp; against: RegExp }[] = [
  {
    language: 'pt',
    zone: 'Europe/Lisbon',
    words: /(?<![\p{L}])(?:consigo|equipa|telemóvel|connosco|contacto|registo|facto|ecrã|Exm[oa]\.?|cumprimentos|pequeno-almoço|(?:está|estamos|estou|estão) a \p{L}+r)(?![\p{L}])/giu,
    against: /(?<![\p{L}])(?:você|vocês|equipe|celular|contato|cadastro|atenciosamente|prezad[oa]|abraços?|a gente|ótimo|(?:está|estamos|estou|estão) \p{L}+ndo)(?![\p{L}])/giu,
  },
  { language: 'es', zone: 'America/Argentina/Buenos_Aires', words: /(?<![\p{L}])(?:podés|tenés|querés|sabés|contás|avisame|confirmame|escribime)(?![\p{L}])/giu, against: /(?<![\p{L}])(?:vosotros|podéis|tenéis|queréis)(?![\p{L}])/giu },
  { language: 'es', zone: 'America/Mexico_City', words: /(?<![\p{L}])(?:platicar|platiquemos|ahorita|CDMX|padrísimo|chamba)(?![\p{L}])/giu, against: /(?<![\p{L}])(?:vosotros|podéis|tenéis|queréis|vale)(?![\p{L}])/giu },
];

/** The zone a language's mail is read in when nothing else tells: its region's when the words say which. */
function languageZone(language: TextLanguage, text: string): string | undefined {
  for (const region of REGIONAL) {
    if (region.language !== language) continue;
    const sample = text.slice(0, 6000);
    if ((sample.match(region.words) ?? []).length > (sample.match(region.against) ?? []).length) return region.zone;
  }
  return LANGUAGE_ZONE[language];
}

/** Zones whose mail is written in each language, most usual first (a Date's offset picks one). */
const LANGUAGE_ZONES: Record<TextLanguage, readonly string[]> = {
  en: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Asia/Singapore', 'America/Halifax', 'Australia/Sydney'],
  fr: ['Europe/Paris', 'America/Toronto'],
  de: ['Europe/Berlin'],
  es: ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota', 'America/Argentina/Buenos_Aires', 'America/Santiago', 'Atlantic/Canary'],
  it: ['Europe/Rome'],
  nl: ['Europe/Amsterdam'],
  pt: ['America/Sao_Paulo', 'Europe/Lisbon', 'Atlantic/Azores'],
  pl: ['Europe/Warsaw'],
  ja: ['Asia/Tokyo'],
};

function zoneWithOffset(instant: Date, offsetMinutes: number, language: TextLanguage): string | null {
  return LANGUAGE_ZONES[language].find((zone) => offsetMinutesAt(instant, zone) === offsetMinutes) ?? null;
}

/**
 * The zone a time is read in when the header gave no offset and the mail names no place: the country an address's
 * postcode is written for, else the owner's zone when the language is written there (a Brazilian in Lisbon writes
 * from Lisbon), else the language's (its region's when the words say which), else the owner's.
 */
function zoneWithoutOffset(language: TextLanguage, subject: string, body: string, ownerZone: string | null): string | null {
  const byPostcode = zoneOfPostcodeIn(body, language);
  if (byPostcode) return byPostcode;
  const owner = ownerZone ? canonicalZone(ownerZone) : null;
  if (owner && LANGUAGE_ZONES[language].some((zone) => canonicalZone(zone) === owner)) return ownerZone;
  return languageZone(language, `${subject}\n${body}`) ?? ownerZone;
}

/** The widest gap between two zones' clocks (UTC−12 to UTC+14). */
const MAX_OFFSET_SPREAD_MS = 26 * 3_600_000;

/** The longest time a text beside a scheduling link names as one proposed interview, not a window to choose in. */
const PENCILLED_SLOT_MS = 90 * 60_000;

/** The names the mail writes beside the owner's addresses ("schreef Eva Novak <eva.novak@example.com>:"), lowercased. */
function ownerNames(text: string, ownerAddresses: readonly string[]): Set<string> {
  const owners = new Set(ownerAddresses.map((a) => a.toLowerCase()));
  const names = new Set<string>();
  for (const m of text.slice(0, 64 * 1024).matchAll(/(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*"?[ \t]*<([^<>\s@]+@[^<>\s]+)>/gu)) {
    if (owners.has(m[2]!.toLowerCase())) names.add(m[1]!.toLowerCase());
  }
  return names;
}

/** A body as the extraction's patterns read it: runs cut short, plain-text bold unwrapped, quoted header blocks blanked. */
function readableBody(body: string): string {
  return blankHeaderBlocks(withoutEmphasis(withShortRuns(body)));
}

export function extractFacts(original: OriginalMessage, context: ExtractContext): InviteFacts {
  const fullBody = readableBody(original.body.slice(0, MAX_EXTRACT_CHARS));
  const { main, signature } = splitSignature(fullBody);
  const subject = original.subject ?? '';
  const textLanguage = detectTextLanguage(`${subject}\n${main}`);
  const language: InviteLanguage = isDraftLanguage(textLanguage) ? textLanguage : 'en';
  const inferred = new Set<InferredFact>();

  const events = readCalendars(original.calendars).filter((e) => e.method !== 'CANCEL' && e.status !== 'CANCELLED');
  const links = findLinks(main);
  const meetingLink = calendarMeetingLink(events) ?? links.find(isMeetingLink) ?? findLinks(fullBody).find(isMeetingLink) ?? links.find((link) => introducedAsCall(link, main)) ?? null;
  const schedulingLink = links.find((link) => isSchedulingLink(link, main)) ?? null;

  // The zone a time without one is read in (reported as inferred).
  const placeZone = zoneOfPlaceIn(`${subject}\n${main}`, signature);
  const date = original.date ?? context.fallbackDate;
  const offsetKnown = original.dateOffsetKnown !== false && date !== null && date.offsetMinutes !== null;
  // The owner's zone stands in when the header gave no offset (the owner's app printed that header in
  // it), and when the Date's offset is the owner's zone's: then its daylight saving, not the Date's
  // offset, holds for an interview on the other side of a clock change.
  const ownerZone = context.ownerTimeZone ?? null;
  const ownerZoneAgrees = ownerZone !== null && date !== null && date.offsetMinutes !== null && offsetMinutesAt(date.instant, ownerZone) === date.offsetMinutes;
  // With an offset and no place: the owner's zone or a usual zone of the language that has that offset
  // on that day, so daylight saving holds for an interview on the other side of a clock change.
  // With no offset and no place: see zoneWithoutOffset.
  // An offset that is the owner's zone's may be the owner's mail app printing the forwarded header in its own zone: an
  // address whose postcode tells its country ("4470-605 Maia") says where the interview's clock is.
  const evidentZone = placeZone ?? (offsetKnown ? (ownerZoneAgrees ? (zoneOfPostcodeIn(`${main}\n${signature}`, textLanguage) ?? ownerZone) : zoneWithOffset(date!.instant, date!.offsetMinutes!, textLanguage)) : zoneWithoutOffset(textLanguage, subject, `${main}\n${signature}`, ownerZone));
  const defaultZone: DefaultZone = evidentZone ? { zone: evidentZone } : { offsetMinutes: date?.offsetMinutes ?? 0 };

  let slots: Slot[] = [];
  const timesNotUnderstood: string[] = [];
  let timeConflict: { calendar: string; text: string } | null = null;
  const timed = events.filter((e) => e.start);
  const readProse = (notUnderstood: string[]) => {
    if (!date) return [];
    let reference = { instant: date.instant, offsetMinutes: date.offsetMinutes ?? 0 };
    if (!offsetKnown && evidentZone) {
      // The forward header printed the original's wall time without an offset: read it in the evident zone.
      reference = wallTimeInZone(new Date(date.instant.getTime() + (date.offsetMinutes ?? 0) * 60_000), evidentZone);
    } else if (evidentZone) {
      reference = { instant: date.instant, offsetMinutes: offsetMinutesAt(date.instant, evidentZone) };
    }
    // A time read from prose that cannot be written (the year 275760, an offset of -99:99) is no time; nor
    // is one at or before the invitation was sent ("your application of 20 February at 14:05", "sent on
    // 1 March at 09:00"): an invitation names times to come. With the sending time's offset unknown, only
    // a time more than a day's offsets before it is surely past.
    const sent = original.date ? original.date.instant.getTime() - (offsetKnown ? 0 : MAX_OFFSET_SPREAD_MS) : null;
    // The main text, and a postscript after the signature ("P.S. Vers 16h c'est le mieux"): a time is given there too.
    const split = splitSignature(readableBody(newestMessage(original.body.slice(0, MAX_EXTRACT_CHARS))));
    const postscript = postscriptOf(split.signature);
    const valid = (s: ProseSlot) => isWritableTime(s.start.instant, s.start.offsetMinutes) && (sent === null || s.start.instant.getTime() > sent);
    let inBody = findProseSlots(postscript ? `${split.main}\n\n${postscript}` : split.main, textLanguage, reference, defaultZone, notUnderstood, ownerZone).filter(valid);
    // A newest message with no time that points to the times of the one quoted below it ("just bumping my note
    // below – both slots are still open"): that message's times, unless the newest one moves or cancels them.
    const older = inBody.length === 0 && POINTS_BELOW.test(split.main) && !movesOrCancels(split.main) ? olderMessage(original.body.slice(0, MAX_EXTRACT_CHARS)) : null;
    if (older) inBody = findProseSlots(splitSignature(readableBody(older)).main, textLanguage, reference, defaultZone, notUnderstood, ownerZone).filter(valid);
    inBody = withEndSaidApart(inBody, split.main);
    // A body that points to the subject for the time ("el día y a la hora que aparecen en el asunto"): the
    // subject's time, when the body gives none.
    if (inBody.length > 0 || !/\d/.test(subject)) return inBody;
    const inSubject = findProseSlots(subject, textLanguage, reference, defaultZone, []).filter(valid);
    if (inSubject.length > 0) return inSubject;
    // …or the subject's day and the body's hour ("Entrevista – quinta-feira, 18/02" and "A conversa será às 14h30").
    // (Polish "godz." before the hour is an abbreviation, no sentence's end.)
    const sentences = split.main.split(/(?<=(?<![Gg]odz)[.!?])\s+|\n+/u);
    const bare = !sentences.some((s) => firstHourAt(s) >= 0);
    const sentence = sentences.find((s) => firstHourAt(s, bare) >= 0);
    if (!sentence) return [];
    // …the hour with up to two words before it in its clause ("às 15h00 (hora de Lisboa)…", "o godzinie 11:30…"), so
    // that no long clause stands between it and the day.
    const at = firstHourAt(sentence, bare);
    const clock = `${/(?:[^\s,;:]+\s+){0,2}$/u.exec(sentence.slice(0, at))![0]}${sentence.slice(at)}`;
    // Only the subject's parts with a digit, so that its title does not stand between the day and the hour; the hour
    // is the body's, so a day and month with a dot there ("Rozmowa 16.03 – …") are its day, not a clock time.
    const subjectDay = subject.split(/\s+[-–—|]\s+/u).filter((part) => /\d/.test(part)).join(' ').replace(/(?<![\d.:/])(\d{1,2})\.(\d{1,2})(?![\d.:/])/gu, (m: string, d: string, mo: string) => (Number(d) >= 1 && Number(d) <= 31 && Number(mo) >= 1 && Number(mo) <= 12 ? `${d}.${mo}.` : m));
    return findProseSlots(`${subjectDay} ${clock}`, textLanguage, reference, defaultZone, []).filter(valid);
  };
  if (timed.length > 0) {
    // The calendar is authoritative. A calendar written in UTC ("…T080000Z") is shown in the zone the
    // text uses for the same instant (else the evident zone); a text whose times all differ from the
    // calendar's is said (timeConflict), the calendar's time is kept.
    const prose = readProse([]);
    const proseOffset = (instant: Date) => prose.find((p) => p.start.instant.getTime() === instant.getTime())?.start.offsetMinutes;
    const shown = (t: { instant: Date; offsetMinutes: number }) => t.offsetMinutes === 0 ? proseOffset(t.instant) ?? (evidentZone ? offsetMinutesAt(t.instant, evidentZone) : 0) : t.offsetMinutes;
    slots = timed.map((e) => ({
      start: toIsoWithOffset(e.start!.instant, shown(e.start!)),
      end: e.end && e.end.instant > e.start!.instant ? toIsoWithOffset(e.end.instant, shown(e.end)) : null,
    }));
    const agrees = prose.some((p) => timed.some((e) => e.start!.instant.getTime() === p.start.instant.getTime()));
    if (prose.length > 0 && !agrees) timeConflict = { calendar: slots[0]!.start, text: prose[0]!.written || toIsoWithOffset(prose[0]!.start.instant, prose[0]!.start.offsetMinutes) };
  } else if (date) {
    // With a link to pick a time, the times the text names are the window to choose in ("slots between
    // 22 and 26 March", "Tuesday to Thursday, 9–17h"), never an interview time of their own, unless the text
    // names one time of an interview's length ("I've pencilled in Tuesday 10 November, 11:00–11:30; if that
    // doesn't work, grab another slot here").
    const withLink = schedulingLink !== null && schedulingLink !== meetingLink;
    const read = readProse(withLink ? [] : timesNotUnderstood);
    // …or one time with no end at all ("How about Thursday 8 April at 11:00? If that doesn't suit, grab another time
    // here"): a window to choose in is a range, never a single instant.
    const one = read.length === 1 ? read[0]! : null;
    const pencilled = one !== null && (!one.end || one.end.instant.getTime() - one.start.instant.getTime() <= PENCILLED_SLOT_MS);
    // …or slots listed to pick from, each with an end and an interview's length ("• Monday 7 June, 09:30–10:00",
    // "• Monday 7 June, 11:00–11:30" above "pick one of the slots below on our booking page").
    const listed = read.length > 1 && read.every((s) => s.end !== null && s.end.instant.getTime() - s.start.instant.getTime() <= PENCILLED_SLOT_MS);
    const prose = !withLink || pencilled || listed ? read : [];
    if (prose.some((s) => s.zoneAssumed)) inferred.add('slot-time-zone');
    slots = prose.map((s) => ({
      start: toIsoWithOffset(s.start.instant, s.start.offsetMinutes),
      end: s.end && isWritableTime(s.end.instant, s.end.offsetMinutes) ? toIsoWithOffset(s.end.instant, s.end.offsetMinutes) : null,
      ...(s.written ? { written: s.written } : {}),
    }));
  }
  slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

  const calendarText = events.map((e) => `${e.summary ?? ''}\n${e.location ?? ''}`).join('\n');
  // …or the attached invitation's title, then its description ("Entrevue pour le poste de Conseillère…").
  let role = findRole(subject, main, signature) ?? findRole(events[0]?.summary ?? '', events[0]?.description ?? '');
  // The title names the job's work, not the interview's format ("Gestor de recobro telefónico", "Telefonist"): read without it.
  const title = roleTitle(role);
  const withoutTitle = (text: string) => (title && title.length >= 4 ? text.split(title).join(' ') : text);
  const format = detectFormat(withoutTitle(`${subject}\n${main}\n${calendarText}`), meetingLink, hasAddress(main));
  // "Interview – Marlowe Financial": the subject named the company, not a role.
  if (role && !isJobTitle(role) && matchesSenderDomain(role, original.from?.address ?? null)) role = null;
  // A logo's alt text names the company when nothing else does: from the HTML, or the line an HTML-only
  // message's text gives it ("Tidewater Energy logo [https://…/logo.png]").
  const logoLines = [...`${main}\n${signature}`.slice(0, 4096).matchAll(/^[ \t]*(.{2,80}?)[ \t]*(?:\[https?:[^\]\s]*\])?[ \t]*$/gm)].map((m) => m[1]!);
  const found = findCompany(subject, main, signature, original.from, role, logoNames(context.imageAlts ?? [], logoLines));
  // The owner's own name (signing their earlier mail in the quoted thread, "Eva Novak <eva.novak@…>") is never the employer.
  const named = found && ownerNames(`${original.body}\n${main}\n${signature}`, context.ownerAddresses).has(found.toLowerCase()) ? null : found;
  // What the mail's text leaves unsaid, a job description's file name may say ("Orchard Ledger - Staff Data Engineer JD.txt").
  const filed = named && role ? null : fromAttachmentNames(context.attachmentNames ?? [], role);
  role ??= filed?.role ?? null;
  // …and so may the owner's note, when a domain the mail writes spells the name exactly.
  // …and last, from an applicant-tracking system's mail, the careers site it links to.
  const company = named ?? filed?.company ?? companyInNote(context.note ?? null, original.from?.address ?? null, `${main}\n${signature}`) ?? (original.from && isRelayDomain(domainOf(original.from.address)) ? careersTenant(`${main}\n${signature}`) : null);
  role = roleAsTitled(role, company, subject);
  const isInvite = context.isInvitation({ subject, body: main, signature, from: original.from, slots: timed.length > 0 ? 0 : slots.length, calendarEvents: timed.length, calendarText, meetingLink, schedulingLink });
  const replyTo = chooseReplyTo(original, events, `${main}\n${signature}`, context.ownerAddresses, isInvite);
  // The length said in prose ends a time that has no end of its own (the calendar hold).
  const durationMinutes = isInvite && slots.length > 0 ? findDuration(`${subject}\n${main}`) : null;
  // An onsite interview whose text gives no address: the sender's signature has it ("Via Lungolago 18, 37017 Lazise (VR)"
  // under a family hotel's name), as small employers write.
  // Onsite: the address as the mail writes it, from the signature too. No one format (the office or a call, as the
  // candidate likes): only an address the body itself gives.
  const location = format === 'onsite' ? calendarLocation(events) ?? withPostcodeFrom(findLocation(main, company), () => findLocation(signature, company)) : format === 'unknown' ? findLocation(main, company) : null;
  return {
    isInvite,
    language,
    // Names read from the body or a calendar enter here: no bidi controls in them (core/mail/bidi.ts).
    company: displayText(company),
    role: displayText(withoutPlace(role, location)),
    format,
    meetingLink,
    location,
    // Times in mail that is no invitation (a bounce, a job alert) are no interview times.
    slots: isInvite ? slots : [],
    inferred: isInvite ? [...inferred] : [],
    schedulingLink: meetingLink !== null && schedulingLink === meetingLink ? null : schedulingLink,
    replyTo: replyTo && { ...replyTo, name: displayText(replyTo.name) },
    timePassed: isInvite && slots.length > 0 && context.receivedAt !== undefined && slots.every((slot) => Date.parse(slot.start) < context.receivedAt!.getTime()),
    ...(durationMinutes !== null ? { durationMinutes } : {}),
    ...(isInvite && timesNotUnderstood.length > 0 ? { timesNotUnderstood } : {}),
    ...(isInvite && timeConflict ? { timeConflict } : {}),
  };
}

/** A job description's words around the title in its file name: "JD", "Fiche de poste", "Stellenbeschreibung"… */
const JOB_DESCRIPTION_WORDS = /^(?:JD|Job ?Description|Job ?Spec(?:ification)?|Role ?Profile|Fiche de poste|Descriptif de poste|Offre|Stellenbeschreibung|Stellenanzeige|Stellenprofil|Functieomschrijving|Vacature(?:tekst)?|Descripci[oó]n(?: del puesto)?|Oferta|Descri[cç][aã]o(?: da (?:vaga|fun[cç][aã]o))?|Vaga|Descrizione(?: (?:del ruolo|della posizione))?|Annuncio|Opis stanowiska|Oferta pracy|Ogłoszenie)$/iu;

/** The same words opening a part, the title after them ("Fiche de poste Responsable Logistique"). */
const JOB_DESCRIPTION_BEFORE = new RegExp(`${JOB_DESCRIPTION_WORDS.source.replace(/\$$/, '')}\\s+(?=\\p{Lu})`, 'iu');

/**
 * The company and the title a job description's file name gives: its parts ("Orchard Ledger - Staff Data Engineer JD.txt",
 * "Fiche de poste - Opérateur de saisie comptable (H-F).pdf", "JD_Senior_Data_Engineer_Torino.txt") without the document's
 * own words. A title must name a job; a company is the one other part beside it, never a place.
 */
function fromAttachmentNames(names: readonly string[], role: string | null): { role: string | null; company: string | null } | null {
  for (const file of names) {
    if (!/\.(?:pdf|docx?|odt|rtf|txt|pages)$/i.test(file)) continue;
    const title = file.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/_/g, ' ').replace(/\(([HFMWDXhfmwdx])-([HFMWDXhfmwdx])(?:-([HFMWDXhfmwdx]))?\)/g, (_, a: string, b: string, c?: string) => `(${[a, b, c].filter(Boolean).join('/')})`);
    // …the document's words before the title with no dash between ("Fiche_de_poste_Responsable_Logistique_H-F.pdf"), and a
    // gender marker without brackets after it.
    const parts = title.split(/\s+[-–—|]\s+/).map((p) => p.replace(/^(?:JD|CV)\s+|\s+(?:JD|CV)$/i, '').replace(JOB_DESCRIPTION_BEFORE, '').replace(/\s+[HFMWDX]-[HFMWDX](?:-[HFMWDX])?$/i, '').trim()).filter((p) => p && !JOB_DESCRIPTION_WORDS.test(p));
    const titled = role ?? parts.map((p) => findRole(p, '')).find((r): r is string => r !== null && isJobTitle(r)) ?? null;
    if (!titled) continue;
    const others = parts.filter((p) => !p.toLowerCase().includes(titled.toLowerCase()));
    const company = others.length === 1 && /^\p{Lu}/u.test(others[0]!) && others[0]!.split(/\s+/).length <= 5 && !isJobTitle(others[0]!) && !isPlaceName(others[0]!) ? others[0]! : null;
    return { role: titled, company };
  }
  return null;
}

/**
 * A title's place in brackets is where the job is, not part of the title ("Night Care Assistant (Harrogate)"
 * for an interview at "41 Elm Grove, Harrogate HG1 2LB"): dropped when the address names that place.
 */
function withoutPlace(role: string | null, location: string | null): string | null {
  const place = role && location ? /^(.+?)\s*\(([^()]{2,40})\)$/u.exec(role) : null;
  if (!place || !containsWord(location!, place[2]!.trim())) return role;
  return place[1]!;
}

// ---------------------------------------------------------------------------------------------------
// Links

/**
 * A link ends at a space, a bracket or a quote, and at punctuation no URL holds (RFC 3986 allows only
 * ASCII; an IRI's letters stay): the full-width and CJK marks written right after it in Chinese and
 * Japanese (「https://…」, （https://…）, https://…。), and typographic quotes and guillemets.
 */
const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]{}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’«»]+/gi;
const MEETING_HOST_LABELS = new Set(['zoom', 'meet', 'teams', 'webex', 'whereby', 'chime', 'gotomeeting', 'bluejeans', 'jitsi', 'around', 'skype']);
const SCHEDULING_HOST_LABELS = new Set(['calendly', 'cal', 'doodle', 'youcanbook', 'savvycal', 'calendar-scheduler', 'schedule', 'scheduling', 'harmonizely', 'zcal', 'tidycal', 'acuityscheduling']);
/** Hosts and paths of a meeting service that are not a meeting: help, downloads, dial-in numbers, options. */
const HELPER_LINK = /^https?:\/\/(?:support|help|learn|download|docs|status|tel|dialin|events|community)\.|\/(?:support|help|learn|download|downloads|dialin|dial-in|meetingoptions|meeting-options|settings|privacy|legal|terms|unsubscribe|rsvp|calendar\/render|invite|reschedul\w*|cancel|test|webinar|w\/|localnumbers|zoomconference)\b|[?&](?:rsvp|action=(?:accept|decline))/i;

/**
 * A link longer than this is no link anyone clicks (browsers and servers stop near 2–8 KB), and the
 * calendar hold's library folds a long one in quadratic time (600 KB: minutes).
 */
const MAX_LINK_CHARS = 2048;
/** A calendar LOCATION longer than this is no address. */
const MAX_LOCATION_CHARS = 500;

export function findLinks(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:!?>*]+$/, '')).filter((link) => link.length <= MAX_LINK_CHARS);
}

function hostLabels(url: string): string[] {
  try {
    return new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return [];
  }
}

/**
 * Words right before a link that introduce it as the video interview to join ("Join video interview <…>", "Rejoindre
 * l'entretien vidéo :", "Zum Videointerview", "Unirse a la videollamada"): a job board's or an ATS's own meeting
 * room, on a host no meeting service list names.
 */
const JOIN_A_CALL = /(?:\bjoin (?:the |your |this )?(?:video )?(?:interview|call|meeting)|\brejoindre (?:l['’]|la |le )?(?:entretien|réunion|appel|visio)|\b(?:zum|zur|am) (?:Video-?(?:interview|gespräch|call)|Videokonferenz)|\bunir(?:se|te) a (?:la )?(?:videollamada|entrevista|reunión)|\bpartecipa(?:re)? (?:al(?:la)? )?(?:colloquio|videocolloquio|riunione|videochiamata)|\bdeelnemen aan (?:het |de )?(?:videogesprek|gesprek|sollicitatiegesprek)|\b(?:entrar|participar) na (?:videochamada|entrevista|reunião)|\bdołącz do (?:rozmowy|spotkania))[^\n]{0,20}[:<(\s]*$/iu;

function introducedAsCall(url: string, text: string): boolean {
  if (HELPER_LINK.test(url) || /reschedul|cancel|unsubscribe|privacy|profile|settings/i.test(url)) return false;
  const at = text.indexOf(url);
  if (at < 0) return false;
  const line = text.slice(Math.max(0, at - 120), at).split('\n').slice(-2).join(' ');
  return JOIN_A_CALL.test(line);
}

function isMeetingLink(url: string): boolean {
  return hostLabels(url).some((label) => MEETING_HOST_LABELS.has(label)) && !HELPER_LINK.test(url);
}

/** A link's path that books a time: "/scheduling/self_schedule/…", "/booking/…", "/agenda/…", "/rdv/…". */
const SCHEDULING_PATH = /^https?:\/\/[^/]+\/(?:[^?#]*\/)?(?:scheduling|schedule|self[-_]?schedule|booking|bookings|book|appointments?|reserv\w*|agenda|agendar|rdv|termine?|afspraak|prenota\w*|calendly)(?:[/?#]|$)/i;
/** Words before a link that introduce it as the place to choose a time, in the nine languages. */
const CHOOSE_A_TIME = /\b(?:pick|choose|select|book|grab|find|reserve)\s+(?:a|your|the|a convenient|the best)\s+(?:time|slot|date)|\bself-schedul|\bschedule (?:a time|yourself|your interview|a slot)|\b(?:réserver|choisir|sélectionner)\b[^\n]{0,40}\b(?:créneau|horaire|rendez-vous|plage)|\bcréneau qui vous convient|\bTermin\b[^\n]{0,60}\b(?:buchen|wählen|auswählen|aussuchen|aussucht|reservieren)|\b(?:elige|elegir|escoge|reserva|reservar|selecciona)\b[^\n]{0,40}\b(?:horario|hora|fecha|cita|hueco|franja)|\b(?:scegli|scegliere|prenota|prenotare|seleziona)\b[^\n]{0,40}\b(?:orario|data|slot|appuntamento|fascia)|\b(?:kies|plan|boek|reserveer)\b[^\n]{0,40}\b(?:moment|tijdstip|tijd|afspraak)|\b(?:escolha|escolher|agende|agendar|reserve|selecione)\b[^\n]{0,40}\b(?:horário|hora|data|slot)|\b(?:wybierz|wybrać|zarezerwuj)\b[^\n]{0,40}\b(?:termin|godzin\p{L}*)|(?:日程|日時|時間)[^\n]{0,20}(?:選択|予約|調整)/iu;

function isSchedulingLink(url: string, text: string): boolean {
  // A booking's own "manage" link (Bookings, Calendly: change or cancel a time already fixed) picks no time.
  if (/reschedul|cancel|unsubscribe|privacy|withdraw|profile|settings|\/manage(?:[/?#]|$)/i.test(url)) return false;
  if (hostLabels(url).some((label) => SCHEDULING_HOST_LABELS.has(label))) return true;
  if (SCHEDULING_PATH.test(url)) return true;
  // A link introduced as the place to choose a time ("pick a time here: …", "réserver un créneau"):
  // in the words of its paragraph before it.
  const at = text.indexOf(url);
  const before = text.slice(Math.max(0, at - 240), at).trimEnd().split(/\n[ \t]*\n/).pop() ?? '';
  return CHOOSE_A_TIME.test(before);
}

function calendarMeetingLink(events: CalendarEvent[]): string | null {
  for (const event of events) {
    if (event.conferenceUrl && event.conferenceUrl.length <= MAX_LINK_CHARS && isMeetingLink(event.conferenceUrl)) return event.conferenceUrl;
    const inLocation = findLinks(event.location ?? '').find(isMeetingLink);
    if (inLocation) return inLocation;
    const inDescription = findLinks(event.description ?? '').find(isMeetingLink);
    if (inDescription) return inDescription;
  }
  return null;
}

function calendarLocation(events: CalendarEvent[]): string | null {
  for (const event of events) {
    const location = event.location?.replace(/\n+/g, ', ').trim();
    if (location && location.length <= MAX_LOCATION_CHARS && /\d/.test(location) && !/https?:|\b(?:teams|zoom|meet|webex|phone|call|tel)\b/i.test(location)) return location;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Whom the drafts answer (docs/parsing-facts.md, "Whom to reply to")

/** The mail says not to answer it ("Merci de ne pas répondre", "Bitte nicht auf diese E-Mail antworten"). */
const DO_NOT_REPLY = /\b(?:do not|don['’]t|please don['’]t) (?:reply|respond)\b|\bnot monitored\b|\b(?:replies|antwoorden|reacties|Antworten|réponses|respuestas|risposte|respostas|odpowiedzi)\b(?:\s+\S+){0,4}?\s+(?:are not (?:read|monitored)|(?:worden|wordt) niet (?:gelezen|bekeken|behandeld)|werden nicht (?:gelesen|bearbeitet)|ne sont pas (?:lues|traitées)|no (?:se leen|son leídas|se atienden)|non (?:vengono|sono) lette|não são lidas|nie (?:są|będą) (?:czytane|odczytywane))|\bne (?:pas )?répondre\b|\bne répondez pas\b|\bnicht (?:direkt )?(?:auf diese (?:E-Mail|Nachricht) )?(?:zu )?antworten\b|\bno (?:respondas|responda|responder)\b|\bnon rispondere\b|\bniet (?:op deze (?:e-?mail|mail) )?(?:antwoorden|beantwoorden|reageren)\b|\bnão responda\b|\bnie odpowiadaj\b|返信(?:できません|しないで|不可)|送信専用/i;
/** The mail asks to be answered ("reply to this email", "Antworten Sie gern direkt auf diese E-Mail"). */
const REPLY_HERE = /\breply(?:ing)? (?:directly )?to this (?:e-?mail|message)\b|\bauf diese (?:E-?Mail|Mail|Nachricht) (?:\w+ )?antworten\b|\b(?:reageer|reageren|antwoord|antwoorden) (?:\w+ ){0,3}op (?:dit bericht|deze (?:e-?mail|mail))\b|\bbeantwoord (?:dit bericht|deze e-?mail)\b|\b(?:just|simply) (?:hit )?reply\b|\ben répondant à (?:cet|ce) (?:e-?mail|mail|message|courriel)\b|\bpar retour de (?:mail|courriel)\b|\brespondiendo a este (?:correo|e-?mail|mensaje)\b|\brispondendo a questa (?:e-?mail|mail)\b|\brespondendo (?:a )?este e-?mail\b|\breageer op deze (?:e-?mail|mail)\b|\bantworten Sie (?:\w+ )?(?:\w+ )?auf diese (?:E-Mail|Nachricht)\b|\brépond(?:ez|re) (?:\w+ ){0,2}à (?:cet|ce) (?:e-?mail|mail|message|courriel)\b|\bresponde(?:r)? (?:\w+ ){0,2}a este (?:correo|e-?mail|mensaje)\b|\brispond(?:a|ere|i) (?:\w+ ){0,2}a questa (?:e-?mail|mail)\b|\bantwoord (?:op|via) deze (?:e-?mail|mail)\b|\bresponda (?:\w+ ){0,2}(?:a )?este e-?mail\b|\bodpowiedz(?:ią|ając)? na (?:tę|tego) (?:wiadomość|maila|e-?maila)\b|\bcontesta(?:nos|me)? a este (?:correo|mensaje|e-?mail)\b|\b(?:replies|responses|answers) to this (?:message|e-?mail) (?:will be|are) (?:sent|forwarded|delivered|passed on) to\b|\blas respuestas a este (?:mensaje|correo) se (?:enviarán|reenviarán|remitirán)\b|\bles réponses à ce (?:message|courriel|e-?mail) (?:seront|sont) (?:transmises|envoyées|transférées)\b|\bAntworten auf diese (?:Nachricht|E-?Mail) werden\b|\ble risposte a questo (?:messaggio|e-?mail) (?:saranno|verranno) (?:inoltrate|inviate)\b|\bantwoorden op dit bericht worden (?:doorgestuurd|verzonden)\b|\bas respostas a esta mensagem (?:serão|são) (?:enviadas|encaminhadas)\b|\bodpowiedzi na tę wiadomość (?:zostaną|są) (?:przekazane|wysłane)\b/i;

/** A local part shaped as a person's name: "mariana.ortiz@…", "iris.smit@…" (two words joined by a dot, dash or underscore). */
function isPersonalLocalPart(address: string): boolean {
  return /^[a-z]+[._-][a-z]+$/i.test(address.split('@')[0] ?? '');
}

/**
 * A relay's address routed to one conversation ("acme-3f9a1c@mail.ats.example", "rk8x2m4q7t-1b9e@indeedemail.example"): a token of letters and
 * digits in its local part, and no no-reply word. Replies to it reach the recruiter.
 */
function isRoutedReplyAddress(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  if (isNoReplyAddress(address)) return false;
  // "mariana.ortiz@acme.workablemail.example": a person's own mailbox on the relay, which forwards to them.
  if (isPersonalLocalPart(address) && !isRoleMailbox(address)) return true;
  // The token may come first ("rk8x2m4q7t-1b9e@indeedemail…") or last ("acme-3f9a1c@…").
  return local.split(/[._+-]/).some((part) => /^(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{6,}$/i.test(part));
}

/** A verb of answering, then (within its sentence) "to <address>" ("via", "unter", "pod adresem") in the nine languages. */
const ANSWER_TO = /(?<![\p{L}])(?:confirm|reply|respond|answer|write back|bestätig|antwort|rückmeld|répond|repond|contest|conferm|rispond|bevestig|antwoord|reageer|potwierdz|potwierdź|odpowiedz|odpisz)\p{L}*(?:[^.\n@]|\.(?=\d)){0,60}?(?<![\p{L}])(?:to|an|à|a|al|at|naar|aan|na|do|para|via|unter|en|pelo|pela|pod adres(?:em)?|per e-?mail an|por correo a|por e-?mail para|all['’]indirizzo)\s+([\w.+-]+@(?:[\w-]+\.)+[\w-]+)/iu;

function chooseReplyTo(original: OriginalMessage, events: CalendarEvent[], body: string, ownerAddresses: readonly string[], isInvite: boolean): Mailbox | null {
  const owners = new Set(ownerAddresses.map(normalizeAddress));
  const notOwner = (box: Mailbox) => !owners.has(normalizeAddress(box.address));
  // An address inside a link (a booking URL's `?email=` with the candidate's own address) is no one to answer.
  const text = body.replace(URL_PATTERN, ' ');
  const doNotReply = DO_NOT_REPLY.test(text);
  const replyHere = !doNotReply && REPLY_HERE.test(text);
  // A recipient must be a plain mailbox on a host name: a Reply-To of `<a@b.example?cc=victim@…>`, a
  // quoted local part or an address literal is passed over for the next candidate. An applicant-tracking
  // relay with a routed address (not a no-reply one) is usable when the mail asks to be answered there.
  // A person's own mailbox on a relay ("Carolina Mendes – Atlântica Seguros" <carolina.mendes@acme.relay…>,
  // its local part spelling the person before the dash) reaches that person, unless the mail says not to reply.
  // (Their own address on the company's domain, when the mail writes it, is better: it is found below.)
  const writtenLocals = new Set([...text.matchAll(EMAIL_IN_TEXT)].map((m) => m[0]).filter((a) => !isUnusableReplyAddress(a)).map((a) => a.split('@')[0]!.toLowerCase()));
  const personOnRelay = (box: Mailbox) =>
    !doNotReply && isRoutedReplyAddress(box.address) && box.name !== null && !writtenLocals.has(box.address.split('@')[0]!.toLowerCase()) && mailboxSpellsName(box.address, box.name.split(/\s+[|–—·-]\s+|\s*\|\s*/)[0]!);
  const usable = (box: Mailbox | null, own = false, header = false): box is Mailbox =>
    box !== null &&
    (own || notOwner(box)) &&
    (!isUnusableReplyAddress(box.address) || (header && (replyHere || personOnRelay(box)) && isRoutedReplyAddress(box.address))) &&
    recipientAddress(box.address) !== null;
  // When the message itself is an invitation (not forwarded), its sender wrote it: the recruiter, even
  // if the command line took the outer sender for the owner. The owner's own mail that is not an
  // invitation (an auto-reply, an empty "Fwd:") never makes the owner the one to answer.
  const isOuter = original.isOuterMessage === true && isInvite;
  if (doNotReply && original.from) {
    // Told not to answer the sender: a person the text names on the sender's own domain is whom to write to.
    const domain = domainOf(original.from.address).toLowerCase();
    const named = [...text.matchAll(EMAIL_IN_TEXT)].map((m) => ({ name: null, address: m[0].replace(/\.+$/, '') }));
    const colleague = named.find((box) => domainOf(box.address).toLowerCase() === domain && usable(box) && !isRoleMailbox(box.address));
    if (colleague) return colleague;
    // …and when the sender is no person (a company's or a relay's mailbox), a person's mailbox the text names ("mail Iris
    // Smit: iris.smit@veldhuis.example") on any domain.
    // (A team's mailbox spelling the company's name, "Kesselbrink Logistik Recruiting" <recruiting.kesselbrink@…>, is no person.)
    if (!original.from.name || !mailboxSpellsName(original.from.address, original.from.name) || isRoleMailbox(original.from.address) || isTeamMailboxOfCompany(original.from.address)) {
      const person = named.find((box) => usable(box) && !isRoleMailbox(box.address) && isPersonalLocalPart(box.address));
      if (person) return person;
    }
  }
  // "Bitte bestätigen Sie den Termin per E-Mail an bewerbung@…", "please confirm to recruiting@…": the address the
  // mail asks the answer to go to, on the sender's own domain, is the one to answer.
  if (original.from && !original.replyTo) {
    const domain = domainOf(original.from.address).toLowerCase();
    const asked = ANSWER_TO.exec(text)?.[1]?.replace(/\.+$/, '');
    const box: Mailbox | null = asked ? { name: null, address: asked } : null;
    if (box && domainOf(box.address).toLowerCase() === domain && normalizeAddress(box.address) !== normalizeAddress(original.from.address) && usable(box)) return box;
  }
  // A relay's mail that writes the recruiter's own mailbox ("or write to me directly at sara.lind@norrsken…",
  // its local part spelling the sender's name): that person, on their company's domain, over the relay's address.
  if (original.from && isRelayDomain(domainOf(original.from.address)) && !doNotReply) {
    const written = [...new Set([...text.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].replace(/\.+$/, '')))]
      .map((address) => ({ name: null, address }))
      .filter((box) => !isRelayDomain(domainOf(box.address)) && !isRoleMailbox(box.address) && usable(box));
    const person = original.from.name?.split(/\s*[,|–—·]\s*|\s+-\s+/)[0]?.trim();
    if (written.length === 1 && person && mailboxSpellsName(written[0]!.address, person)) return written[0]!;
  }
  if (usable(original.replyTo, isOuter, true)) return original.replyTo;
  if (usable(original.from, isOuter, true)) return original.from;
  for (const event of events) {
    if (usable(event.organizer) && !isSharedCalendar(event.organizer.address, event.organizer.name)) return event.organizer;
  }
  const cc = new Set(original.cc.map((c) => normalizeAddress(c.address)));
  for (const match of text.matchAll(EMAIL_IN_TEXT)) {
    const candidate: Mailbox = { name: null, address: match[0].replace(/\.+$/, '') };
    if (usable(candidate) && !cc.has(normalizeAddress(candidate.address))) return candidate;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------

/**
 * `2026-03-23T11:00:00-04:00`. Callers pass only writable times (mail/time.ts, `isWritableTime`); anything
 * else would be a string no one can read back, so it is refused as unreadable.
 */
export function toIsoWithOffset(instant: Date, offsetMinutes: number): string {
  if (!isWritableTime(instant, offsetMinutes)) throw new UnreadableMailError('a time in it cannot be read');
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/**
 * The role as a title: without the client it is for, or the company it is at, when that is the company ("Administrativo de exportación
 * para Bodegas Iruña", "Analyst for Acme", "Berater für Hollerbach"), and spelt as the subject spells it when the
 * body wrote it in lowercase inside a sentence ("onze vacature voor een assetmanager", subject "Assetmanager").
 */
const CLIENT_JOIN_AT_END = /\s(?:(?:for|at|with|para|pour|chez|für|bei|per|presso|voor|bij|dla|w|of|de|di|da|do|du|van|von)\s+(?:(?:the|el|la|le|die|der|il|de|het|o|a)\s+)?|d['’])$/iu;
function roleAsTitled(role: string | null, company: string | null, subject: string): string | null {
  if (!role) return role;
  let out = role;
  // …the company as the role's sentence names it, with or without its legal form ("…de La Meunière du Léman" for
  // "La Meunière du Léman Sàrl").
  for (const name of company ? new Set([company, company.replace(ENDS_IN_LEGAL_FORM, '').replace(/,$/, '')]) : []) {
    const at = out.toLowerCase().lastIndexOf(name.toLowerCase());
    const before = at > 0 ? out.slice(0, at) : '';
    const join = at > 0 && at + name.length === out.length ? CLIENT_JOIN_AT_END.exec(before) : null;
    if (join) {
      out = before.slice(0, join.index).trim() || role;
      break;
    }
  }
  if (out === out.toLowerCase()) {
    const at = subject.toLowerCase().indexOf(out);
    if (at >= 0 && !/[\p{L}]/u.test(subject.slice(at + out.length, at + out.length + 1)) && !/[\p{L}]/u.test(subject.slice(Math.max(0, at - 1), at))) out = subject.slice(at, at + out.length);
  }
  return out;
}

/**
 * The body's address, else the signature's (read only when needed); the body's street alone ("Wir sind in der
 * Linzer Gasse 14") completed by the signature's address of the same street ("Linzer Gasse 14, 5020 Salzburg"):
 * the one written in full. Any other signature address is not this one.
 */
function withPostcodeFrom(body: string | null, inSignature: () => string | null): string | null {
  if (!body) return inSignature();
  if (/\d{4,5}|[A-Z]{1,2}\d/.test(body.replace(/^\S*\d+\S*\s/, ''))) return body;
  const signature = inSignature();
  return signature?.startsWith(`${body},`) ? signature : body;
}
