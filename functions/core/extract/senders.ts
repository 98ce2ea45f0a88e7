/**
 * Addresses that must not be answered: no-reply mailboxes and the relay domains of applicant-tracking
 * systems and job platforms (LinkedIn hides the real address behind its own). A company's own domain is
 * never on this list, so Greenhouse mail sent as the recruiter's own address stays usable.
 */
import { domainOf, localPartOf } from '../mail/mail.js';

/**
 * "No reply" in the languages of the mail it reads, with or without separators: noreply, do_not_reply,
 * ne-pas-repondre, nicht-antworten, bitte-nicht-antworten, keine-antwort, no-responder, no-responda, no-contestar,
 * nao-responda, naoresponder, non-rispondere, noreply-it, niet-beantwoorden, geen-antwoord, nie-odpowiadaj,
 * bez-odpowiedzi; plus the mailboxes of notifications and bounces.
 */
const NO_REPLY_LOCAL = /(?:^|[._+-])(?:no[-_]?reply|do[-_]?not[-_]?reply|donotreply|ne[-_]?pas[-_]?r[eé]pondre|(?:bitte[-_]?)?nicht[-_]?antworten|keine[-_]?antwort|no[-_]?respon(?:der|da|das)|no[-_]?contest(?:ar|e)|n[aã]o[-_]?respond(?:a|er)|non[-_]?rispondere|niet[-_]?beantwoorden|geen[-_]?antwoord|nie[-_]?odpowiadaj|bez[-_]?odpowiedzi|notifications?|notify|nachrichten|benachrichtigung(?:en)?|mitteilungen|notificaciones|notifiche|notifica[cç](?:o|õ)es|meldingen|mailer-daemon|bounces?|postmaster|alerts?|survey|inmail[\w-]*|hit-reply|messages-noreply|jobs-listings)(?:$|[._+-])/i;

/** Second-level labels of ATS and job-platform sending domains (any TLD: they are relays, not employers). */
const RELAY_LABELS = new Set([
  'linkedin', 'linkedinmail', 'indeed', 'indeedemail', 'glassdoor', 'ziprecruiter', 'monster', 'stepstone', 'xing', 'welcometothejungle',
  'greenhouse', 'greenhouse-mail', 'lever', 'workday', 'myworkday', 'myworkdayjobs', 'smartrecruiters', 'smartrecruitersmail',
  'ashby', 'ashbyhq', 'workable', 'workablemail', 'teamtailor', 'teamtailor-mail', 'personio', 'recruitee', 'jobvite', 'icims',
  'successfactors', 'taleo', 'bamboohr', 'jazzhr', 'breezy', 'breezyhr', 'pinpoint', 'pinpointhq', 'goodtime', 'calendly',
  'modernloop', 'prelude', 'cronofy', 'youcanbookme', 'savvycal', 'chilipiper',
  'homerun', 'avature', 'zohorecruit', 'manatal', 'recruitcrm', 'beamery', 'phenompeople', 'eightfold', 'kenjo', 'talentlyft', 'concludis', 'onlyfy', 'prescreen', 'jobdiva', 'hireology', 'recruiterbox', 'freshteam',
  'paradox', 'hirevue', 'jobnest', 'jobteaser', 'softgarden', 'rexx', 'dvinci', 'umantis', 'comeet', 'bullhorn', 'jobadder',
  // Brazilian, Iberian, Italian, Polish and Nordic ones
  // job boards that relay an employer's message ("Drukkerij Verhaeghe heeft je een bericht gestuurd", "O anunciante respondeu")
  'jobat', 'net-empregos', 'netempregos', 'totaljobs', 'cv-library', 'cvlibrary', 'computrabajo', 'bumeran', 'zonajobs', 'hellowork', 'cadremploi', 'meteojob', 'jobup', 'jobscout24', 'jobindex', 'jooble', 'adzuna', 'nationalevacaturebank',
  'occmundial', 'trabajando', 'laborum', 'elempleo', 'magneto365', 'tecnoempleo',
  'gupy', 'kenoby', 'solides', 'catho', 'infojobs', 'pandape', 'factorial', 'inrecruiting', 'jobandtalent', 'pracuj', 'erecruiter', 'hrlink', 'traffit', 'reachmee', 'varbi', 'jobylon', 'emply', 'talentsoft', 'flatchr', 'taleez', 'digitalrecruiters',
]);

/** A system's own label, or it with the word it adds for its mail or its product ("personio-mail", "recruiteemail", "dvinci-hr"). */
function isRelayLabel(label: string): boolean {
  return RELAY_LABELS.has(label) || RELAY_LABELS.has(label.replace(/-?mail$/, '')) || RELAY_LABELS.has(label.replace(/-?email$/, '')) || RELAY_LABELS.has(label.replace(/-(?:hr|jobs|careers|recruiting|ats|app|notifications?|mailer)$/, ''));
}

export function isRelayDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  // the registrable label: the one before the public suffix (approximated: the last two labels' first)
  // …and its mail domain ("personio-mail", "recruiteemail"), which the systems name after themselves.
  return labels.slice(0, -1).some((label) => isRelayLabel(label));
}

/**
 * The tenant an applicant-tracking system writes for, where its mail domain names one: "hotelmirantedorio" of
 * `…@hotelmirantedorio.teamtailor-mail.example`, "acme" of `acme.wd3.myworkdayjobs.example`; null when the label
 * before the system's is none or a mail-host word ("mail", "wd3", "eu"). It only confirms a name the mail writes.
 */
export function relayTenant(domain: string): string | null {
  const labels = domain.toLowerCase().split('.');
  const at = labels.slice(0, -1).findIndex((label) => isRelayLabel(label));
  const tenant = at > 0 ? labels[at - 1]! : null;
  const host = at > 1 ? labels[at - 2]! : null;
  // "acme.wd3.myworkdayjobs": the label before the host word.
  const named = tenant && /^(?:wd\d+|mail|email|e?mails?\d*|em\d*|mg|sg|smtp|bounces?|no-?reply|notifications?|jobs|careers|app|www|us\d*|eu\d*|eu-west-\d|hire|apply)$/.test(tenant) ? host : tenant;
  return named && named.length >= 3 && !/^(?:wd\d+|mail|email|www|jobs|careers|app|hire|apply)$/.test(named) ? named : null;
}

/** A mailbox that says it takes no replies (no-reply, notifications, bounces). */
export function isNoReplyAddress(address: string): boolean {
  return NO_REPLY_LOCAL.test(localPartOf(address));
}

export function isUnusableReplyAddress(address: string): boolean {
  return NO_REPLY_LOCAL.test(localPartOf(address)) || isRelayDomain(domainOf(address));
}

const SHARED_CALENDAR = /(?:^|[._+-])(?:candidates?|interviews?|interviewing|calendars?|scheduling|scheduler|schedule|recruiting-?calendar|resources?|rooms?|talent-?calendar|events?)(?:$|[._+-])/i;

/** A calendar organizer that is a shared candidate or resource calendar rather than a person. */
export function isSharedCalendar(address: string, name: string | null): boolean {
  return SHARED_CALENDAR.test(localPartOf(address)) || /\b(?:candidate|interviews?|calendar|scheduling|room)\b/i.test(name ?? '');
}

/**
 * A mailbox of a team rather than a person: talent@, careers@, jobs@, recruiting@, hr@, saiyo@, in the
 * languages of the corpus. Mail from one is answered as a team ("Dear Hiring Team"), never by the first
 * word of its display name.
 */
const ROLE_MAILBOX = /^(?:talents?|talento|talentos|careers?|career|jobs?|job|recruit|recruiting|recruitment|recruiter|recruiters|hiring|hr|rh|rrhh|people|peopleops|karriere|bewerbung|bewerbungen|personal|jobs-?\w+|werving|vacatures|sollicitaties|empleo|empleos|seleccion|selección|vagas|carreiras|carriere|lavoraconnoi|selezione|rekrutacja|kariera|praca|saiyo|saiyou|jinji|recruit-\w+|talent-?\w+|careers-?\w+|candidates?|team|info|contact|office|personnel|personale|personeel|personeelszaken|hrm|po|kadry|recrutamento|reclutamiento|selectie|(?:recursos|ressources|risorse)[._-]?(?:humanos|humaines|umane)|human[._-]?resources|ufficio[._-]?personale|service[._-]?personnel)$/i;

export function isRoleMailbox(address: string): boolean {
  return ROLE_MAILBOX.test(localPartOf(address).split('+')[0] ?? '');
}

/** A team's mailbox named with its company after the team word ("recruiting.kesselbrink@…", "talent-acme@…"). */
export function isTeamMailboxOfCompany(address: string): boolean {
  const [first, ...rest] = (localPartOf(address).split('+')[0] ?? '').split(/[._-]/);
  return rest.length > 0 && ROLE_MAILBOX.test(first ?? '');
}
