/**
 * The hiring company and the role, as the mail writes them (subject, running text, signature). A name is
 * taken when a phrase says what it is ("the X position at Y", "poste de X chez Y", a signature's title
 * line); nothing is derived from a domain, which only helps to choose between names the mail wrote.
 */
import { domainOf } from '../mail/mail.js';
import { isRelayDomain } from './senders.js';

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*|\p{N}+[\p{L}]*)`;
const JOIN = String.raw`(?:&|and|de|del|la|las|los|des|du|di|of|von|van|der|den|y|e|et)`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:${JOIN}[ \t]+)?${WORD}){0,5}`;
// `(?<!…)`: the name starts where its run of letters starts; tried from inside a long run, the pattern
// was quadratic in its length (32 KB of letters: 12 s).
const JP_COMPANY = /(?:株式会社|有限会社)[\p{L}\p{N}]+|(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:株式会社|有限会社)/u;

const COMPANY_PHRASES: RegExp[] = [
  new RegExp(String.raw`\b(?:position|role|opening|job|vacancy|team|interview|opportunity|internship|career|careers|here|us|applying|application|candidacy|to be an?\s+[^\n,.]{2,50}?|(?:Engineer|Analyst|Manager|Specialist|Coordinator|Tester|Designer|Technician|Assistant|Associate|Representative|Supervisor|Accountant|Lead|Researcher|Developer|Processor)(?:\s+I{1,3})?)(?:\s*\([^()\n]{1,60}\))?\s+(?:at|with)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:interest in|applying to|applied to|on behalf of|welcome to|join)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:escribo|escribimos|contacto|contactamos) (?:de|desde)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:chez|au sein (?:de la|du|des|de l['’]|de)|bei|presso|bij|na empresa|en la empresa|departamento de \p{L}+ de|équipe de|Team (?:von|der))\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:puesto|vacante|posición|vaga|cargo)\s+(?:de\s+)?[^\n,.]{2,60}?\s+(?:en|na|no|da|do)\s+(${NAME})`, 'u'),
];

const TITLE_WORDS = String.raw`(?:Ressources humaines|Recursos Humanos|Personalabteilung|Personalwesen|Recruit\w*|Talent\w*|Hiring|People|Human Resources|HR|Sourc\w*|Recrut\w*|recrutement|Personal\w*|Personas|Selección|Selecci[óo]n de personal|Responsable|Manager|Director|Directeur|Directora?|Leiter\w*|Lead|Head|Partner|Coordinator|Coordinat\w*|Chargée?|Principal|Producer|Specialist|Officer|Generalist|Assistant|Consultant|Referent\w*|Gerente|Jef[ae]|Analista|Responsabile|Ufficio|Risorse Umane|Werving|Recruiter|Owner|Founder|CEO|CTO|COO)`;
const SIGNATURE_COMPANY: RegExp[] = [
  // "Talent Lead, Juniper & Vale" / "Recruiting | Kranich Software" / "Chargée de recrutement – Groupe Valmont"
  new RegExp(String.raw`^[^\n@]*(?<!\p{L})${TITLE_WORDS}(?!\p{L})[^\n@|,–—·]*(?:[|,–—·]|\s-\s)\s*(${NAME})\s*(?:[,·|–—-].*)?$`, 'mu'),
  // a title line, then the company alone on the next line
  new RegExp(String.raw`^[^\n@]*(?<!\p{L})${TITLE_WORDS}(?!\p{L})[^\n]*\n(${NAME})\s*(?:[,·|–—-].*)?$`, 'mu'),
];

const NOT_A_COMPANY = /^(?:the|a|an|our|your|you|me|us|we|i|this|that|it|zoom|google|google meet|meet|microsoft|microsoft teams|teams|webex|linkedin|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|interview|phone|video|hi|hello|dear|thanks|thank you|best|regards|mr|ms|mrs|dr|alex|la|le|el|les|los|der|die|das|de|nous|wir|vous|sie)$/i;

export function findCompany(subject: string, main: string, signature: string, sender: { name: string | null; address: string } | null, role: string | null): string | null {
  const senderAddress = sender?.address ?? null;
  const senderName = sender?.name ?? null;
  const all = `${subject}\n${main}\n${signature}`;
  const candidates: { name: string; strong: boolean; line?: boolean }[] = [];
  const add = (raw: string | undefined, strong: boolean, line = false) => {
    const name = cleanName(raw);
    if (!name) return;
    if (role && name.toLowerCase() === role.toLowerCase()) return;
    if (role && role.toLowerCase().includes(name.toLowerCase()) && name.length < role.length) return;
    candidates.push({ name, strong, line });
  };
  const jp = JP_COMPANY.exec(all)?.[0];
  if (jp) return jp;
  const paren = /\(([^()]{2,60})\)\s*$/.exec(subject)?.[1];
  if (paren && !/\b(?:m\/w\/d|w\/m\/d|h\/f|f\/h|m\/f\/d|f\/m\/d|req|R-\d)/i.test(paren)) add(paren, true);
  for (const pattern of COMPANY_PHRASES) {
    for (const text of [main, subject]) {
      const global = new RegExp(pattern.source, `${pattern.flags}g`);
      for (const m of text.matchAll(global)) add(m[1], true);
    }
  }
  for (const pattern of SIGNATURE_COMPANY) add(pattern.exec(signature)?.[1] ?? pattern.exec(main)?.[1], false);
  // A signature line that is only a name ("Marlowe Financial"): kept only if something confirms it.
  for (const line of signature.split('\n').slice(0, 8)) {
    if (new RegExp(String.raw`^\s*${NAME}\s*$`, 'u').test(line)) add(line.trim(), false, true);
  }
  // Subject shapes: "Studio Lumen – prochaine étape", "Interview – Role, Company", "Role – Company"
  const parts = subject.split(/\s+[–—|-]\s+|,\s+|:\s+/).map((p) => p.trim());
  for (const part of parts) add(part, false);

  const senderDomain = senderAddress ? domainOf(senderAddress) : '';
  const domain = isRelayDomain(senderDomain) ? '' : squash(senderDomain.split('.').slice(-2, -1)[0] ?? '');
  const occurrences = (name: string) => all.split(name).length - 1;
  const inSenderName = (name: string) => (senderName ?? '').toLowerCase().includes(name.toLowerCase());
  const byDomain = (name: string) => matchesDomain(name, domain);
  // A staffing agency writing for a confidential client: its own name is not the employer.
  if (/\b(?:[Mm]y|[Oo]ur) clients?\b(?! [A-Z])|\bconfidential (?:client|search)\b|\bsearch confidential\b|\bclient confidentiel\b|\bcliente confidencial\b/.test(main)) {
    return candidates.find((c) => c.strong && !byDomain(c.name))?.name ?? null;
  }
  const validated = candidates.find((c) => c.strong && (occurrences(c.name) >= 2 || byDomain(c.name) || inSenderName(c.name)));
  if (validated) return extendWrapped(validated.name, candidates, all);
  // A name that is only a line of the signature could be a person's: only the sender's domain confirms it.
  const confirms = (c: { name: string; line?: boolean }) => byDomain(c.name) || (!c.line && inSenderName(c.name));
  const weakValidated = candidates.find((c) => occurrences(c.name) >= 2 && (confirms(c) || c.strong));
  if (weakValidated) return extendWrapped(weakValidated.name, candidates, all);
  const confirmed = candidates.find((c) => !c.strong && confirms(c));
  if (confirmed) return extendWrapped(confirmed.name, candidates, all);
  return extendWrapped(candidates.find((c) => c.strong)?.name ?? null, candidates, all);
}

const LEGAL_FORM = /^(?:GmbH|AG|SE|KG|S\.?p\.?A\.?|S\.?r\.?l\.?|S\.?A\.?S?|S\.?L\.?|LLP|LLC|Inc\.?|Ltd\.?|plc|B\.?V\.?|N\.?V\.?|SARL|SAS)$/i;

/** "Blue Heron Credit" cut by a line break in one place, "Blue Heron Credit Union" in another. */
function extendWrapped(name: string | null, candidates: { name: string }[], all: string): string | null {
  if (!name) return null;
  const longer = candidates
    .map((c) => c.name)
    .filter((c) => c.startsWith(`${name} `) && all.includes(`${name}\n${c.slice(name.length + 1).split(' ')[0]}`))
    .filter((c) => !c.slice(name.length + 1).split(' ').some((w) => LEGAL_FORM.test(w)))
    .sort((a, b) => b.length - a.length)[0];
  return longer ?? name;
}

/** Whether a name is the sender's (non-relay) domain written out: "Saltmarsh Games" and saltmarshgames. */
export function matchesSenderDomain(name: string, senderAddress: string | null): boolean {
  const senderDomain = senderAddress ? domainOf(senderAddress) : '';
  if (!senderDomain || isRelayDomain(senderDomain)) return false;
  return matchesDomain(name, squash(senderDomain.split('.').slice(-2, -1)[0] ?? ''));
}

function matchesDomain(name: string, domain: string): boolean {
  const squashed = squash(name);
  const first = squash(name.split(/\s+/)[0] ?? '');
  return domain.length >= 4 && squashed.length >= 3 && (domain.includes(squashed) || squashed.includes(domain) || (first.length >= 4 && domain.startsWith(first)));
}

function squash(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function cleanName(raw: string | undefined): string | null {
  if (!raw) return null;
  let name = raw.split(/[.!?;:](?:\s|$)|\n/)[0]!.trim();
  if (/\b(?:Co|Inc|Ltd|Corp|Bros)$/.test(name) && raw.startsWith(`${name}.`)) name = `${name}.`;
  name = name.replace(/[,’'“”"]+$/, '').trim();
  if (!/\b(?:Co|Inc|Ltd|Corp|Bros|S\.A|N\.V|B\.V|L\.L\.C)\.$/.test(name)) name = name.replace(/\.+$/, '');
  name = name.replace(/\s+(?:&|and|de|del|la|des|du|di|of|von|van|der|y|e|et)$/i, '').trim();
  // "Acme HR", "Glasswing Health Talent Acquisition": a department of the company, not its name.
  name = name.replace(/\s+(?:HR|Human Resources|Recruiting(?: Team| Department)?|Talent(?: Acquisition)?(?: Team)?|Careers|People(?: Team| & Culture)?|Hiring Team|Recruitment(?: Team)?|Recrutement|RRHH|Recursos Humanos|Personalabteilung|Recruiting-Team)$/, '').trim();
  if (name.length < 2 || name.length > 60) return null;
  if (NOT_A_COMPANY.test(name)) return null;
  if (!/^\p{Lu}|^\p{N}/u.test(name)) return null;
  if (/@|https?:|\d{3}/.test(name)) return null;
  if (/^(?:Interview|Entrevista|Entretien|Einladung|Invitation|Phone|Video|Re|Fwd?|Next steps?|Llamada|Report|Colloquio|Uitnodiging)\b/i.test(name)) return null;
  return name;
}

// ---------------------------------------------------------------------------------------------------

const ROLE_WORDS = String.raw`(?:position|role|opening|job|vacancy|internship)`;
const ROLE_BODY: RegExp[] = [
  new RegExp(String.raw`\b(?:the|a|an|our|this)\s+(?:position of\s+|role of\s+)?(\p{Lu}[^\n,.!?()]{1,60}?(?:\s*\([^)\n]*\))?)\s+${ROLE_WORDS}\b`, 'u'),
  new RegExp(String.raw`\b${ROLE_WORDS}\s+(?:of|as)\s+(?:an?\s+)?(\p{Lu}[^\n,.!?(]{1,60}?(?:\s*\([^)\n]*\))?)(?=[,.!?\n]|\s+(?:at|with|in|here)\b)`, 'u'),
  new RegExp(String.raw`\bto be (?:an?|our)\s+(\p{Lu}[^\n,.!?]{1,60}?)\s+(?:at|with|here)\b`, 'u'),
  /\bposte\s+(?:de |d['’]|:\s*)\s*([^\n,.]{2,60}?)(?=\s+(?:chez|au sein|à|pour|dans|que|qui)\b|[,.!\n]|\s+\([HFhf]\/[HFhf]\))/u,
  /\b(?:Stelle|Position|Bewerbung)\s+(?:als\s+|als:\s*)(\p{Lu}[^\n,.]{1,60}?)(?=\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|all genders)\)|\s+(?:bei|in|im)\b|[,.\n])/u,
  /\b(?:puesto|vacante|posición|cargo|vaga|búsqueda)\s+(?:de\s+)?(\p{L}(?:[^\n,.]|(?<=\b(?:Jr|Sr))\.){1,60}?)(?=\s+(?:en|na|no|da|do|para)\b|[,\n!?]|(?<!\b(?:Jr|Sr))\.)/iu,
  /\b(?:posizione|ruolo)\s+(?:di\s+)?(\p{L}[^\n,.]{1,60}?)(?=\s+(?:presso|in|nel|per)\b|[,.\n])/iu,
  /\b(?:functie|vacature)\s+(?:van\s+|als\s+)?(\p{L}[^\n,.]{1,60}?)(?=\s+(?:bij|in)\b|[,.\n])/iu,
  /「([^」]{2,30})」(?:職|ポジション|の)/u,
  /(?:は|、)([\p{L}\p{N}]{2,20}?)の(?:求人|ポジション|職)/u,
];
const ROLE_SUBJECT: RegExp[] = [
  /(?:interview(?:\s+(?:invitation|request|scheduled|confirmed|details))?|invitation to (?:an )?interview|phone screen|next steps?|entretien|entrevista(?:\s+presencial)?|vorstellungsgespr[äa]ch|colloquio|sollicitatiegesprek|gesprek|llamada|videollamada|report de votre entretien|interview time)\s*(?:for(?: the)?|pour(?: le poste de)?|para(?: el puesto de)?|für(?: die Stelle als)?|per|voor|[:–—-])\s*(.+)$/iu,
  /pour le poste d['e]\s*(.+)$/iu,
  // "QA Tester interview 🎮": a title-case name right before the word
  /^((?:[\p{Lu}\p{N}][\p{L}\p{N}/&+.'-]*|of|and|&|de|la|du)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}/&+.'-]*|of|and|&|de|la|du)){0,5})\s+(?:[Ii]nterview|[Pp]hone screen|[Ee]ntretien)\b/u,
  /（([^（）]{2,20})）/u,
];

export function findRole(subject: string, main: string): string | null {
  for (const pattern of ROLE_BODY) {
    const role = cleanRole(pattern.exec(main)?.[1]);
    if (role) return role;
  }
  for (const pattern of ROLE_SUBJECT) {
    const role = cleanRole(pattern.exec(subject)?.[1], true);
    if (role) return role;
  }
  for (const pattern of ROLE_BODY) {
    const role = cleanRole(pattern.exec(subject)?.[1], true);
    if (role) return role;
  }
  return null;
}

const GENDER = /\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w|h\/f|f\/h|m\/f|all genders)\)/giu;

function cleanRole(raw: string | undefined, fromSubject = false): string | null {
  if (!raw) return null;
  let role = raw.replace(GENDER, '').replace(/\p{Extended_Pictographic}/gu, '');
  // Requisition numbers: "(Job Requisition R-0041827)", "(Req. HBX-20417)", "(HBX-20417)", "#4471"
  role = role.replace(/\s*\((?:Job\s+)?(?:Requisition|Req|Ref|ID|Job ID)\b[^)]*\)|\s*\([^)]*\d{3,}[^)]*\)/gi, '').replace(/\s*(?:#|Req\.?\s*#?|R-)\d[\w-]*/gi, '');
  if (fromSubject) role = role.replace(/\s+(?:at|with|chez|bei|en|presso|bij)\s+.*$|\s+[–—|-]\s+.*$|,\s+.*$/u, '').replace(/\s*\([^)]*\)\s*$/, '');
  role = role.replace(/^(?:the|a|an|our|le|la|el|die|der|das|il|lo|de|het|o)\s+/i, '').replace(/^(?:poste|puesto|Stelle)\s+(?:de|d['’]|als)\s*/i, '');
  role = role.replace(/\s+(?:position|role|opening|job)$/i, '').replace(/(?<!\b(?:Jr|Sr|Co))[\s:;,.–—-]+$/u, '').trim();
  if (role.length < 2 || role.length > 60) return null;
  if (/^(?:you|us|our team|this|that|it|invitation|request|confirmed|scheduled|details|next steps?)$/i.test(role)) return null;
  if (/^(?:Ihre?|Your|Votre|Su|Tu|Sua|La sua|Uw|Je|Invitation|Einladung|Quick|Our)\b/i.test(role)) return null;
  return role;
}
