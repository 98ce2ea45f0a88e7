/**
 * A first, honest reading of the invitation: the fields of the triage contract, each either read from
 * the mail or left null. Nothing here guesses a value it did not see.
 */
import * as chrono from 'chrono-node';
import { domainOf, localPartOf, normalizeAddress, type Mailbox } from './mail/addresses.js';
import type { OriginalMessage } from './forward.js';
import { wallTimeInZone, zoneNamedIn } from './zones.js';

export type InterviewFormat = 'video' | 'phone' | 'onsite' | 'unknown';
export type InviteLanguage = 'en' | 'fr' | 'de' | 'es';
export type InferredFact = 'slot-time-zone';

export interface Slot {
  /** ISO 8601 with the offset the invitation used */
  start: string;
  end: string | null;
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
  /**
   * What was inferred rather than read: `slot-time-zone` when a time had no zone and the zone of the
   * invitation's Date header was assumed.
   */
  inferred: InferredFact[];
  schedulingLink: string | null;
  /** whom the drafts answer; null when the mail holds no usable address */
  replyTo: Mailbox | null;
}

export interface ExtractContext {
  ownerAddresses: readonly string[];
  /** reference for relative dates ("tomorrow at 10") when the original has no Date */
  fallbackDate: { instant: Date; offsetMinutes: number | null } | null;
}

/**
 * An invitation says what matters in its first few kilobytes; what follows in big messages is job
 * tables, footers and quoted threads. Reading only this much keeps chrono and the regexes fast
 * (a 2 MB HTML forward went from ~450 ms to a few ms of extraction; see `npm run bench`).
 */
export const MAX_EXTRACT_CHARS = 32 * 1024;

export function extractFacts(original: OriginalMessage, context: ExtractContext): InviteFacts {
  const fullBody = original.body.slice(0, MAX_EXTRACT_CHARS);
  const body = stripSignature(fullBody);
  const subject = original.subject ?? '';
  const all = `${subject}\n${body}`;
  const language = detectLanguage(all);
  const links = findLinks(fullBody);
  const meetingLink = links.find(isMeetingLink) ?? null;
  const schedulingLink = links.find(isSchedulingLink) ?? null;
  const { slots, zoneAssumed } = findSlots(body, language, original.date ?? context.fallbackDate);
  const format = detectFormat(all, meetingLink);
  return {
    isInvite: looksLikeInvite(all, slots.length > 0 || meetingLink !== null || schedulingLink !== null),
    language,
    company: findCompany(subject, fullBody),
    role: findRole(subject, body),
    format,
    meetingLink,
    location: format === 'onsite' ? findLocation(body) : null,
    slots,
    inferred: zoneAssumed ? ['slot-time-zone'] : [],
    schedulingLink,
    replyTo: chooseReplyTo(original, fullBody, context.ownerAddresses),
  };
}

// ---------------------------------------------------------------------------------------------------
// Is it an invitation?

const INTERVIEW_WORDS = /\b(interview\w*|entretien|entrevista|vorstellungsgespr[äa]ch|bewerbungsgespr[äa]ch|gespr[äa]ch|phone screen|screening call|intro(?:ductory)? call|chat with (?:the|our) team)\b/i;
const INVITE_PHRASES = /\b(invite you|invitation|would like to (?:schedule|invite|meet|speak|set up)|schedule (?:a|an|your)|availability|available|pick a time|book a (?:time|slot)|reschedul\w+|inviter|disponibilit|einladen|einladung|termin|invitarte|disponibilidad|agendar)\b/i;
const NOT_INVITE = /\b(unfortunately|regret to inform|not (?:be )?moving forward|decided to (?:move|proceed) with other|pleased to offer|offer letter|job offer|take-home|coding (?:challenge|assignment)|unsubscribe from (?:this|these) job alerts?|job alert)\b/i;

const JOB_CONTEXT = /\b(role|position|application|applying|applied|candidacy|candidate|opening|poste|candidature|stelle|bewerbung|puesto|candidatura)\b/i;
const CONVERSATION = /\b(call|conversation|chat|meeting|screen|échange|appel|gespräch|telefonat|llamada|conversación|reunión)\b/i;

function looksLikeInvite(text: string, hasSchedule: boolean): boolean {
  if (!INTERVIEW_WORDS.test(text) && !(JOB_CONTEXT.test(text) && CONVERSATION.test(text))) return false;
  if (NOT_INVITE.test(text) && !hasSchedule) return false;
  return hasSchedule || INVITE_PHRASES.test(text);
}

function detectLanguage(text: string): InviteLanguage {
  if (/\b(entretien|poste|bonjour|heure de|cordialement|disponibilités?)\b/i.test(text)) return 'fr';
  if (/\b(vorstellungsgespr[äa]ch|uhr|sehr geehrte|mit freundlichen|stelle als|einladung)\b/i.test(text)) return 'de';
  if (/\b(entrevista|puesto|estimad[oa]|saludos|disponibilidad)\b/i.test(text)) return 'es';
  return 'en';
}

// ---------------------------------------------------------------------------------------------------
// Links and format

const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]{}]+/gi;
const MEETING_HOST_LABELS = new Set(['zoom', 'meet', 'teams', 'webex', 'whereby', 'chime', 'gotomeeting', 'bluejeans', 'jitsi']);
const SCHEDULING_HOST_LABELS = new Set(['calendly', 'cal', 'goodtime', 'doodle', 'youcanbook', 'savvycal', 'calendar-scheduler', 'schedule', 'scheduling']);

function findLinks(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:!?>]+$/, ''));
}

function hostLabels(url: string): string[] {
  try {
    return new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return [];
  }
}

function isMeetingLink(url: string): boolean {
  return hostLabels(url).some((label) => MEETING_HOST_LABELS.has(label));
}

function isSchedulingLink(url: string): boolean {
  return hostLabels(url).some((label) => SCHEDULING_HOST_LABELS.has(label));
}

const ONSITE = /\b(on-?site|in[- ]person|at our (?:office|offices|headquarters|hq)|visit (?:us|our office)|dans nos locaux|sur place|vor ort|in unserem büro|en persona|en nuestras oficinas|presencial)\b/i;
const PHONE = /\b(phone (?:call|screen|interview)|by phone|over the phone|telephone|call you (?:at|on)|t[ée]l[ée]phon\w*|telefon\w*|llamada)\b/i;
const VIDEO = /\b(video|zoom|google meet|microsoft teams|teams (?:call|meeting)|webex|visio\w*|videollamada|videocall)\b/i;

function detectFormat(text: string, meetingLink: string | null): InterviewFormat {
  if (meetingLink) return 'video';
  if (ONSITE.test(text)) return 'onsite';
  if (PHONE.test(text)) return 'phone';
  if (VIDEO.test(text)) return 'video';
  return 'unknown';
}

const LOCATION_LINE = /^\s*(?:location|address|where|venue|lieu|adresse|ort|adresse|dirección|ubicación)\s*:\s*(.+)$/im;
const STREET = /^.*\b\d{1,5}\s+[\w .'-]{2,40}\b(?:street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|way|drive|dr\.?|place|pl\.?|square|sq\.?|parkway|pkwy\.?|highway|hwy\.?|court|ct\.?|plaza|terrace|rue|straße|strasse|str\.|platz|weg|calle|avenida|paseo|plaza)\b.*$/im;

function findLocation(body: string): string | null {
  const labelled = LOCATION_LINE.exec(body)?.[1]?.trim();
  if (labelled && !/^https?:/i.test(labelled)) return labelled;
  return STREET.exec(body)?.[0]?.trim() ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Times

const CHRONO_BY_LANGUAGE = { en: chrono, fr: chrono.fr, de: chrono.de, es: chrono.es } as const;

function findSlots(
  body: string,
  language: InviteLanguage,
  reference: { instant: Date; offsetMinutes: number | null } | null,
): { slots: Slot[]; zoneAssumed: boolean } {
  if (!reference) return { slots: [], zoneAssumed: false };
  const offset = reference.offsetMinutes ?? 0;
  const parse = (text: string) =>
    CHRONO_BY_LANGUAGE[language].parse(text, { instant: reference.instant, timezone: offset }, { forwardDate: true });
  const slots: Slot[] = [];
  const seen = new Set<number>();
  let zoneAssumed = false;
  for (const { result, text } of joinDateAndTime(parse(body), body, parse)) {
    const start = result.start;
    // A slot needs a day and a time; "next week" or "10am" alone are not slots.
    if (!start.isCertain('hour') || !(start.isCertain('day') || start.isCertain('weekday'))) continue;
    // "about an hour", "32 hours a week": durations counted from the mail's date, not appointments.
    if (result.tags().has('result/relativeDateAndTime')) continue;
    const zone = start.get('timezoneOffset') === null ? zoneNamedIn(text.slice(result.index, result.index + result.text.length + 40)) : null;
    const startAt = zone ? inZone(start, zone) : { instant: start.date(), offsetMinutes: start.get('timezoneOffset') ?? offset };
    if (seen.has(startAt.instant.getTime())) continue;
    if (!zone && start.get('timezoneOffset') === null) zoneAssumed = true;
    seen.add(startAt.instant.getTime());
    const end = result.end?.isCertain('hour') ? result.end : null;
    const endAt = end ? (zone ? inZone(end, zone) : { instant: end.date(), offsetMinutes: end.get('timezoneOffset') ?? startAt.offsetMinutes }) : null;
    slots.push({
      start: toIsoWithOffset(startAt.instant, startAt.offsetMinutes),
      end: endAt && endAt.instant > startAt.instant ? toIsoWithOffset(endAt.instant, endAt.offsetMinutes) : null,
    });
  }
  return { slots: slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), zoneAssumed };
}

/**
 * "Interview date: Tuesday, March 24" on one line and "Time: 10:00 AM - 11:00 AM PT" on the next are
 * one slot: a date without a time followed closely by a time without a date are read again together.
 */
function joinDateAndTime(
  results: chrono.ParsedResult[],
  body: string,
  parse: (text: string) => chrono.ParsedResult[],
): { result: chrono.ParsedResult; text: string }[] {
  const out: { result: chrono.ParsedResult; text: string }[] = [];
  for (let i = 0; i < results.length; i += 1) {
    const current = results[i]!;
    const next = results[i + 1];
    const dateOnly = current.start.isCertain('day') && !current.start.isCertain('hour');
    const timeOnly = next && next.start.isCertain('hour') && !next.start.isCertain('day') && !next.start.isCertain('weekday');
    if (dateOnly && timeOnly && next.index - (current.index + current.text.length) <= 40) {
      const tail = body.slice(next.index, next.index + next.text.length + 40).split('\n')[0] ?? next.text;
      const text = `${current.text} ${tail}`;
      const joined = parse(text)[0];
      if (joined) {
        out.push({ result: joined, text });
        i += 1;
        continue;
      }
    }
    out.push({ result: current, text: body });
  }
  return out;
}

/** chrono's wall-clock components read in an IANA zone (daylight saving of that very date). */
function inZone(components: chrono.ParsedComponents, zone: string): { instant: Date; offsetMinutes: number } {
  const wall = new Date(Date.UTC(
    components.get('year') ?? 1970,
    (components.get('month') ?? 1) - 1,
    components.get('day') ?? 1,
    components.get('hour') ?? 0,
    components.get('minute') ?? 0,
  ));
  return wallTimeInZone(wall, zone);
}

export function toIsoWithOffset(instant: Date, offsetMinutes: number): string {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

// ---------------------------------------------------------------------------------------------------
// Company and role

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&))*`;
const COMPANY_IN_SUBJECT = new RegExp(String.raw`(?:\s(?:at|with|chez|bei)\s+|\s[–—|]\s+)(${NAME})\s*$`, 'u');
const COMPANY_PATTERNS = [
  new RegExp(String.raw`\b(?:position|role|opening|job|opportunity|careers?|here|us|join(?: us)?)\s+(?:at|with)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:interview|team|everyone|colleagues)\s+at\s+(${NAME})`, 'u'),
  new RegExp(String.raw`(?:\bchez|\bbei|\ben la empresa|\bau sein (?:de la|du|des|de l['’]|de))\s+(${NAME})`, 'u'),
  new RegExp(String.raw`^[^\n]*\b(?:Recruit\w*|Talent\w*|Hiring|People|Human Resources|HR|Sourc\w*|Recrut\w*|recrutement|Personal\w*)\b[^\n|,@]*[|,@–—]\s*(${NAME})\s*$`, 'mu'),
  // A signature's title line, then the company alone on the next line.
  new RegExp(String.raw`^[^\n]*\b(?:Recruit\w*|Talent\w*|Hiring|People|Human Resources|HR|Sourc\w*|Recrut\w*|recrutement|Personal\w*)\b[^\n]*\n(${NAME})\s*$`, 'mu'),
];
const NOT_A_COMPANY = /^(?:the|a|an|our|your|you|me|us|we|i|this|that|it|zoom|google|microsoft teams|teams|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

function findCompany(subject: string, body: string): string | null {
  for (const [text, patterns] of [[subject, [COMPANY_IN_SUBJECT, ...COMPANY_PATTERNS]], [body, COMPANY_PATTERNS]] as const) {
    for (const pattern of patterns) {
      // A name ends at a sentence boundary: "Brightline Marketing. I’d like…" is "Brightline Marketing".
      const candidate = pattern.exec(text)?.[1]?.split(/[.!?;:]\s/)[0]?.replace(/[.,’']+$/, '').trim();
      if (candidate && !NOT_A_COMPANY.test(candidate) && candidate.length <= 60) return candidate;
    }
  }
  return null;
}

const ROLE_PATTERNS = [
  /\b(?:for|as|to)\s+(?:the|a|an|our)\s+(?:position of\s+|role of\s+)?([A-Z][\w/&+.' -]{1,60}?)\s+(?:position|role|opening|job|vacancy)\b/,
  /\b(?:position|role) (?:of|as)\s+(?:an?\s+)?([A-Z][\w/&+.' -]{1,60}?)(?=[,.!?\n]|\s+(?:at|with|in)\b)/,
  /\bposte (?:de |d['’])\s*([^\n,.(]{2,60}?)(?=\s+(?:chez|au sein|à|pour|,|\.|\()|[,.(\n])/i,
  /\b(?:Stelle als|Position als)\s+([^\n,.(]{2,60}?)(?=\s+(?:bei|in|,)|[,.(\n])/,
  /\b(?:puesto de|vacante de)\s+([^\n,.(]{2,60}?)(?=\s+(?:en|,)|[,.(\n])/i,
];
const SUBJECT_ROLE = /(?:interview(?:\s+(?:invitation|request|scheduled|confirmed))?|invitation to interview|phone screen|next steps|entretien|entrevista|vorstellungsgespr[äa]ch)\s*(?:for|pour|para|für|[:–—-])\s*(.+)$/i;

function findRole(subject: string, body: string): string | null {
  const fromSubject = SUBJECT_ROLE.exec(subject)?.[1];
  if (fromSubject) {
    const role = fromSubject
      .replace(/\s+(?:at|with|chez|bei|en)\s+.*$|\s+[–—|(-]\s*.*$/, '')
      .replace(/^(?:the|a|an|(?:le|el|la)\s+(?:poste|puesto)\s+(?:de|d['’])|(?:the\s+)?(?:position|role)\s+of|die\s+Stelle\s+als)\s*/i, '')
      .trim();
    if (role.length >= 2) return role;
  }
  for (const pattern of ROLE_PATTERNS) {
    const candidate = pattern.exec(body)?.[1]?.trim();
    if (candidate) return candidate;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Whom the drafts answer (parsing-facts.md, "Whom to reply to")

const NO_REPLY_LOCAL = /(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?|postmaster|alerts?)(?:$|[._+-])/i;
const RELAY_DOMAINS = /(?:^|\.)(?:linkedin\.com|indeedemail\.com|indeed\.com|hire\.lever\.co|greenhouse-mail\.io|myworkday\.com|smartrecruiters\.com|ashbyhq\.com)$/i;

export function isUnusableReplyAddress(address: string): boolean {
  return NO_REPLY_LOCAL.test(localPartOf(address)) || RELAY_DOMAINS.test(domainOf(address));
}

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function chooseReplyTo(original: OriginalMessage, body: string, ownerAddresses: readonly string[]): Mailbox | null {
  const owners = new Set(ownerAddresses.map(normalizeAddress));
  const usable = (box: Mailbox | null): box is Mailbox =>
    box !== null && !owners.has(normalizeAddress(box.address)) && !isUnusableReplyAddress(box.address);
  if (usable(original.replyTo)) return original.replyTo;
  if (usable(original.from)) return original.from;
  const organizer = findOrganizer(original.calendars);
  if (usable(organizer)) return organizer;
  const cc = new Set(original.cc.map((c) => normalizeAddress(c.address)));
  for (const match of body.matchAll(EMAIL_IN_TEXT)) {
    const candidate: Mailbox = { name: null, address: match[0].replace(/\.$/, '') };
    if (usable(candidate) && !cc.has(normalizeAddress(candidate.address))) return candidate;
  }
  return null;
}

function findOrganizer(calendars: string[]): Mailbox | null {
  for (const calendar of calendars) {
    const unfolded = calendar.replace(/\r?\n[ \t]/g, '');
    const line = /^ORGANIZER([^:\n]*):mailto:([^\s]+)$/im.exec(unfolded);
    if (line?.[2]) {
      const name = /CN="?([^";:]+)"?/i.exec(line[1] ?? '')?.[1] ?? null;
      return { name, address: line[2] };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------

const SIGNATURE_OR_FOOTER = /^(?:-- ?$|_{5,}$|Sent from my |This (?:e-?mail|message) (?:and any attachments )?(?:is|may be) confidential|CONFIDENTIALITY NOTICE|To unsubscribe|You are receiving this)/im;

/** Signatures and legal footers are cut so their dates and phone numbers are never read as times. */
function stripSignature(body: string): string {
  const cut = SIGNATURE_OR_FOOTER.exec(body);
  return cut ? body.slice(0, cut.index) : body;
}
