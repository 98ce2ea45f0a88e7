/**
 * The hiring company and the role, as the mail writes them (subject, running text, signature). A name is
 * taken when a phrase says what it is ("the X position at Y", "poste de X chez Y", a signature's title
 * line); nothing is derived from a domain, which only helps to choose between names the mail wrote.
 */
import { domainOf } from '../mail/mail.js';
import { isNoReplyAddress, isRelayDomain, isRoleMailbox, isUnusableReplyAddress, relayTenant } from './senders.js';
import { ESTATE, EMAIL_IN_TEXT, REGISTRATION, escapeRegExp, isClosingLine } from './text.js';
import { isPlaceName } from './zones.js';

// "A/S" (the Danish and Norwegian legal form) is one word; so is a quoted name in it (Mleczarnia „Mazowsze”, Cortiças «Sol Nascente»).
// Belgian, German and Italian legal forms written in lower case ("Lijnhulp Vlaanderen vzw", "asbl", "gGmbH", "s.r.l.") are words of the name too.
// An elided particle glued to a capitalised word is a word of the name too ("L'Atelier d'Orsan", "Cantina dell'Etna").
const WORD = String.raw`(?:A\/S(?![\p{L}])|(?:d|dell|dall|nell|sull)['’]\p{Lu}[\p{L}\p{N}'’.-]*|(?:vzw|asbl|bvba|cvba|gGmbH|s\.r\.l\.|s\.p\.a\.|s\.a\.s\.|s\.n\.c\.|srl|snc)(?![\p{L}])|\p{Lu}[\p{L}\p{N}'’.-]*|\p{N}+[\p{L}]*|[„“«]\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’.-]*){0,3}[”“»])`;
const JOIN = String.raw`(?:&|\+|and|de|del|la|las|los|des|du|di|do|da|dos|das|della|delle|dello|degli|of|von|van|der|den|y|e|et|für|voor|pour|per|para)`;
// (Never the pronoun "I" after a joining word: "at Halden Group and I look after…".)
const NAME = String.raw`${WORD}(?:[ \t]+(?:${JOIN}[ \t]+){0,2}(?!I(?![\p{L}\p{N}'’.-]))${WORD}){0,5}`;
// `(?<!…)`: the name starts where its run of letters starts; tried from inside a long run, the pattern
// was quadratic in its length (32 KB of letters: 12 s).
const JP_COMPANY = /(?:株式会社|有限会社)[\p{L}\p{N}]+|(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:株式会社|有限会社)/u;

/**
 * Japanese writes no space between a name and the particle that follows it (株式会社ミナト物流の「…」,
 * ミナト物流株式会社にて, 弊社はミナト物流株式会社): a name written in katakana, kanji or Latin letters
 * ends where hiragana begins after it (and, before 株式会社, starts after the last hiragana). A name
 * written wholly in hiragana (株式会社はてな) has no such edge and is kept.
 */
export function trimJapaneseParticles(name: string): string {
  const form = /^(?:株式会社|有限会社)|(?:株式会社|有限会社)$/u.exec(name)?.[0] ?? '';
  const leading = name.startsWith(form);
  const core = leading ? name.slice(form.length) : name.slice(0, name.length - form.length);
  if (!core) return name;
  const trimmed = leading
    ? /^[\p{Script=Hiragana}ー]*[^\p{Script=Hiragana}]+/u.exec(core)?.[0]
    : /[^\p{Script=Hiragana}]+$/u.exec(core)?.[0];
  if (!trimmed || /^\p{Script=Hiragana}/u.test(core) !== /^\p{Script=Hiragana}/u.test(trimmed)) return name;
  return leading ? form + trimmed : trimmed + form;
}

/** A legal form after a signature's company ("Brightlane Sp. z o.o."), which NAME's words stop before. */
const LEGAL_TAIL = String.raw`(?:,?[ \t]+(?:[Ss]p\. z o\.o\.|S\.A\.(?:S\.)?|S\.L\.|S\.p\.A\.|S\.r\.l\.|Lda\.|Ltda\.|B\.V\.|N\.V\.|GmbH|AG|Ltd\.?|Inc\.?|LLC|plc|Co\.))?`;

const COMPANY_PHRASES: RegExp[] = [
  // A sender introducing themselves with their business ("Ici Karim de la boulangerie Le Fournil", "Soy Lucía, de la
  // Clínica Dental Sonrisa", "sono Marco dello Studio Galli", "this is Tom from Hughes Plumbing", "Somos Ana y Luis, de
  // Estudio Norte", "we're Kim and Jo from …"): small employers write so.
  new RegExp(String.raw`(?:^|[\s,.!])(?:[Ii]ci|[Cc]['’]est|[Jj]e suis|[Ss]oy|[Ss]ono|[Tt]his is|[Ii]t['’]s|I['’]m|I am|[Hh]ier (?:ist|spricht)|[Ii]ch bin|[Ii]k ben|[Hh]ier is|(?:[Jj]e|[Uu]) spreekt met|(?:[Ss]ie sprechen|[Dd]u sprichst) mit|[Ss]ou(?: [ao])?|[Aa]qui (?:é|fala)(?: [ao])?|[Zz] tej strony|[Jj]estem|[Ss]omos|[Ww]e['’]re|[Ww]e are|[Nn]ous sommes|[Ww]ir sind|[Ss]iamo|[Ww]ij zijn|[Ww]e zijn|[Jj]esteśmy)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:y|e|et|and|und|en|i)\s+\p{Lu}\p{Ll}+)?,?\s+(?:from|of|at|de la|de l['’]|du|des|de|del|dello|della|dell['’]|di|vom|von der|von|aus der|van|van de|van het|da|do|das|dos|z|ze)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?!(?:Pessoas|People|Personas|Persone|Mensen|RH|HR|RRHH|Recursos|Risorse|Ressources|Talent|Recruit|Recrut|Recluta|Personal|Kadr)(?![\p{Ll}]))(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:position|role|opening|job|vacancy|post|team|interview|opportunity|internship|career|careers|here|us|applying|application|candidacy|Opportunity|Opening|Role|Position|Internship|Talent Acquisition|Talent Partner|Talent|Recruiting|Sourcing|Hiring Manager|HR|People|to be an?\s+[^\n,.]{2,50}?|(?:Engineer|Analyst|Manager|Specialist|Coordinator|Tester|Designer|Technician|Assistant|Associate|Representative|Supervisor|Accountant|Lead|Researcher|Developer|Processor|Partner|Recruiter|Director|Officer|Executive|Consultant)(?:\s+I{1,3})?)(?:\s*\([^()\n]{1,60}\))?\s+(?:at|with)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:interest in|applying to|applied to|application to|application with|on behalf of|welcome to|join|greetings from|here at|confirmed with)\s+(${NAME})`, 'u'),
  // The owner writing about their own business: "I run Calder Valley Joinery with my brother", "Ich führe die Bäckerei
  // Brandl", "je dirige la Librairie Martin", "llevo el Bar Centro", "gestisco la Trattoria Da Gino", "prowadzę Warsztat Nowak".
  new RegExp(String.raw`(?:(?<![\p{L}])(?:I|[Ww]e) (?:run|own|manage)|(?:[Ii]ch|[Ww]ir) (?:führe|führen|leite|leiten|betreibe|betreiben)|(?:[Jj]e|[Nn]ous) (?:dirige|dirigeons|gère|gérons|tiens|tenons)|(?<![\p{L}])(?:[Ll]levo|[Ll]levamos|[Dd]irijo|[Rr]egento|[Gg]estisco|[Gg]estiamo|[Gg]iro|[Gg]erimos|[Pp]rowadzę|[Pp]rowadzimy)|[Ii]k (?:run|leid|beheer)|[Ww]ij (?:runnen|leiden|beheren))\s+(?:(?:the|die|den|das|la|le|l['’]|el|il|lo|a|o|de|het)\s+)?(?!(?:Team|Abteilung|équipe|Department|Data|Sales|HR)\b)(${NAME})(?=\s+(?:with|mit|avec|con|com|met|z|together|since|seit|depuis|desde|da|dal|sinds|od|and|und|et|y|e|en|i)\b|\s*[,.;:!\n]|\s+\()`, 'u'),
  new RegExp(String.raw`\b(?:interesse in|Interesse an(?: der| dem)?|intérêt pour|interés en|interesse (?:na|no|em|pela|pelo)|interesse per|zainteresowanie)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:escribo|escribimos|contacto|contactamos) (?:de|desde)\s+(${NAME})`, 'u'),
  // "Te escribo de parte de Casa Los Dragos", "da parte di", "de la part de", "da parte da": on the business's behalf.
  new RegExp(String.raw`\b(?:[Dd]e parte de(?:l| la)?|[Dd]a parte d(?:i|el|ella|a|o)|[Dd]e la part d(?:e|u|e la)|[Ii]n naam van|[Ww] imieniu)\s+(?!(?:mi|mio|mia|nuestro|nuestra|mon|ma|notre|mijn|onze|meu|minha|nosso|nossa)\s)(${NAME})`, 'u'),
  // "im Namen der Hartmann Logistik AG", "en nombre de Grupo Alba", "au nom de la société …", "em nome da …"
  new RegExp(String.raw`\b(?:[Ii]m Namen|[Ii]m Auftrag|[Ee]n nombre|[Ee]m nome|[Aa] nome|[Aa]u nom|[Ii]n naam)\s+(?:der|des|von|de la|de l['’]|de|del|da|do|di|della|dello|van)\s+(?:la société\s+|la empresa\s+|a empresa\s+|l['’]azienda\s+|Firma\s+)?(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:chez|au sein (?:de la|du|des|de l['’]|de)|beim|bei(?: der| dem| den)?|presso|bij|na empresa|en la empresa|departamento de \p{L}+ de|équipe de|Team (?:von|der)|w firmie|w spółce|dla firmy|do firmy|w banku|w zespole)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:puesto|vacante|posición|vaga|cargo)\s+(?:de\s+)?[^\n,.]{2,60}?\s+(?:en|na|no|da|do)\s+(?:empresa\s+)?(${NAME})`, 'u'),
  new RegExp(String.raw`\bstanowisk\p{L}*\s+[^\n,]{2,60}?\s+(?:w|we)\s+(?:firmie\s+|spółce\s+)?(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:posizione|ruolo)\s+(?:di\s+)?[^\n,.]{2,60}?\s+(?:presso|in|nella|nel)\s+(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:functie|vacature|rol)\s+(?:van\s+|als\s+)?[^\n,.]{2,60}?\s+(?:bij)\s+(${NAME})`, 'u'),
  // "Good news – Solent Water would like to meet you!": the company that wants the interview (an agency's own
  // name signs the mail, the client's name asks for the meeting); bold in a plain-text part ("*Brightline* would…").
  new RegExp(String.raw`(?:^|[–—:!.]\s+|\n)[*_]?(${NAME})[*_]?\s+(?:would (?:like|love) to|wants? to|(?:is|are) keen to|(?:is|are) (?:happy|pleased|delighted) to)\s+(?:meet|interview|invite|speak (?:to|with)|talk (?:to|with)|see)\s+you`, 'u'),
  // "A empresa Maré Alta Hotéis e Resorts gostaria de convidá-lo", "La empresa X quiere conocerte", "L'azienda X vorrebbe…",
  // "Die Firma X möchte Sie…", "Het bedrijf X wil je…", "Firma X chciałaby…": the company the sentence names as inviting.
  new RegExp(String.raw`\b(?:[Aa] empresa|[Ll]a empresa|[Ll]'azienda|[Ll]a società|[Ll]'entreprise|[Ll]a société|[Dd]ie Firma|[Dd]as Unternehmen|[Hh]et bedrijf|[Dd]e organisatie|[Ff]irma|[Ss]półka|[Tt]he company)\s+(${NAME})\s+(?:gostaria|quer|deseja|gustaría|quiere|desea|vorrebbe|desidera|vuole|souhaite|aimerait|voudrait|möchte|würde|wil|zou|chciałaby|chce|would like|wants)\b`, 'u'),
  // A job board relaying what the employer did: "Logística Andina del Pacífico S.A.S. revisó tu hoja de vida y te invita…",
  // "Finanzas del Plata avanzó con tu postulación", "Harbor Foods has reviewed your application", "A Solar Norte visualizou…".
  new RegExp(String.raw`(?:^|\n)[ \t>]*(?:[Aa] empresa\s+|[Ll]a empresa\s+)?(${NAME})${LEGAL_TAIL}\s+(?:revis[óo]|avanz[óo]|vio|te invita|quiere (?:hablar|conocerte|entrevistarte|charlar)|has reviewed|reviewed|viewed|has viewed|visualizou|avançou|quer (?:falar|conversar|te conhecer)|hat (?:Ihre|deine) Bewerbung|a consulté|ha visto|ha revisado|ha avanzado)(?![\p{L}])`, 'u'),
  // A job board relaying the employer's message: "Je hebt een nieuw bericht ontvangen van Drukkerij Verhaeghe over je
  // sollicitatie", "a new message from Harbor Foods regarding your application", "un message de Lumen SA concernant votre candidature".
  new RegExp(String.raw`(?:message|bericht|Nachricht|mensaje|mensagem|messaggio|wiadomość)\s+(?:ontvangen\s+|erhalten\s+|recibido\s+|recebida\s+|ricevuto\s+)?(?:from|van|von|de(?: la part de)?|da|di|od)\s+(${NAME})\s+(?:over|regarding|about|concerning|concernant|au sujet de|zu|bezüglich|sobre|acerca de|riguardo|w sprawie|dotycząc\p{L}*)\s+(?:je|jouw|uw|your|votre|ta|Ihrer?|deiner?|tu|su|sua|a sua|la tua|la sua|Twojej|Pana|Pani)\s`, 'u'),
  // "Entrevista con Andina Pagos", "Colloquio con Ferri & Colombo", "Gesprek met Polderpixel": an interview with an organisation (never a titled person).
  new RegExp(String.raw`\b(?:[Ee]ntrevista|[Cc]olloquio|[Ee]ntretien|[Gg]esprek|[Rr]ozmowa|[Ii]nterview)\s+(?:con|avec|met|com|z|with)\s+(?!(?:Frau|Herr|Dr|Sr|Sra|Srta|Mme|M|Mr|Mrs|Ms|Miss|Pan|Pani|Meneer|Mevrouw|Sig|Sig\.ra|Dott|Dott\.ssa|Prof|D\.|Dña|Dona|Don)\b)(${NAME})`, 'u'),
];
/** A line that opens with a company and its legal form, then an address or a registration: a legal footer. */
const LEGAL_LINE = new RegExp(String.raw`^[ \t>]*(${NAME}\s*,?\s+(?:GmbH|AG|SE|KG|Ltd\.?|Limited|LLP|LLC|Inc\.?|plc|B\.V\.|N\.V\.|S\.A\.(?:S\.)?|SAS|SARL|S\.L\.|S\.p\.A\.|S\.r\.l\.|Lda\.|Ltda\.|Sp\. z o\.o\.|sp\. z o\.o\.))(?:[ \t]*(?:[,–—|·-][^\n]*?)?(?:\n[^\n]*?){0,2}?(?<![\p{L}])${REGISTRATION}(?![\p{L}])|\s+is\s+(?:a\s+(?:private\s+limited\s+|limited\s+|public\s+limited\s+)?company\s+)?registered\s+in)`, 'mu');

/** A labelled company line, in the nine languages (a line of its own, as a job board or an ATS lays it out). */
const COMPANY_LABEL = /^[ \t>*•■-]*(?:Company|Employer|Hiring company|Organi[sz]ation|Entreprise|Société|Employeur|Unternehmen|Firma|Arbeitgeber|Empresa|Empleador|Azienda|Società|Datore di lavoro|Bedrijf|Werkgever|Organisatie|Empregador|Pracodawca|(?:End[- ]?)?Client(?:e|a)?(?: final| finale)?|End[- ]?Customer|Klient(?: końcowy)?|(?:End)?Kunde|Mandant|Opdrachtgever|(?:Eind)?Klant|会社名|企業名)[ \t]*[:：][ \t]*([^\n|·]{2,80})$/imu;

/** The same, global, compiled once (for every match in a text), and a line that is only a name. */
const COMPANY_PHRASES_ALL = COMPANY_PHRASES.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));
/**
 * "Ici, à la Boulangerie Vasseur, nous sommes…", "Here at the Old Mill Bakery we…", "Hier in der Bäckerei Brandl",
 * "Aquí en el Bar Centro", "Qui alla Trattoria Da Gino", "Hier bij Bakkerij Jansen", "Aqui na Padaria Estrela": where the
 * writer says they are. Only a name with a kind of business or an organisation's word (a town after "ici, à" is no employer).
 */
const HERE_AT = new RegExp(String.raw`(?:^|[\s,.!])(?:[Hh]ere at|[Ii]ci,?\s+(?:à|chez|dans)|[Hh]ier (?:bei|in|im)|[Aa]quí,?\s+en|[Qq]ui,?\s+(?:da|in|presso|nel|nella|al|alla)|[Hh]ier (?:bij|in|op)|[Aa]qui,?\s+(?:na|no|em)|[Tt]utaj,?\s+w)\s+(?:(?:the|la|le|l['’]|el|der|dem|die|de|het|il|lo|a|o)\s*)?(${NAME})`, 'gu');
const NAME_LINE = new RegExp(String.raw`^\s*${NAME}(?:\s+(?:\*{2,5}|[★☆]{1,5}))?\s*$`, 'u');
const NAMES = new RegExp(NAME, 'gu');

/** "the company", "la société", "die Firma"… between a client word and the client's name. */
const FIRM = String.raw`(?:(?:the company|la société|l['’]entreprise|le groupe|die Firma|das Unternehmen|la empresa|la compañía|a empresa|l['’]azienda|la società|het bedrijf|de firma|firm[ay]|spółk[aię])\s+)?`;
/**
 * An agency recruiting for a client it describes but does not name ("on behalf of a leading insurer", "notre client, une
 * PME lyonnaise", "mijn opdrachtgever, een producent in Brabant", "im Auftrag
 * eines namhaften Unternehmens", "para una importante empresa"): the agency is still not the employer.
 */
/** A case study, or work done for a client: "the project we delivered for our client", "caso di studio", "abbiamo realizzato per". */
const CASE_STUDY = /(?<![\p{L}])(?:case study|caso di studio|caso de estudio|étude de cas|Fallstudie|estudo de caso|casus|studium przypadku|delivered|realizzat[oaie]|réalisée?s?|realizad[oa]s?|realizamos|entwickelt|umgesetzt|uitgevoerd|zrealizowa\p{L}*|desenvolvemos|developed|built)(?![\p{L}])/iu;

/** The line of `text` around `index`, cut at the sentence ends before and after it. */
function lineAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('\n', index), text.lastIndexOf('. ', index)) + 1;
  const ends = [text.indexOf('\n', index), text.indexOf('. ', index)].filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
}

/**
 * "Nuestro cliente quiere conocerte", "pour notre client", "unser Mandant sucht": an agency's client spoken of with no
 * name after it, as the one who wants the candidate or for whom the agency writes (not "nuestro cliente más grande",
 * a company's own customer).
 */
const OUR_CLIENT_WORDS = String.raw`(?:[Nn]uestr[oa]|[Nn]otre|[Uu]nser(?:e[mnr]?)?|[Nn]ostr[oa]|[Oo]nze|[Nn]oss[oa]|[Nn]asz(?:ego|emu)?) (?:client[ea]?|Kund(?:e|in|en)|Mandant(?:in|en)?|klant|opdrachtgever|klient(?:a|em)?)`;
const OUR_CLIENT_UNNAMED = new RegExp(String.raw`(?<![\p{L}])(?:(?:[Pp]ara|[Pp]our|[Ff]ür|[Pp]er|[Vv]oor|[Nn]amens|[Dd]la|[Pp]or cuenta de|[Ee]n nombre de|[Aa]u nom de|[Ii]m Auftrag) (?:(?:el|le|la|il|de|het|o|a) )?${OUR_CLIENT_WORDS}(?![\p{L}])(?!,?\s+\p{Lu})|${OUR_CLIENT_WORDS} (?:quiere|busca|desea|necesita|quedó|gustaría|souhaite|recherche|cherche|veut|aimerait|a apprécié|sucht|möchte|würde|cerca|vuole|desidera|vorrebbe|zoekt|wil|zou|procura|quer|deseja|gostou|gostaria|pretende|szuka|chce|chciałby|poszukuje)(?![\p{L}]))`, 'u');
const UNNAMED_CLIENT = /\b(?:(?:[Pp]or (?:motivos de |razones de |razões de )?confidencialidad|[Pp]or (?:motivos de |razões de )?confidencialidade|[Pp]er (?:motivi di )?riservatezza|[Pp]our des raisons de confidentialité|[Aa]us Vertraulichkeitsgründen|[Oo]m (?:redenen van )?vertrouwelijkheid(?:sredenen)?|[Zz]e względu na poufność|[Ff]or confidentiality reasons)|[Ee]s handelt sich um (?:einen|eine|ein) (?:[\p{L}'’-]+ ){0,4}\p{L}*(?:unternehmen|zulieferer|konzern|hersteller|anbieter|mittelständler|dienstleister|gruppe|firma|bank|versicherung)(?![\p{L}])|[Dd]iskretionsgründen|Firmennamen? (?:\p{L}+ ){0,4}(?:erst|nicht|später)|(?:client|company)['’]s name (?:\p{L}+ ){0,3}(?:confidential|withheld|disclosed later)|(?:[Mm]y|[Oo]ur|[Nn]otre|[Mm]on|[Mm]a|(?:[Ii]l |[Ll]a )?[Nn]ostr[oa]|[Mm]i[oa]|[Nn]uestr[oa]|[Mm]i|(?:[OoAa] )?[Nn]oss[oa]|[Mm]eu|[Mm]inha|[Mm]ijn|[Oo]nze|[Uu]nser(?:e[mnrs]?)?|[Mm]ein(?:e[mnrs]?)?|[Nn]asz(?:ego)?|[Mm]ój|[Mm]ojego) (?:client|cliente|klant|opdrachtgever|[Mm]andant(?:in|en)?|[Kk]und(?:e|in|en)|[Aa]uftraggeber(?:in|s)?|klient(?:a)?)(?:,|\s[–—-])? (?:an?|une?|una?|um|uma|een|ein(?:e[mnrs]?)?|to)\s|(?:on behalf of|recruiting for|working with|hiring for) (?:a|an) (?:[\p{L}-]+ ){0,4}(?:insurer|bank|company|firm|business|organi[sz]ation|group|provider|retailer|manufacturer|employer|client|brand|operator|consultancy|practice|charity|trust|hospital|school|university|agency|fintech|start-?up|scale-?up)|(?:im Auftrag|für) (?:eines|einer|einen|eine|ein) (?:\p{L}+ ){1,3}(?:\p{L}*(?:[Uu]nternehmens?|Kunden|Mandanten|Konzerns?|Firma|Bank|Versicherung)|Arbeitgeber|Mittelständler)|(?:namens|voor) een (?:\p{Ll}\p{L}* ){1,3}(?:organisatie|werkgever|bedrijf|verzekeraar|bank|klant|opdrachtgever)|para (?:una|un|uma|um) (?:\p{Ll}\p{L}* ){1,3}(?:empresa|compañía|companhia|cliente|grupo|firma|entidad|entidade|multinacional|banco|aseguradora|seguradora)|pour (?:le compte d['’])?(?:un|une) (?:\p{Ll}\p{L}* ){1,3}(?:groupe|société|entreprise|client|acteur|cabinet|banque|assureur)|per (?:conto di )?(?:un|una|un['’]) ?(?:\p{Ll}\p{L}* ){1,3}(?:azienda|società|gruppo|cliente|realtà|banca|multinazionale)|dla (?:\p{Ll}\p{L}* ){1,3}(?:firmy|spółki|klienta|korporacji|banku|grupy))/u;

/** Words naming an institution in the nine languages (universities, hospitals, institutes, ministries, foundations). */
const INSTITUTION_WORD = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+(?:krankenhaus|klinikum|klinik|hochschule|stiftung|schule|ziekenhuis|szpital)|Univers\p{L}*|Uniwersytet|Hospital\p{L}*|Hôpital|Ospedale|Azienda Sanitaria|ASL|Szpital|Ziekenhuis|Krankenhaus|Klinikum|Centro Hospitalar|Institut\p{L}*|Istituto|Instytut|Minist\p{L}*|Fundação|Fundación|Fondazione|Fondation|Stiftung|Politecnico|Politécnico|Politechnika|Hochschule|Hogeschool|Escola|Escuela|Scuola|École|Lyceum|Liceo)(?![\p{L}])/u;

/** An HR department's name, in the nine languages: "Recursos Humanos", "Servizio Personale", "Dział Kadr i Płac". */
const HR_DEPARTMENT = /^(?:(?:Direction|Département|Service|Pôle|Departamento|Departament|Divisão|División|Servicio|Serviços?|Servizio|Ufficio|Area|Unidade|Unidad|Núcleo|Afdeling|Abteilung|Dział|Biuro|Referat|Direção|Dirección|Direzione)\s+(?:des?\s+|de\s+|di\s+|del\s+|da\s+|do\s+|dos\s+)?)?(?:Recursos Humanos|Ressources Humaines|Risorse Umane|Human Resources|HR|RH|RRHH|HRM|P&O|People(?: Team| & Culture)?|Talent Acquisition|Recruiting|Recruitment|Recrutement|Recrutamento|Reclutamiento|Selección(?: de Personal)?|Personale|Personal|Personalwesen|Personalabteilung|Personeelszaken|Kadr(?:y| i Płac)?|Kadr i Płac|Zasobów Ludzkich|Concursos)(?:\s+(?:e|et|y|i|und|en|and)\s+[\p{L} ]{3,40})?$/iu;

/** The organisation of a display name "<organisation> - <HR department>" (either order), or null. */
function organisationBesideDepartment(displayName: string | null): string | null {
  const parts = (displayName ?? '').split(/\s+[-–—|]\s+|\s*,\s+(?=(?:Direction|Departamento|Dział|Servizio|Service|Recursos|Ressources|Risorse|Human|HR|RH)\b)/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  const [aDept, bDept] = [HR_DEPARTMENT.test(a), HR_DEPARTMENT.test(b)];
  if (aDept === bDept) return null;
  const organisation = aDept ? b : a;
  return organisation.length >= 3 && /^[\p{Lu}\p{N}]/u.test(organisation) && !isJobTitle(organisation) ? organisation : null;
}

/** An agency passing on an employer's answer: "feedback from X", "heard back from X", "X have come back to me". */
const FEEDBACK_FROM = new RegExp(String.raw`\b(?:(?:had|got|received|have) (?:some )?(?:feedback|news|word|an answer|a reply) from|heard back from|spoken (?:to|with)|R[üu]ckmeldung (?:von|der|des)|retour (?:de|du|de la)|respuesta de|feedback (?:van|da|de|od))\s+(${NAME})`, 'u');

/** An agency saying it recruits for a client of its own, in the eight languages ("l'un de nos clients", "one of our clients"). */
const FOR_A_CLIENT = /(?<![\p{L}])(?:(?:l['’]un|l['’]une) de nos clients|(?:one of )?our clients?|notre client(?:e)?|(?:uno de )?nuestros? clientes?|(?:uno dei |una delle )?nostr[ioae] client[ie]|(?:einen |eine )?unser(?:e[mnrs]?)? (?:Kunden|Kundin|Mandanten|Mandantin|Auftraggeber\p{L}*)|(?:een van )?onze (?:klant(?:en)?|opdrachtgever(?:s)?)|(?:um dos )?noss[oa]s? clientes?|(?:um |uma |un |una )?client[ea]s? (?:noss[oa]s?|nuestr[oa]s?|nostr[oi])|(?:jednego z )?nasz(?:ego|ych)? klient(?:a|ów)?)(?![\p{L}])/iu;
/** …and the job as joining a named company: "Il s'agit de rejoindre X", "you would join X", "dołączyć do X". Group 1 is the company. */
const JOIN_COMPANY = new RegExp(String.raw`(?<![\p{L}])(?:rejoindre|intégrer|join|joining|unirte a|unirse a|incorporarte a|incorporarse a|entrare in|entrare a far parte di|unirti a|komen werken bij|aan de slag bij|juntar-se [àa]|integrar(?: a equipa d[aoe])?|dołączyć do|dołączenia do)\s+${FIRM}(?!(?:Zoom|Teams|Google|Skype|Webex|Meet|LinkedIn|Slack)(?![\p{L}]))(${NAME})`, 'u');

/** An agency names the hiring company as its client: that is the company (class 4 of issue #13). */
const CLIENT_PHRASES: RegExp[] = [
  new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur) client,?\s+${FIRM}(${NAME})`, 'u'),
  // …not "on behalf of our Polish subsidiary, …": the subsidiary the phrase goes on to name is.
  new RegExp(String.raw`\bon behalf of (?:my |our )?(?:client,?\s+)?(?!\p{L}+ (?:subsidiary|sister company|affiliate)\b)(${NAME})`, 'u'),
  // …in the other languages: "de la part des Papeteries X", "per conto di Casa X", "im Auftrag der X GmbH", "em nome da X".
  new RegExp(String.raw`(?<![\p{L}])(?:[Dd]e la part (?:des?|du|d['’])|[Pp]our le compte (?:des?|du|d['’])|[Pp]er conto (?:di|del(?:la)?|dell['’]|dei|degli)|[Ee]n nombre (?:de|del)|[Ii]m Auftrag (?:der|des|von)|[Ii]n opdracht van|[Ee]m nome d[aoe]s?|[Ww] imieniu)\s*(?:(?:la|le|l['’]|les|die|der|das|de|het|el|los|las)\s+)?${FIRM}(?!(?:Mme|M\.|Mr|Mrs|Ms|Herr[n]?|Frau|Sig\.?(?:ra)?|Dott\.?(?:ssa)?|Sr\.?(?:a)?|Dr\.?|Pan[ia]?)\s)(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:working|partnering|partnered) (?:with|for) (${NAME}) (?:to|on) (?:find|hire|recruit|fill|build|grow|their)\b`, 'u'),
  new RegExp(String.raw`\b(?:[Ff]ür|[Ii]m Auftrag) (?:unseres|unserer|unseren|unsere|meines|meiner|meinen|meine|eines|einer) (?:Kunden|Kundin|Mandanten|Mandantin|Auftraggebers?|Auftraggeberin|Klienten|Klientin),?\s+(?:die|den|das|der|dem|des)?\s*${FIRM}(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:[Nn]amens|[Vv]oor|[Ii]n opdracht van) (?:mijn|onze|een) (?:opdrachtgever|klant),?\s+${FIRM}(${NAME})`, 'u'),
  // "…voorgelegd aan mijn opdrachtgever, Noordkaap Energie, voor de rol…": the client in apposition
  new RegExp(String.raw`\b(?:[Mm]ijn|[Oo]nze) (?:opdrachtgever|klant),\s+${FIRM}(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:(?:[Pp]our (?:le compte de )?|[Dd]e la part de )(?:notre|mon|ma)|[Nn]otre|[Mm]on|[Mm]a) cliente?,?\s+${FIRM}(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:(?:[Pp]ara|[Dd]e parte de) )?(?:nuestr[oa]|mi) client[ea],?\s+${FIRM}(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:(?:[Pp]ara|[Ee]m nome d)[oa]? )?(?:noss[oa]|meu|minha) cliente,?\s+${FIRM}(${NAME})`, 'u'),
  // The possessive after the noun: "para um cliente nosso, a Conservas Atlântida", "un cliente nuestro, Grupo Sierra", "un cliente nostro, la Rossi S.p.A.".
  new RegExp(String.raw`(?<![\p{L}])(?:um|uma|un|una) client[ea] (?:noss[oa]|nuestr[oa]|nostr[oa]|mí[oa]|meu|minha|mi[oa]),\s+(?:(?:a|o|la|el|il|lo|l['’])\s+)?${FIRM}(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:[Pp]er (?:conto (?:del|della|di) )?(?:il |la )?)?(?:nostr[oa]|mi[oa]) cliente,?\s+${FIRM}(${NAME})`, 'u'),
  new RegExp(String.raw`\b(?:[Dd]la|[Ww] imieniu) (?:naszego|mojego) klienta,?\s+${FIRM}(${NAME})`, 'u'),
  // The client in apposition, with its article, in any case: "unser Mandant, die Heller Maschinenbau AG,",
  // "an unseren Mandanten weitergeleitet – die Heller AG" (a dash after the verb), "our client, the Fenwick Group,", "o nosso cliente, a Tejo Seguros,", "il nostro cliente, la Rossi S.p.A."
  new RegExp(String.raw`\b(?:[Uu]nser(?:e[mnrs]?)?|[Mm]ein(?:e[mnrs]?)?|[Oo]ur|[Mm]y|[Nn]otre|[Mm]on|[Mm]a|[Nn]uestr[oa]|[Mm]i|(?:[OoAa] )?[Nn]oss[oa]|[Mm]eu|[Mm]inha|(?:[Ii]l |[Ll]a )?[Nn]ostr[oa]|[Mm]i[oa]|[Oo]nze|[Mm]ijn|[Nn]asz(?:ego)?|[Mm]ój|[Mm]ojego) (?:Mandant(?:in|en)?|Kund(?:e|in|en)|Auftraggeber(?:in|s)?|Klient(?:in|en)?|client|cliente|klant|opdrachtgever|klient(?:a)?)(?:,|\s+\p{Ll}+\s+[–—])\s+(?:(?:die|der|das|den|dem|the|la|le|l['’]|el|a|o|il|de|het)\s+)?${FIRM}(${NAME})`, 'u'),
  // The subsidiary that hires, named as a group's: "Transportes Meireles do Minho, empresa do Grupo Meireles", "Nordflux
  // Services, part of the Nordflux Group", "Valmet Energia, società del gruppo Valmet".
  new RegExp(String.raw`(${NAME})(?:,?\s+(?:S\.A\.?|S\.L\.?|Lda\.?|Ltda\.?|S\.p\.A\.?|S\.r\.l\.?|GmbH|AG|B\.V\.?|N\.V\.?|Ltd\.?|SAS|SARL|[Ss]p\. z o\.o\.))?,\s+(?:(?:a|an|uma?|une?|eine?|una?)\s+)?(?:part of|(?:a )?subsidiary of|member of|empresa d[oa]|sociedade d[oa]|filiale d[eu]|société d[eu]|Tochter(?:gesellschaft|unternehmen)? de[rs]|empresa del|filial de[l]?|società del|parte del|onderdeel van|dochter(?:onderneming|bedrijf)? van|spółka (?:z )?grupy|część grupy)\s+(?:the\s+|o\s+|le\s+|il\s+|el\s+|de\s+|die\s+)?(?:Grup[oa]|Group|Groupe|Gruppe|Gruppo|Grupa|[Gg]roep|${NAME}\s+(?:Group|Groupe|Gruppe|Gruppo|groep))(?![\p{L}])`, 'u'),
  // The subsidiary a group's recruiters hire for, named after "our subsidiary": "für unsere Tochtergesellschaft, die Brandt
  // Logistik AG", "our sister company Harbour Foods", "notre filiale Verlaine Services", "la nostra controllata …".
  new RegExp(String.raw`(?<![\p{L}])(?:[Oo]ur (?:\p{L}+ )?(?:subsidiary|sister company|affiliate)|[Uu]nser(?:e[mnrs]?)? (?:\p{Ll}+ )?(?:Tochter|Schwester)(?:gesellschaft|firma|unternehmen)?|[Nn]otre (?:filiale|société sœur)(?: \p{Ll}+)?|[Nn]uestra (?:filial|empresa hermana|subsidiaria)(?: \p{Ll}+)?|(?:[Aa] )?[Nn]ossa (?:subsidiária|participada|filial|empresa irmã)(?: \p{Ll}+)?|(?:[Ll]a )?[Nn]ostra (?:controllata|consociata|società controllata|affiliata)(?: \p{Ll}+)?|[Oo]nze (?:\p{L}+ )?(?:dochter(?:onderneming|maatschappij|bedrijf)?|zuster(?:bedrijf|onderneming|maatschappij))|[Nn]asz(?:ej|a) (?:\p{Ll}+ )?spół(?:ki|ka|ce) (?:zależnej|zależna|córk[ia]))(?:,|\s[–—-])?\s+(?:(?:the|die|der|das|den|dem|la|le|l['’]|el|a|o|il|de|het)\s+)?${FIRM}(${NAME})`, 'u'),
  // "our client, a fintech in Monterrey called Pago Norte"
  new RegExp(String.raw`\b(?:client|cliente|Kunden?|Mandanten?|klant|opdrachtgever|klienta)\b[^.\n]{0,60}?\b(?:called|named|llamad[ao]|chamad[ao]|nommée?|appelée?|chiamat[ao]|namens|genaamd|o nazwie)\s+(${NAME})`, 'u'),
];
/** The sender says it recruits for others: a name confirmed only by its own domain is the agency's. */
const AGENCY_SENDER = /\b(?:recruit(?:ment|ing) (?:agency|firm|consultan\w*|partner)|staffing (?:agency|firm)|headhunt\w*|executive search|on behalf of|my client|our client|cabinet de recrutement|pour le compte d|notre client|Personalberatung|Personalvermittlung|Personaldienstleister|im Auftrag|unseres? (?:Kunden|Mandanten)|agencia de (?:reclutamiento|selección|empleo)|consultora de|nuestro cliente|agência de|recrutadora|consultoria de|nosso cliente|agenzia per il lavoro|società di selezione|nostro cliente|uitzendbureau|wervingsbureau|recruitmentbureau|namens (?:mijn|onze) (?:opdrachtgever|klant)|agencj\p{L}+ rekrutac\p{L}+|naszego klienta|conduzindo o processo|conduciendo el proceso)\b/iu;
/** A recruiting agency's own name: never the employer it writes for. */
const AGENCY_NAME = /\b(?:Recruit\w*|Staffing|Search|Talent(?!\s+(?:Acquisition|Team|Partner|Management|&|and)\b)|Personalvermittlung|Personalberatung|Personaldienst\w*|Personal-?Service|Werving|Selectie|Headhunt\w*|Consultores|Executive Search|Reclutamiento|Recrutamento|Recrutement|Rekrutac\w*|Recruitment|Selección)\b/i;

const TITLE_WORDS = String.raw`(?:Ressources humaines|Recursos Humanos|Personalabteilung|Personalwesen|Recruit\w*|Talent\w*|Hiring|People|Human Resources|HR|Sourc\w*|Recrut\w*|recrutement|Personal\w*|Personas|Selección|Selecci[óo]n de personal|Responsable|Manager|Director|Directeur|Directora?|Leiter\w*|Lead|Head|Partner|Coordinator|Coordinat\w*|Chargée?|Principal|Producer|Specialist|Officer|Generalist|Assistant|Consultant|Referent\w*|Gerente|Jef[ae]|Analista|Responsabile|Ufficio|Risorse Umane|Werving|Recruiter|Owner|Founder|CEO|CTO|COO)`;
/** The kinds of small business a name opens with: "Café Kiezglück", "Boulangerie Le Fournil", "Clínica Dental Sonrisa". */
const SHOP_KIND = String.raw`(?:Cabinet|Menuiserie|Ébénisterie|Carpintería|Carpinteria|Carpintaria|Falegnameria|Schrijnwerkerij|Timmerwerkplaats|Stolarnia|Café|Cafe|Bäckerei|Konditorei|Metzgerei|Restaurant|Hotel|Gasthaus|Gasthof|Pension|Praxis|Zahnarztpraxis|Kanzlei|Studio|Salon|Boulangerie|Pâtisserie|Brasserie|Garage|Atelier|Trattoria|Pizzeria|Ristorante|Panadería|Pastelería|Cafetería|Clínica|Taller|Peluquería|Farmacia|Librería|Padaria|Pastelaria|Restaurante|Bakkerij|Slagerij|Kapsalon|Tandartspraktijk|Piekarnia|Kawiarnia|Restauracja|Warsztat|Gabinet|Apteka|Bakery|Koffiehuis|Koffiebar|Eetcafé|Lunchroom|Bistro|Bistrot|Bloemisterij|Bloemenwinkel|Fietsenwinkel|Fietsenmakerij|Praktijk|Fysiotherapiepraktijk|Dierenartsenpraktijk|Dierenkliniek|Administratiekantoor|Boekhoudkantoor|Bouwbedrijf|Schildersbedrijf|Hoveniersbedrijf|Webbureau|Reclamebureau|Biuro Rachunkowe|Kancelaria|Kwiaciarnia|Pracownia|Zakład|Przychodnia|Cukiernia|Pensjonat|Florista|Consultório|Mercearia|Blumenladen|Fahrradladen|Tischlerei|Schreinerei|Gärtnerei|Friseursalon|Weingut|Fleuriste|Librairie|Épicerie|Crêperie|Pasticceria|Gelateria|Osteria|Enoteca|Agriturismo|Floristería|Asesoría|Gestoría|Bicicletaria|Bicicletería|Barbearia|Barbería|Cabeleireiro|Livraria|Papelaria|Confeitaria|Sorveteria|Geladaria|Gelataria|Churrascaria|Lanchonete|Pousada|Vinícola|Adega|Escola|Academia|Tienda|Bodega|Escuela|Hostal|Ferretería|Carnicería|Pescadería|Heladería|Óptica|Ótica|Veterinaria|Veterinária|École|Auberge|Boucherie|Poissonnerie|Fromagerie|Quincaillerie|Clinique|Cabinet|Pharmacie|Panificio|Macelleria|Ferramenta|Ottica|Libreria|Cantina|Palestra|Ambulatorio|Clinica|Buchhandlung|Apotheke|Tierarztpraxis|Tierklinik|Weinhandlung|Autohaus|Sprachschule|Fahrschule|Reisebüro|Taalschool|Rijschool|Sklep|Szkoła|Księgarnia|Klinika|Winnica|Gimnasio|Ginásio|Fitnessstudio|Sportschool|Siłownia|Surfschule|Tanzschule|Dansschool|Floricultura|Quinta|Herdade|Tenuta|Cascina|Masseria|Domaine|Château|Finca|Cortijo|Wijngaard|Bauernhof|Hofladen)`;
/**
 * A kind of business alone, with no name: German capitalises every noun, so "wir führen die Schule seit 2009" or
 * "ich leite den Betrieb" has no company in it ("die Bäckerei Brandl" has).
 */
const BARE_KIND = new RegExp(String.raw`^(?:${SHOP_KIND}|Schule|Firma|Betrieb|Familienbetrieb|Laden|Geschäft|Unternehmen|Werkstatt|Büro|Hof|Shop|Store|Business|Company|Empresa|Negocio|Negócio|Loja|Entreprise|Société|Boutique|Azienda|Negozio|Bedrijf|Winkel|Zaak)$`, 'u');
const SHOP_KIND_FIRST = new RegExp(String.raw`^${SHOP_KIND}\s`, 'u');
/** A business named with its kind last, as Portuguese and Brazilian shops and English ones write it ("Ipê Amarelo Floricultura", "Harbour View Bakery"). */
const SHOP_KIND_LAST = new RegExp(String.raw`\s${SHOP_KIND}$`, 'u');
/** A name that says it is a shop's by its kind, first or last ("Café Kiezglück", "Ipê Amarelo Floricultura"). */
const namesAShop = (name: string) => SHOP_KIND_FIRST.test(name) || SHOP_KIND_LAST.test(name);
/** A kind of shop and its name after "in" and an article or "our" ("en el Gimnasio Titán", "in unserer Bäckerei Huber"). */
const AT_OUR_SHOP = new RegExp(String.raw`(?<![\p{L}])(?:[Ee]n|[Ii]n|[Aa]t|[Nn]el|[Nn]ella|[Nn]ello|[Aa]l|[Aa]lla|[Nn]o|[Nn]a|[Bb]ij|[Ii]m|[Cc]hez|[Dd]ans|[Ww]|[Ww]e)\s+(?:(?:el|la|the|il|lo|le|l['’]|o|a|de|het|dem|der|unserem|unserer|nuestro|nuestra|nostro|nostra|our|notre|nosso|nossa|naszym|naszej|onze|ons)\s*)?(${SHOP_KIND}\s+${NAME})`, 'gu');
/** Words that speak for the business: "we", "our", in the nine languages' first person plural. */
const WE_SPEAK = /(?<![\p{L}])(?:we|we['’](?:re|ve)|our|us|somos|llevamos|estamos|tenemos|nuestr[oa]s?|siamo|abbiamo|nostr[oaie]|wir|unser\p{L}*|nous|notre|nos|wij|ons|onze|temos|nosso|nossa|jesteśmy|mamy|nasz\p{L}*)(?![\p{L}])/iu;
const SIGNATURE_COMPANY: RegExp[] = [
  // A shop, practice or kitchen on its own line, by its kind ("Café Kiezglück", "Boulangerie Le Fournil", "Clínica Dental Sonrisa").
  // The name may be quoted and carry a legal form (Polish 'Biuro Rachunkowe "Bilans" s.c.').
  // …its trade in lower case between ("Cabinet de kinésithérapie Moreau & Associés", "Studio di fisioterapia Bianchi").
  new RegExp(String.raw`^[ \t]*((?:${SHOP_KIND})\s+(?:(?:de|del|la|le|du|des|da|do|di|dos|das|van|von)\s+(?:\p{Ll}[\p{L}'’-]+\s+){0,2})?["„“«]?\p{Lu}[\p{L}'’-]*(?:\s+(?:[\p{Lu}&][\p{L}'’-]*|de|del|la|le|du|da|di)){0,3}["”»]?(?:\s+(?:s\.c\.|sp\.j\.|sp\.k\.|sp\. z o\.o\.|Lda\.|B\.V\.|V\.O\.F\.|vof|GmbH|S\.L\.|S\.r\.l\.|SARL))?)(?:\s*[*★☆]{1,5})?(?:\s+[·|–—-]\s+[^\n@]*)?\s*$`, 'mu'),
  // "Talent Lead, Juniper & Vale" / "Recruiting | Kranich Software" / "Chargée de recrutement – Groupe Valmont"
  new RegExp(String.raw`^[^\n@]*(?<!\p{L})${TITLE_WORDS}(?!\p{L})[^\n@|,–—·]*(?:[|,–—·]|\s-\s)\s*(${NAME}${LEGAL_TAIL})\s*(?:[,·|–—-].*)?$`, 'mu'),
  // "Recruiter bij Tidewater Energy", "Talent Partner at …", "Recruiterin bei …", "Recrutadora na …"
  new RegExp(String.raw`^[^\n@]*(?<!\p{L})${TITLE_WORDS}(?!\p{L})[^\n@|,–—·]*?\s(?:at|bij|bei|chez|presso|em|na|en|@)\s+(${NAME}${LEGAL_TAIL})\s*(?:[,·|–—-].*)?$`, 'mu'),
  // "The Tidewater Energy Recruitment Team", "Tidewater Energy Talent Team"
  new RegExp(String.raw`^[ \t]*(?:The\s+|Het\s+|Il\s+|O\s+)?(${NAME})\s+(?:Recruitment|Recruiting|Talent(?: Acquisition)?|HR|People|Hiring|Careers|Recruiting-)\s*Team[ \t]*$`, 'mu'),
  // a title line, then the company alone on the next line
  new RegExp(String.raw`^[^\n@]*(?<!\p{L})${TITLE_WORDS}(?!\p{L})[^\n]*\n(${NAME}${LEGAL_TAIL})\s*(?:[,·|–—-].*)?$`, 'mu'),
];

/** The word before a phone number in a signature, in the nine languages ("Tel.", "Tél.", "Tfno.", "Telemóvel", "Mob"). */
const PHONE_LABEL = String.raw`(?:Tel|Tél|Tele(?:fon|fone|fono|foon)|Tfno|Tlf|Tlm|Telemóvel|Phone|Ph|Mob(?:ile|il)?|Móvil|Cell|Cellulare|Handy|Fon|T)`;
/**
 * A one-line signature: the business (its kind after a dash, "Ponte – Escola de Línguas"), then its street with a
 * number or its phone after a bar ("The Hare & Hound | 41 Phibsborough Rd, Dublin 7 | …", "Thistle Brae Guest House ·
 * Tel. 01632 960 418 · Shore Road").
 */
const PIPED_SIGNATURE_LINE = new RegExp(String.raw`^[ \t]*(${NAME}(?:[ \t]+[–—-][ \t]+${NAME})?)[ \t]+[|·•][ \t]+(?:\d{1,4}[a-z]?\s+\p{Lu}|\p{Lu}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,3}\s+\d{1,4}(?![\d:])|${PHONE_LABEL}\.?:?[ \t]*\+?\(?\d)[^\n]*$`, 'mu');
/**
 * A letterhead line: the business's name, then what it is or its slogan in small letters ("Tándem · estudio de diseño",
 * "Hof & Hoek – koffie en taart sinds 1998"), with its street, postcode or phone on the next line. Not a person with
 * their job ("Giulia Rossi – responsabile del personale"): what follows the name is no job title.
 */
const LETTERHEAD_LINE = new RegExp(String.raw`^[ \t]*(${NAME})(?:\s*[*★☆]{1,5})?[ \t]+[·|–—][ \t]+((?:\p{Ll}|\p{Lu}\p{Ll}+\s+\p{Ll})[^\n@]*)\n[ \t]*[^\n]*(?:\d{4,5}|\+?\d[\d ]{7,})[^\n]*$`, 'mu');

/** A salutation ("Grüezi Frau Fischer", "Dear Ms Lopez", "Beste Lotte"): whom the mail greets, no company. */
const GREETING_LINE = /^(?:Hi|Hello|Hey|Dear|Grüezi|Grüß Gott|Gruss Gott|Servus|Moin|Hallo|Liebe|Lieber|Sehr geehrte[rs]?|Guten (?:Tag|Morgen)|Bonjour|Bonsoir|Chère|Cher|Hola|Estimad[oa]|Buenos días|Buenas tardes|Ciao|Buongiorno|Buonasera|Gentile|Egregi[oa]|Caro|Cara|Beste|Geachte|Goedemiddag|Goedemorgen|Olá|Ola|Bom dia|Boa tarde|Prezad[oa]|Car[oa]|Cześć|Dzień dobry|Szanown[aey]|Witam)(?![\p{L}])/u;
/** A department's name on its own ("Talent Acquisition", "People & Culture", "Recursos Humanos"): whose it is, the mail says elsewhere. */
const DEPARTMENT_ONLY = /^(?:(?:Global |Corporate |Group )?(?:Talent(?: Acquisition)?|Recruiting|Recruitment|Human Resources|HR|People(?: & Culture| and Culture| Operations)?|Careers|Hiring)(?: Team| Department| Partners?| Services)?|Recursos Humanos|RRHH|Risorse Umane|Ressources [Hh]umaines|Personalabteilung|Bewerbermanagement|Bewerbungsmanagement|Personalmanagement|Personalwesen|Karriere(?:-?[Tt]eam)?|Recrutement|Recrutamento|Reclutamiento|Selección|Werving (?:&|en) [Ss]electie|Rekrutacja|Dział (?:HR|Kadr|Rekrutacji)|[ÉE]quipe|Equipa|Equipo|Squadra|Zespół|Team|Reclutamento|Selezione(?: del [Pp]ersonale)?|(?:Ufficio|Oficina|Servicio|Service|Abteilung|Afdeling|Dział|Biuro|Departamento|Department|Serviço|Gabinete)(?: (?:de|del|du|des|di|da|do|dos|für|van|ds\.?|of))?(?: the| la| las| los| les| le)? (?:Reclutamento|Selezione|Personale|Risorse Umane|Recursos Humanos|Selecci[óo]n|Personal|Recrutement|Ressources [Hh]umaines|Personalwesen|Recruiting|Personeelszaken|HR|Kadr|Rekrutacji|Personalny|Recrutamento|Pessoal|Human Resources|Recruitment|Assunzioni))$/u;
/** A date a subject or a sentence writes ("October 6", "6 octobre", "12. März 2027"), never a name. */
const DATE_NAME = new RegExp(String.raw`^(?:\d{1,2}\.?\s+(?:de\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|jänner|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia)(?:,?\s+(?:de\s+)?\d{4})?|(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|jänner|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia)\s+\d{1,2}(?:,?\s+\d{4})?)$`, 'iu');
/** Academic and professional titles before a person's name ("Mag. Thomas Reisinger", "Dipl.-Ing. Eva Huber", "dott.ssa Sara Neri", "mgr inż. Anna Nowak"). */
/** A form of address before a person's name, in the nine languages ("Herr", "Frau", "Mme", "Sig.ra", "Pan", "Dhr.", "Sr."). */
const PERSON_ADDRESSED = /^(?:Herr|Herrn|Frau|Mr|Mrs|Ms|Miss|Mme|Mlle|Monsieur|Madame|Sig(?:\.ra|nora?)?|Sr|Sra|Srta|Señora?|Dona|Pan|Pani|Dhr|Mevr|Mevrouw|Meneer)\.?\s+(?:(?:Dr|Dra|Prof|Mag|Ing|Dott)\.?\s+)*\p{Lu}\p{Ll}/u;
const ACADEMIC_TITLES = /^(?:(?:Mag|MMag|Dr|Dra|Dr\.ª|Drª|DDr|DI|Dipl\.-(?:Ing|Kfm|Kffr|Psych)|Ing|Prof|Mgr|mgr|inż|lic|Lic|dott(?:\.ssa)?|Dott(?:\.ssa)?|Avv|Drs|drs|Ir|ir|Mr|mr|Me|Bc|Eng|Engª?)\.?\s+)+(?=\p{Lu})/u;
/** The German formal "you" and its possessives, capitalised like a name ("an Ihrem Profil", "Ihre Unterlagen"). */
const FORMAL_YOU = /^(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?|Euch|Euer|Eure[mnrs]?)(?!\p{L})/u;
/** The desk a visitor reports to, in the nine languages: "beim Empfang", "bij de receptie", "à l'accueil". */
const FRONT_DESK = /^(?:Empfang|Rezeption|Portier|Pförtner(?:in)?|Pforte|Anmeldung|Sekretariat|Information|Reception|Front Desk|Concierge|Security|Accueil|Réception|Recepción|Conserjería|Portería|Receptie|Balie|Recepção|Portaria|Recepcja|Portiernia|Ochrona|Reception Desk|Lobby)$/iu;
const NOT_A_COMPANY = /^(?:series [a-f]\d?|seed|bedarf|fragen|rückfragen|interesse|verhinderung|verspätung|ankunft|anreise|problemen|unklarheiten|pre-seed|the|a|an|our|your|you|me|us|we|i|this|that|it|zoom|google|google meet|meet|microsoft|microsoft teams|teams|webex|linkedin|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|interview|phone|video|hi|hello|dear|thanks|thank you|best|regards|mr|ms|mrs|dr|alex|la|le|el|les|los|der|die|das|de|nous|wir|vous|sie|kunde|kunden|kundin|mandant|mandanten|mandantin|auftraggeber|auftraggeberin|client|clients|cliente|clientes|klant|opdrachtgever|klient|klienta|stelle|position|rolle|poste|puesto|vaga|posizione|functie|vacature|stanowisko|team|firma|empresa|unternehmen|talent|talents|talento|talentos|careers?|carreiras?|carriere|karriere|recruiting|recruitment|recrutement|recrutamento|reclutamiento|rekrutacja|selezione|selección|hr|rh|rrhh|people|jobs|personal|personalabteilung|human resources|recursos humanos|risorse umane|ressources humaines|werving|vacatures|(?:the )?(?:talent|recruiting|recruitment|hiring|people|hr|careers?) team|team (?:talent|recruitment|recruiting)|採用担当|selezione(?: del)? personale|ufficio(?: del)? personale|gestione risorse umane|dzia[łl] (?:kadr|personalny|hr)|departamento de (?:rrhh|recursos humanos|personas|selecci[óo]n)|afdeling (?:hr|p&o|personeelszaken)|personeelszaken|service(?: du)? recrutement|direction des ressources humaines|departamento de recrutamento|gest[ãa]o de pessoas|você|voce|vocês|voces|usted|ustedes|vous|toi|lei|voi|jij|jou|jullie|ty|wy|du|ihr)$/i;

/** Whether a name is an applicant-tracking system's or job platform's own ("Lever", "SAP SuccessFactors"). */
function isRelayName(name: string): boolean {
  const squashed = squash(name);
  return squashed.length >= 3 && (isRelayDomain(`${squashed}.example`) || /^(?:sap)?successfactors$|^icims$|^jobvite$|^workday$|^indeed$|^linkedin$|^xing$/.test(squashed));
}

/**
 * The names logos carry ("Tidewater Energy Solutions logo", "Logo Kanaalzicht Digital", "Logotipo da Lumen"): in
 * images' alt texts (`alts`), or in the short lines an HTML-only message's text gives them (`lines`).
 */
export function logoNames(alts: readonly string[], lines: readonly string[] = []): string[] {
  const texts = [...alts, ...lines];
  const names: string[] = [];
  for (const text of texts) {
    const m = /^\s*(?:(?:logo|logotipo|logotype)\s+(?:(?:van|de|da|do|di|of|von)\s+)?(.{2,60}?)|(.{2,60}?)\s+(?:logo|Logo|LOGO|logotipo))\s*$/iu.exec(text);
    const name = (m?.[1] ?? m?.[2])?.trim();
    // …never the ATS's or the meeting service's own ("Workday logo", "Zoom logo").
    if (name && !/[@/]|https?:/.test(name) && !isRelayName(name)) names.push(name);
  }
  // No alt says "logo": the first that is only a name ("Fernhill Robotics") is the header's logo, as weak a
  // clue as one that says so; icons, buttons and services are never one.
  if (names.length === 0) {
    const onlyName = (t: string) => LOGO_LIKE.test(t) && !ICON_ALT.test(t) && !isRelayName(t) && !NOT_A_COMPANY.test(t);
    // …or an alt that gives the business and then its trade ("Buchhaltung Hofer – Lohnverrechnung & Bilanzierung"): the name.
    const name = texts.map((t) => t.trim()).find(onlyName) ?? alts.map((t) => t.trim().split(/\s+[–—|·-]\s+/)[0]!).find(onlyName);
    if (name) names.push(name);
  }
  return names;
}
// Two words at least: a one-word alt is a person's photo as often as a brand ("Devon", "Marcus").
const LOGO_LIKE = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|of|de|la|du|der|van|von|\p{Lu}[\p{L}\p{N}&.'’-]*)){1,4}$/u;
const ICON_ALT = /^(?:linked ?in|twitter|x|facebook|instagram|youtube|tiktok|xing|glassdoor|google(?: meet| calendar| play)?|microsoft(?: teams)?|teams|zoom|webex|whereby|calendar|calendly|apple|android|app store|spacer|icon|button|banner|image|img|photo|picture|signature|avatar|profile|map|maps|play|join|reply|yes|no|maybe|phone|email|e-mail|mail|web|website|www|location|pin)$/i;

/** Written as a name: no job title, no brackets, every word capitalised or a name's small word ("Bank of Leeds", "Farmacias Belmonte"). */
function looksLikeAName(name: string): boolean {
  return !isJobTitle(name) && !/[()]/.test(name) && name.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|and|de|del|la|du|des|di|van|der|von|y|e|et)$/i.test(w));
}

/** A pay or a contract's terms in brackets after a title ("12-month FTC, £38–42k", "B2B, 160–190 zł/h", "CDD 6 mois"): never a company. */
const PAY_OR_TERMS = /[£$€¥]|\d\s*(?:k|K|zł|PLN|EUR|CHF|GBP|USD)\b|(?<![\p{L}])(?:FTC|B2B|CDD|CDI|FTE|contract|contrato|contratto|Vertrag|umowa|contrat|salary|rate|netto|brutto|gross|net|p\.?a\.?|per (?:hour|day|annum)|months?|mois|meses|mesi|Monate|miesięcy|maanden|part[- ]time|full[- ]time|temp|perm|interim|freelance|tempo (?:pieno|parziale)|Teilzeit|Vollzeit|deeltijd|voltijd|etat)(?![\p{L}])/iu;

/** A business's kind alone ("Farmácia", "Bäckerei"; also read without its accents): no name. */
const BARE_SHOP_KIND = new RegExp(String.raw`^${SHOP_KIND}$`, 'u');

/** A subject part that names the occasion only: "Entretien", "Entrevista telefónica", "Phone interview", "Zaproszenie na rozmowę". */
const SUBJECT_OCCASION = /^(?:(?:first|second|final|technical|phone|video|telephone)\s+)?(?:interview|entretien|entrevista|entrevue|colloquio|gespräch|vorstellungsgespräch|bewerbungsgespräch|sollicitatiegesprek|gesprek|rozmowa|einladung|uitnodiging|invitation|invito|zaproszenie|convocatoria|convocazione|convite|convocation)(?:\s+[\p{Ll}'’]+){0,3}$/u;

/** A line that is a person's name: a first name, an optional particle, a surname ("Lotte de Vries", "Ana Ribeiro"). */
const PERSON_LINE = /^[ \t>]*(\p{Lu}\p{Ll}+)(?:[ \t]+(?:de|van|der|den|von|da|di|le|la|du|dos|das|del|van der|van den|van de))?[ \t]+\p{Lu}[\p{Ll}'’-]+[ \t]*$/gmu;

/**
 * The lines that end a text with no sign-off: its last run of short lines (at most eight, none a sentence), after a
 * blank line or a sentence. Empty when the text ends with a sentence.
 */
function signatureBlock(text: string): string {
  const lines = text.trimEnd().split('\n');
  let start = lines.length;
  while (start > 0 && lines.length - start < 8) {
    const line = lines[start - 1]!.trim();
    // (A line ending in an abbreviation's dot, "s.r.l." or "Lda.", is no sentence.)
    if (!line || line.length > 60 || /[!?:;]$/u.test(line) || /\p{Ll}{5,}\.$/u.test(line)) break;
    start -= 1;
  }
  return lines.slice(start).join('\n');
}

export function findCompany(subject: string, main: string, signature: string, sender: { name: string | null; address: string } | null, role: string | null, logos: readonly string[] = []): string | null {
  const senderAddress = sender?.address ?? null;
  const senderName = sender?.name ?? null;
  const all = `${subject}\n${main}\n${signature}`;
  // The line under the sign-off ("Pozdrawiam" / "Piotr Nowak") names the person who signs.
  const signer = signature.split('\n').slice(1).map((l) => l.trim().replace(ACADEMIC_TITLES, '')).find(Boolean) ?? null;
  const senderDomain = senderAddress ? domainOf(senderAddress) : '';
  // The first names of the people the mail names on a line of their own ("Lotte de Vries" under "Tot morgen!").
  const firstNames = [...all.matchAll(PERSON_LINE)].filter((m) => !ORGANISATION_WORD.test(m[0]!)).map((m) => m[1]!.toLowerCase());
  // "Camille Roux via Talentis" <notifications@talentis.example>: a display name that says the mail came through a platform
  // its domain spells is that platform's relay, whatever the platform (its domain confirms no employer).
  const relayNamed = senderName ? /\s(?:via|tramite|über|through|przez)\s+(\p{L}[\p{L}\p{N} .-]{1,30}?)"?\s*$/u.exec(senderName)?.[1] : undefined;
  const relayedBy = relayNamed !== undefined && squash(relayNamed) === squash(organisationLabel(senderDomain));
  const domain = isRelayDomain(senderDomain) || relayedBy ? '' : squash(organisationLabel(senderDomain));
  // The domains of addresses the mail writes (the signature's "femke@tidewater-energy.example" under a
  // relay's From) confirm a name as the sender's own domain does.
  const writtenDomains = writtenOrganisations(all);
  // …and so does the tenant a relay's own domain names ("hotelmirantedorio" of "…@hotelmirantedorio.teamtailor-mail…").
  const tenant = isRelayDomain(senderDomain) ? relayTenant(senderDomain) : null;
  if (tenant) writtenDomains.push(squash(tenant));
  // Names are read from the words, never from inside a link or an address ("…/book/NorthmereRecruitment@…").
  const words = all.replace(/https?:\/\/\S+|(?<![\w.+-])[\w.+-]+@[\w.-]+/g, ' ');
  const candidates: { name: string; strong: boolean; line?: boolean; sig?: boolean }[] = [];
  const add = (raw: string | undefined, strong: boolean, line = false, sig = false) => {
    // An Italian sole trader's business names its owner after "di" ("Pizzeria Da Michele di Esposito Michele"): the
    // business is the name before, when the sender's mailbox spells that person.
    const traded = raw?.replace(/\s+di\s+(\p{Lu}\p{L}+\s+\p{Lu}\p{L}+)\s*$/u, (whole, owner: string) => (senderAddress && mailboxSpellsName(senderAddress, owner) ? '' : whole));
    // A name addressed as a person ("Herr Dr. Florian Baumgartner", "Mme Claire Petit", "Pani Anna Nowak") is theirs, no company's.
    if (traded && PERSON_ADDRESSED.test(traded.trim())) return;
    const name = cleanName(traded?.replace(ACADEMIC_TITLES, ''));
    // A sign-off ("Beste Grüße" opening the signature) is nobody's name; an applicant-tracking system's ("Equipe Sólides") is no employer's.
    if (!name || isClosingLine(name) || isRelayName(name) || GREETING_LINE.test(name)) return;
    // A legal form alone ("Lda." of "Atlântico Recrutamento, Lda." cut at its comma) names no one.
    if (LEGAL_FORM.test(name)) return;
    // A German noun of an activity alone ("bei der Abrechnung mithilft", "bei der Einarbeitung") is what is done, not where.
    if (/^\p{Lu}\p{Ll}+(?:ung|heit|keit|tät)$/u.test(name)) return;
    // A work-time share or a contract type after a title ("Product Owner – 80–100%", "… – Teilzeit") is no company,
    // nor the German formal "you" ("Interesse an Ihrem Profil"), nor the desk a visitor reports to ("beim Portier").
    if (!/\p{L}/u.test(name) || CONTRACT_AFTER_TITLE.test(`– ${name}`) || FORMAL_YOU.test(name) || FRONT_DESK.test(name)) return;
    // A job title ("Head of Design" under the signer's name) is nobody's company.
    if (isJobTitle(name) && !ORGANISATION_WORD.test(name) && name.split(/\s+/).length <= 4 && JOB_TITLE_LINE.test(name)) return;
    if (role && name.toLowerCase() === role.toLowerCase()) return;
    // A town alone is where, not who ("… in Garching bei München"), unless the sender's domain spells it; so is a name
    // the mail writes beside a postcode ("Hill Lane, Kidderminster DY10 1PR", "9032 Wondelgem").
    if ((isPlaceName(name) || besidePostcode(all, name)) && !matchesDomain(name, domain)) return;
    // …and an industrial estate or a business park by its name ("ZA du Pont-Rouge", "Polígono Industrial Las Arenas").
    if (ESTATE.exec(name)?.index === 0 && !matchesDomain(name, domain)) return;
    if (role && role.toLowerCase().includes(name.toLowerCase()) && name.length < role.length) return;
    // A person's own name (the sender writing from a personal mailbox, or the one who signs) is no company;
    // a name with an organisation's word ("Van Dijck Groep" <vandijckgroep@myworkday…>) is never a person's.
    // …and so is a name an address the mail writes spells ("Rijnmond Health" <…@myworkday…> over
    // "recruitment@rijnmondhealth.example"): a person's name is no organisation's domain.
    if (ORGANISATION_WORD.test(name) || namesAShop(name) || writtenDomains.some((d) => matchesDomain(name, d))) {
      candidates.push({ name, strong, line, sig });
      return;
    }
    // …with or without the title before it ("Dr Helen Marsh" <h.marsh@…> signs "Helen Marsh" nowhere as a company).
    const person = senderName?.trim().replace(ACADEMIC_TITLES, '').toLowerCase();
    if (senderName && senderAddress && !isRoleMailbox(senderAddress) && !isUnusableReplyAddress(senderAddress) && (name.toLowerCase() === senderName.trim().toLowerCase() || name.toLowerCase() === person) && !matchesDomain(name, domain)) return;
    // …and so is a relay's display name that its mailbox spells ("Femke Jansen" <femke.jansen@mail.recruitee…>).
    if (senderName && senderAddress && name.toLowerCase() === senderName.trim().toLowerCase() && mailboxSpellsName(senderAddress, name)) return;
    if (signer && name.toLowerCase() === signer.toLowerCase() && !matchesDomain(name, domain)) return;
    // …nor their first name alone ("…komt je bericht bij Lotte terecht", signed "Lotte de Vries").
    if (!/\s/.test(name) && firstNames.includes(name.toLowerCase()) && !matchesDomain(name, domain)) return;
    candidates.push({ name, strong, line, sig });
  };
  const jp = JP_COMPANY.exec(all)?.[0];
  if (jp) return trimJapaneseParticles(jp);
  // A labelled line ("Azienda: Ferri & Colombo S.r.l.", "Company: …", "Unternehmen: …"), as job boards and
  // applicant-tracking systems lay a message out: the company as the mail states it.
  // "Klient: TelkoNet Polska S.A., Wrocław": the town after the name is no part of it.
  // "Organisatie: Duinmeer Zorggroep (ouderenzorg, 14 locaties)": what the brackets say describes the company.
  const labelValue = COMPANY_LABEL.exec(main)?.[1]?.replace(/\s*\([^()]*\)\s*$/u, '');
  const town = labelValue ? /,\s*([^,]+)$/u.exec(labelValue) : null;
  const labelled = cleanName(town && (isPlaceName(town[1]!.trim()) || ENDS_IN_LEGAL_FORM.test(labelValue!.slice(0, town.index))) ? labelValue!.slice(0, town.index) : labelValue);
  if (labelled && !isRelayName(labelled) && !NOT_A_COMPANY.test(labelled)) return labelled;
  // "Ferri & Colombo S.r.l. tramite InfoJobs": the company a job board relays (a person's name before
  // "via LinkedIn" is the recruiter's, so only a name with an organisation's word).
  const relayed = senderName ? /^\s*"?(.+?)\s+(?:via|tramite|über|uber|por|par|through|przez|através de|door)\s+\p{L}[\p{L} .-]{1,30}"?\s*$/u.exec(senderName) : null;
  if (relayed && isRelayDomain(senderDomain) && ORGANISATION_WORD.test(relayed[1]!)) add(relayed[1], true);
  // An agency's subject names its client after the title ("Buyer Junior per Dolciaria Ferrandi S.p.A.", "… c/o Cartiere Valbruna").
  const clientAfterTitle = CLIENT_AFTER_TITLE.exec(subject);
  if (clientAfterTitle) add(clientAfterTitle[1] ?? clientAfterTitle[2], true);
  const paren = /\(([^()]{2,60})\)\s*$/.exec(subject)?.[1];
  // …not a team or a line of work the title carries in the body too ("the Reporting Analyst (Claims) role").
  const titlesParen = paren !== undefined && role !== null && `${subject}\n${main}`.includes(`${role} (${paren})`);
  if (paren && !titlesParen && !GENDER_MARKED.test(`(${paren})`) && !/\b(?:m\/w\/d|w\/m\/d|h\/f|f\/h|m\/f\/d|f\/m\/d|[km]\/[km]|req|R-\d|ref|reference|kennziffer|referenz|job id|id|exp|expediente|rif|riferimento|nr|c[óo]d(?:igo)?)\b|\d{3}/i.test(paren) && !PAY_OR_TERMS.test(paren)) add(paren, true);
  for (const pattern of COMPANY_PHRASES_ALL) {
    for (const text of [main, subject]) {
      for (const m of text.matchAll(pattern)) if (!describedAsPerson(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80))) add(m[1], true);
    }
  }
  for (const m of main.matchAll(HERE_AT)) if (SHOP_KIND_FIRST.test(`${m[1]} `) || ORGANISATION_WORD.test(m[1]!)) add(m[1], true);
  // A small employer naming its business in a sentence that speaks for it ("en el Gimnasio Titán llevamos veintidós
  // años", "nella Pasticceria Rossi siamo in tre"): a kind of shop and its name, after "in" and a "we" on its line.
  for (const m of main.matchAll(AT_OUR_SHOP)) {
    const lineEnd = main.indexOf('\n', m.index);
    const line = main.slice(main.lastIndexOf('\n', m.index) + 1, lineEnd < 0 ? main.length : lineEnd);
    if (WE_SPEAK.test(line)) add(m[1], true);
  }
  for (const pattern of SIGNATURE_COMPANY) add(pattern.exec(signature)?.[1] ?? pattern.exec(main)?.[1], false, false, true);
  // A one-line signature: the business, then its street and more after bars ("The Hare & Hound | 41 Phibsborough Rd, Dublin 7 | …").
  const piped = PIPED_SIGNATURE_LINE.exec(signature) ?? PIPED_SIGNATURE_LINE.exec(main.trimEnd().split('\n').slice(-3).join('\n'));
  if (piped && !isJobTitle(piped[1]!)) add(piped[1], false, false, true);
  const letterhead = LETTERHEAD_LINE.exec(signature) ?? LETTERHEAD_LINE.exec(main);
  if (letterhead && !isJobTitle(letterhead[2]!)) add(letterhead[1], false, false, true);
  // A legal footer names the company with its legal form and its registration ("Nordlink Logistyka Sp. z o.o.,
  // ul. …, KRS …", "Ferrovie Levante S.p.A. – P.IVA …", "Kadenza B.V., KvK …"): as strong as a phrase.
  const legal = LEGAL_LINE.exec(`${main}\n${signature}`);
  if (legal && !isRelayName(legal[1]!) && !isRelayName(legal[1]!.split(/\s+/)[0]!)) add(legal[1], true);
  // A logo's alt text: as weak as a signature's company line, confirmed the same way.
  // (Never the sender's own name: "Stefano Ghezzi", a line of its own under the sign-off, reads like a name's line but is the
  // person; a company-named sender the domain spells, "Northwind" <jobs@northwind…>, stays.)
  for (const logo of logos) if (!senderName || squash(logo) !== squash(senderName) || matchesDomain(logo, domain)) add(logo, false, false, true);
  // A signature line that is only a name ("Marlowe Financial"): kept only if something confirms it.
  for (const line of signature.split('\n').slice(0, 8)) {
    if (NAME_LINE.test(line)) add(line.trim(), false, true);
  }
  // With no sign-off to cut it ("Davide" / "Tipografia Lanzoni s.r.l." / "Via …" ending the text), the block of short
  // lines that ends the text is the signature: a line there that can only be an organisation's or a shop's.
  if (!signature.trim()) {
    for (const line of signatureBlock(main).split('\n')) if (NAME_LINE.test(line) && (ORGANISATION_WORD.test(line) || namesAShop(line.trim()))) add(line.trim(), false, true);
  }
  // Subject shapes: "Studio Lumen – prochaine étape", "Interview – Role, Company", "Role – Company"
  // …a legal form after a comma stays with its name ("ENTREVISTA | CORTIÇA AZUL, S.A. | Engenheiro de Processo").
  const parts = subject.split(/\s+[–—|·-]\s+|,\s+(?!(?:S\.A\.|SA|S\.L\.|Lda\.|Ltda\.|S\.p\.A\.|S\.r\.l\.|GmbH|AG|Inc\.|Ltd\.|LLC|B\.V\.|N\.V\.|sp\. z o\.o\.)(?:\s|$))|:\s+/).map((p) => p.trim());
  // …never a place ("Head of Test Automation – Munich – screening call"), unless the sender's domain spells it.
  for (const part of parts) if (!isPlaceName(part) || matchesDomain(part, domain)) add(part, false);
  // A small employer writing from a free-mail address with the business in its display name: "Jeroen de Vries | De Vries
  // ICT" (the part the mailbox does not spell as the person), "Kancelaria Doradcy Podatkowego Ewa Wiśniewska" (a business kind first).
  if (senderName && senderAddress && MAIL_SERVICE.test(domainOf(senderAddress))) {
    const sides = senderName.split(/\s+[|–—·]\s+|\s*\|\s*/u).map((p) => p.trim()).filter(Boolean);
    const person = sides.length === 2 ? sides.findIndex((p) => mailboxSpellsName(senderAddress, p) || p.toLowerCase() === signer?.toLowerCase()) : -1;
    if (person >= 0) add(sides[1 - person], false);
    else if (sides.length === 1 && SHOP_KIND_FIRST.test(senderName)) add(senderName, false);
    // …or its kind last ("Ipê Amarelo Floricultura" signed "Luana"): as a signature's line would name it.
    else if (sides.length === 1 && SHOP_KIND_LAST.test(senderName.trim()) && !mailboxSpellsName(senderAddress, senderName)) add(senderName, false, true);
  }
  // …and its mailbox: a display name it spells in full is the business when it reads as one (three capitalised words or
  // an organisation's word) and someone else signs ("Limpezas Sol Nascente" <limpezas.solnascente@sapo…> signed "Marta
  // Ferreira"; "Jan Kowalski" <jan.kowalski@…> is a person, whoever signs).
  const mailbox = senderAddress && MAIL_SERVICE.test(senderDomain) && !isRoleMailbox(senderAddress) ? squash(senderAddress.split('@')[0] ?? '') : '';
  if (senderName && mailbox.length >= 6 && squash(senderName) === mailbox && (senderName.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 3 || ORGANISATION_WORD.test(senderName)) && signer !== null && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u.test(signer) && !ORGANISATION_WORD.test(signer) && !signer.split(/\s+/).some((w) => mailbox.includes(squash(w)))) {
    writtenDomains.push(mailbox);
    add(senderName, false);
  } else if (senderName && senderAddress && MAIL_SERVICE.test(senderDomain) && signer !== null && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u.test(signer)) {
    // …or one whose name words it spells after a greeting or desk word ("Spoke & Chain Cycles" <hello.spokeandchain@…>
    // signed "Tom"): two of the name's words at least, the name reading as a business, the signer spelled nowhere in it.
    const box = squash((senderAddress.split('@')[0] ?? '').replace(/^(?:hello|hi|info|contact|jobs|team|office|mail|admin|shop|bookings?|ciao|bonjour|hola|hallo|kontakt)[._-]/i, ''));
    const words = senderName.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && squash(w).length >= 3);
    const spelled = words.filter((w) => box.includes(squash(w))).length;
    const business = words.length >= 3 || /\s&\s/.test(senderName) || ORGANISATION_WORD.test(senderName);
    if (box.length >= 6 && spelled >= 2 && business && !signer.split(/[ -]/).some((w) => box.includes(squash(w)) || senderName.includes(w))) {
      writtenDomains.push(box);
      add(senderName, false);
    }
  }
  // The display name of a team mailbox or a relay ("Stonebridge Asset Management Recruiting",
  // "Cajuína Tech | Talentos", "Kranich Logistik Services GmbH" <no-reply@…>) names the company.
  if (senderName && senderAddress && (isRoleMailbox(senderAddress) || isUnusableReplyAddress(senderAddress)) && !/\bvia\b/i.test(senderName)) {
    // …never the applicant-tracking system's own name ("Lever", "Personio" <no-reply@…>).
    for (const part of senderName.split(/\s+[|–—·-]\s+|\s*\|\s*/)) if (!isRelayName(part)) add(part, false);
  }

  // A name the sender's domain spells in full ("Orbis Trans" of orbistrans.example) over its first word ("Orbis").
  // A public body by its full name ("Gemeente Waterveld", the sender's name) over its place alone
  // ("Waterveld", which the domain spells) or its letterhead in capitals.
  const extend = (name: string | null) => {
    const fuller = name ? candidates.find((c) => c.name.startsWith(`${name} `) && domain !== '' && squash(c.name) === domain) : undefined;
    const place = name ? squash(placeOfPublicBody(name)) : '';
    const body = name ? candidates.find((c) => c.name !== name && (PUBLIC_BODY.test(c.name) || COUNCIL_AFTER.test(c.name)) && /\p{Ll}/u.test(c.name) && squash(placeOfPublicBody(c.name)) === place) : undefined;
    // "Le Fournil" of an introduction ("Ici Karim de la boulangerie Le Fournil") is the signature's "Boulangerie Le Fournil".
    const kind = name ? candidates.find((c) => c.name.endsWith(` ${name}`) && SHOP_KIND_FIRST.test(c.name)) : undefined;
    // "Montaraz" of "el campus de Montaraz" is the signature's "Universidad de Montaraz", the domain spelling both.
    const ofPlace = name ? candidates.find((c) => KIND_OF_PLACE.exec(c.name)?.[3] === name && [domain, ...writtenDomains].some((d) => spellsKindAndPlace(c.name, d))) : undefined;
    // "HVNR" (a display name's "Recrutamento HVNR") is the "Hospital de Vila Nova da Ribeira" the mail writes out.
    const spelledOut = name && /^\p{Lu}{2,6}$/u.test(name) ? candidates.find((c) => c.name !== name && initialsOf(c.name) === name.toLowerCase()) : undefined;
    return extendWrapped(body?.name ?? fuller?.name ?? kind?.name ?? ofPlace?.name ?? spelledOut?.name ?? name, candidates, all);
  };
  // …as a whole name: "Tischler" is not repeated by "Tischlerei Thordsen" or "Tischlermeister".
  const counted = new Map<string, number>();
  const occurrences = (name: string) => {
    if (!counted.has(name)) counted.set(name, [...all.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'gu'))].length);
    return counted.get(name)!;
  };
  // …but not the person a job board's relay names ("Daniel Brooks via LinkedIn"): the recruiter, not the company.
  const relayedPerson = relayed && isRelayDomain(senderDomain) && !ORGANISATION_WORD.test(relayed[1]!) ? relayed[1]!.toLowerCase() : null;
  const inSenderName = (name: string) => (senderName ?? '').toLowerCase().includes(name.toLowerCase()) && !relayedPerson?.includes(name.toLowerCase());
  const byDomain = (name: string) => matchesDomain(name, domain) || writtenDomains.some((d) => matchesDomain(name, d));
  /** A candidate that is one of the subject's parts, not a signature's line. */
  const subjectPart = (c: { name: string; line?: boolean; sig?: boolean }) => !c.line && !c.sig && parts.includes(c.name);
  for (const pattern of CLIENT_PHRASES) {
    // "…vaga de Técnico de Compras da Transportes Meireles do Minho, empresa do Grupo…": not the title before the name.
    const inMain = pattern.exec(main);
    // "…il progetto che abbiamo realizzato per il nostro cliente Acquaviva Trasporti": a client in a case study is
    // the employer's own customer, not one an agency recruits for.
    if (inMain && CASE_STUDY.test(lineAround(main, inMain.index))) continue;
    const client = cleanName(withoutLeadingTitle(inMain?.[1] ?? pattern.exec(subject)?.[1], role));
    // …never a person addressed by title ("de la part de Monsieur Pieter Vandenberghe, Directeur … de Brabo Assurances").
    if (client && !AGENCY_NAME.test(client) && !PERSON_ADDRESSED.test(client)) return extend(client);
  }
  // An agency recruiting for one of its clients, the job being to join a named company ("j'accompagne l'un de nos
  // clients… Il s'agit de rejoindre Ateliers Roussel & Cie"): that company, not the agency its domain confirms.
  if (FOR_A_CLIENT.test(main)) {
    const joined = cleanName(JOIN_COMPANY.exec(main)?.[1]);
    if (joined && !AGENCY_NAME.test(joined) && !byDomain(joined) && !isRelayName(joined)) return extend(joined);
  }
  // An agency passing on its client's answer ("I've had feedback from Kestrel Homes", "heard back from …"): the
  // client, when the subject names it too (a person's name would not be there).
  const answered = FEEDBACK_FROM.exec(main)?.[1];
  const client = answered ? cleanName(answered) : null;
  if (client && subject.includes(client) && !AGENCY_NAME.test(client) && !isJobTitle(client)) return extend(client);
  // A staffing agency writing for a confidential client: its own name is not the employer.
  // (Not a client's place: "at our client's water treatment works", where the employer holds its interviews.)
  if (/\b(?:[Mm]y|[Oo]ur) clients?\b(?!['’]s?\s)(?! [A-Z])|\bconfidential (?:client|search)\b|\bsearch confidential\b|\bclient confidentiel\b|\bcliente confidencial\b/.test(main) || UNNAMED_CLIENT.test(main) || OUR_CLIENT_UNNAMED.test(main)) {
    // …and a subject that names an organisation ("Grupo Alcaraván · Controller Financiero Senior (h/m) · Ref. 2381-CF")
    // names the client the body only describes.
    // …or, beside the role and the agency's own name, a part written as a name ("Gerente de Compras – Farmacias Belmonte |
    // Nexo Talento").
    const nameLike = (name: string) => looksLikeAName(name) && !isPlaceName(name) && name.split(/\s+/).length >= 2;
    // …or right beside the role with nothing else to name it ("Maison Verlaine – Responsable Logistique – créneaux",
    // "Interview – Kestrel Paper Mills – Reporting Analyst (12-month FTC, £38–42k)").
    // (…or the part that ends with it: "Lumbrera Seguros – Entrevista para Analista de Riesgos Senior".)
    const rolePart = role === null ? -1 : parts.findIndex((p) => p.toLowerCase() === role.toLowerCase() || p.toLowerCase().startsWith(`${role.toLowerCase()} (`) || p.toLowerCase().endsWith(` ${role.toLowerCase()}`));
    const besideRole = rolePart >= 0 && parts.some((p) => AGENCY_NAME.test(p) || byDomain(p));
    const nextToRole = (name: string) => rolePart >= 0 && (parts[rolePart - 1] === name || parts[rolePart + 1] === name);
    const inSubject =
      candidates.find((c) => subjectPart(c) && ORGANISATION_WORD.test(c.name) && !AGENCY_NAME.test(c.name) && !byDomain(c.name)) ??
      candidates.find((c) => subjectPart(c) && nameLike(c.name) && !AGENCY_NAME.test(c.name) && !byDomain(c.name) && c.name.toLowerCase() !== role?.toLowerCase() && (besideRole || nextToRole(c.name)));
    return candidates.find((c) => c.strong && !byDomain(c.name))?.name ?? inSubject?.name ?? null;
  }
  // "Câmara Municipal de Alvorinha - Recursos Humanos", "Direction des Ressources Humaines - CHU de Saint-Aubin":
  // a sender named as an organisation and its HR department is that organisation.
  // Not a person beside their team ("Olivia Grant - Talent Acquisition"): an organisation's word, a public
  // body, an acronym or the sender's domain says it is one.
  const department = !isRelayDomain(senderDomain) ? organisationBesideDepartment(senderName) : null;
  // …unless it is an agency's, naming its client elsewhere ("Ponte Risorse - Selezione" over "… c/o Cartiere Valbruna").
  const agencyForClient = AGENCY_SENDER.test(all) && candidates.some((c) => c.strong && !byDomain(c.name));
  // "Recursos Humanos - HSH" over "Hospital da Senhora da Hora", which the mail writes: the name the abbreviation stands for.
  const spelled = department && /^\p{Lu}{2,6}$/u.test(department) ? candidates.find((c) => initialsOf(c.name) === department.toLowerCase()) : undefined;
  if (spelled) return extend(spelled.name);
  if (department && !agencyForClient && !AGENCY_NAME.test(department) && (ORGANISATION_WORD.test(department) || PUBLIC_BODY.test(department) || INSTITUTION_WORD.test(department) || /\b\p{Lu}{2,}\b/u.test(department) || byDomain(department))) return extend(department);
  // An agency's own name is not the employer (it stays out whatever confirms it).
  // So is the same name without its agency word: "Harbour & Vale" (the sender's domain) of a signature's
  // "Harbour & Vale Talent".
  const agencyNames = [...candidates.map((c) => c.name), ...signature.split('\n').slice(0, 12).map((l) => l.trim()).filter((l) => l.length <= 60)].filter((n) => AGENCY_NAME.test(n));
  const isAgency = (name: string) => AGENCY_NAME.test(name) || agencyNames.some((a) => a.toLowerCase().startsWith(`${name.toLowerCase()} `));
  const agency = candidates.filter((c) => isAgency(c.name));
  if (agency.length > 0 && agency.length < candidates.length) candidates.splice(0, candidates.length, ...candidates.filter((c) => !isAgency(c.name)));
  const fromAgency = agencyNames.some((a) => byDomain(a) || byDomain(a.replace(AGENCY_NAME, '').trim()));
  // Any name the mail writes that is the sender's domain spelled out ("Theo Marsh (Cinder Cloud)").
  if (domain || writtenDomains.length > 0) {
    // …never an agency's own name again, once another name stands ("Headhunter | Weber Executive Search" of weber-search.example).
    for (const m of words.matchAll(NAMES)) if (byDomain(m[0]) && !(AGENCY_NAME.test(m[0]) && candidates.length > 0)) add(kindBefore(words.slice(0, m.index), m[0], [domain, ...writtenDomains]) ?? m[0], false);
  }
  // A recruiter writing for a company named with a phrase ("vaga … na empresa Solar Norte"): the name its
  // own domain confirms is the agency's.
  if (AGENCY_SENDER.test(all) && candidates.some((c) => c.strong && !byDomain(c.name))) {
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !byDomain(c.name) && (c.strong || !c.line)));
  }
  // An abbreviation the mail spells out once ("SDN (voluit Scheldeland Datanetwerken NV)", "Scheldeland Datanetwerken NV
  // (SDN)"), the abbreviation being the sender's domain: the name spelled out is the company.
  for (const m of words.matchAll(SPELLED_OUT)) {
    const [abbreviation, full] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
    const name = cleanName(full);
    const initials = name ? name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase() : '';
    if (abbreviation && name && domain.startsWith(abbreviation.toLowerCase()) && initials.startsWith(abbreviation.toLowerCase()) && !AGENCY_NAME.test(name) && !isRelayName(name)) return extend(name);
  }
  // A person the mail gives a mailbox of their own ("Host: Lotte de Graaf", "Email lotte.degraaf@havenco…"; a
  // scheduler's subject "Intro call with Lotte de Graaf") is the interviewer, never the employer.
  // (EMAIL_IN_TEXT, then the local part tested: one pattern with "first.last" inside it backtracked quadratically over a
  // long run of "a_a_a…" with no "@".)
  const personal = [...all.matchAll(EMAIL_IN_TEXT)].map((m) => m[0]).filter((address) => /[._]/.test(address.split('@')[0]!));
  if (personal.length > 0) {
    const isPerson = (name: string) => !ORGANISATION_WORD.test(name) && !byDomain(name) && personal.some((address) => mailboxSpellsName(address, name));
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !isPerson(c.name)));
  }
  const validated =
    candidates.find((c) => c.strong && byDomain(c.name)) ??
    candidates.find((c) => c.strong && (occurrences(c.name) >= 2 || inSenderName(c.name))) ??
    candidates.find((c) => !c.line && byDomain(c.name) && occurrences(c.name) >= 2);
  if (validated) return extend(validated.name);
  // Mail from a platform's no-reply address has no domain to confirm a name: a subject part the body
  // repeats is the company ("Interview confirmation – Quartz Health" / "time with Quartz Health").
  // So has an agency's mail about its client ("Tidewater Freight – Head of Customs – interview slots" /
  // "Tidewater Freight would like to meet you").
  if ((!domain || fromAgency) && !candidates.some((c) => c.strong)) {
    const repeated = candidates.find((c) => !c.line && subject.includes(c.name) && main.includes(c.name) && looksLikeAName(c.name));
    if (repeated) return extend(repeated.name);
    // An applicant-tracking system's subject "<Company> · <Role>: …" (Teamtailor, Recruitee): the name beside
    // the role, when the mail names no company anywhere else.
    const beside = role && isRelayDomain(senderDomain) ? parts.findIndex((p) => p.toLowerCase() === role.toLowerCase()) : -1;
    const paired = beside >= 0 ? candidates.find((c) => !c.line && (c.name === parts[beside - 1] || c.name === parts[beside + 1]) && looksLikeAName(c.name)) : undefined;
    if (paired && candidates.every((c) => c.line || c === paired || !subject.includes(c.name))) return extend(paired.name);
    // "Telefoninterview | Brückner Antriebstechnik GmbH" from a relay: a subject part that names an organisation is the company.
    const organisation = candidates.filter((c) => subjectPart(c) && ORGANISATION_WORD.test(c.name) && looksLikeAName(c.name));
    if (organisation.length === 1) return extend(organisation[0]!.name);
  }
  // A subject part with a legal form ("Einladung – Ref. AT-2027-0142 – Murtaler Präzisionstechnik GmbH") names the
  // company over a team mailbox's display name, which may be the person who signs ("Elisabeth Pichler" <bewerbung@…>).
  const legalInSubject = candidates.filter((c) => subjectPart(c) && ENDS_IN_LEGAL_FORM.test(c.name) && !AGENCY_NAME.test(c.name));
  if (legalInSubject.length === 1 && !candidates.some((c) => c !== legalInSubject[0] && byDomain(c.name))) return extend(legalInSubject[0]!.name);
  // A name that is only a line of the signature could be a person's: only the sender's domain confirms it.
  const confirms = (c: { name: string; line?: boolean }) => byDomain(c.name) || (!c.line && inSenderName(c.name));
  const weakValidated = candidates.find((c) => occurrences(c.name) >= 2 && (confirms(c) || c.strong));
  if (weakValidated) return extend(weakValidated.name);
  // The name as the domain spells it ("Mleczarnia „Mazowsze”" of mleczarnia-mazowsze) over the running text's inflected
  // form of it (Polish "w Mleczarni „Mazowsze”").
  const confirmedFirst = candidates.find((c) => !c.strong && confirms(c));
  const uninflected = confirmedFirst && domain !== '' ? candidates.find((c) => !c.strong && confirms(c) && squash(c.name) === domain && inflectionOf(confirmedFirst.name, c.name)) : undefined;
  const confirmed = uninflected ?? confirmedFirst;
  if (confirmed) return extend(confirmed.name);
  // Last, a company a recruiter's signature names after their title ("Recruiter | Kanaalzicht Digital",
  // "Talent Partner" over "Tidewater Energy Solutions | Rotterdam"): ATS mail often names it nowhere else.
  // …or a signature line that can only be an organisation's ("Universidad de Valdeserra" under its HR unit's lines).
  // …or a signature line two of whose words a free-mail mailbox spells, and no person ("The Blue Kettle Café" of bluekettlebray@gmail…).
  const byMailbox = mailbox.length >= 6 ? candidates.find((c) => c.line && c.name.split(/\s+/).filter((w) => !ARTICLE.test(w) && squash(w).length >= 3 && mailbox.includes(squash(w))).length >= 2 && !mailboxSpellsName(senderAddress!, c.name) && !isAgency(c.name)) : undefined;
  // An invitation's subject that is only the occasion, the title and one name ("Entretien – Responsable qualité –
  // Dorvalis", "Entrevista telefónica – Distribuciones Levante"): that name, unless a person's (the sender, the
  // greeting's, one the mail names on a line of their own).
  const occasion = (p: string) => SUBJECT_OCCASION.test(p.charAt(0).toLowerCase() + p.slice(1));
  const others = parts.filter((p) => !occasion(p) && p.toLowerCase() !== role?.toLowerCase());
  const greeting = main.trimStart().split('\n')[0] ?? '';
  const named = parts.length <= 3 && parts.some(occasion) && others.length === 1 ? others[0]! : null;
  const aPersonsName = (name: string) => inSenderName(name) || (senderAddress !== null && mailboxSpellsName(senderAddress, name)) || name.split(/\s+/).some((w) => greeting.includes(w) || firstNames.includes(w.toLowerCase()));
  const subjectNamed = named && looksLikeAName(named) && !BARE_SHOP_KIND.test(named) && !BARE_SHOP_KIND.test(named.normalize('NFD').replace(/\p{M}/gu, '')) && !isPlaceName(named) && !isAgency(named) && !aPersonsName(named) ? candidates.find((c) => c.name === named) : undefined;
  const last = candidates.find((c) => c.strong) ?? subjectNamed ?? candidates.find((c) => c.sig && !AGENCY_NAME.test(c.name)) ?? candidates.find((c) => c.line && (ORGANISATION_WORD.test(c.name) || namesAShop(c.name)) && !AGENCY_NAME.test(c.name) && !isAgency(c.name)) ?? byMailbox;
  return last ? extend(last.name) : null;
}

/**
 * Mail from an applicant-tracking system that names the company nowhere but in the careers site it links to, on the
 * system's own domain ("la nostra pagina carriere: https://verbena.teamtailor.example"): the site's tenant as a name,
 * "Verbena" of verbena.teamtailor…, "North Star" of north-star.jobs.personio….
 */
export function careersTenant(text: string): string | null {
  for (const m of text.matchAll(/https?:\/\/([\w.-]+)/g)) {
    const host = m[1]!.toLowerCase();
    const tenant = isRelayDomain(host) ? relayTenant(host) : null;
    if (tenant && !/^(?:boards|job-boards|api|links?|click|track|go|url|t|e|cdn|static|assets|images?|img|calendar|meetings?|schedul\w*|app\d*|portal|login|sso|auth|noreply|no-reply|support|help)$/.test(tenant) && /^[a-z][a-z-]{2,30}$/.test(tenant)) {
      return tenant.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    }
  }
  return null;
}

/** A name without the title a phrase took with it: "Transportes Meireles" of "Técnico de Compras da Transportes Meireles". */
function withoutLeadingTitle(name: string | undefined, role: string | null): string | undefined {
  if (!name || !role) return name;
  const lead = new RegExp(String.raw`^${escapeRegExp(role)}\s+(?:da|do|de|del|della|of|der|des|du|at|bei|chez|presso|en|na|w)\s+(?=\p{Lu})`, 'iu').exec(name);
  return lead ? name.slice(lead[0].length) : name;
}

/** Whether two names differ only in their first word's ending: "Mleczarni „Mazowsze”" and "Mleczarnia „Mazowsze”". */
function inflectionOf(a: string, b: string): boolean {
  const [first, ...rest] = a.split(/\s+/);
  const [other, ...otherRest] = b.split(/\s+/);
  if (!first || !other || first === other || rest.join(' ') !== otherRest.join(' ')) return false;
  const stem = Math.max(first.length, other.length) - 2;
  return stem >= 4 && first.slice(0, stem) === other.slice(0, stem);
}

/** The initials of a name's capitalised words: "hsh" of "Hospital da Senhora da Hora". */
/** The word linking a body's kind to its place ("CHU de …", "University of …", "Universität zu …"). */
const PLACE_LINK = 'de|du|des|di|del|della|of|van|von|zu|da|do';
/** A kind (one to four words, the first capitalised) and the linking word, at the end of the text before a place. */
const KIND_THEN_LINK = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,3})[ \t]+(${PLACE_LINK})[ \t]+$`, 'u');

/**
 * A body named after its place, the kind before the place ("CHU de Saint-Aurèle", "Centre hospitalier universitaire de
 * Saint-Aurèle", "Universidad de Valdeserra"), its domain spelling both (chu-saint-aurele…, universidadvaldeserra…):
 * the whole name, where the place alone was read. One to four words before the linking word, the first capitalised,
 * spelled out or by their initials.
 */
function kindBefore(before: string, place: string, domains: readonly string[]): string | null {
  const link = KIND_THEN_LINK.exec(before.slice(-80));
  if (!link) return null;
  const words = link[1]!.split(/[ \t]+/u);
  for (let k = 1; k <= words.length; k += 1) {
    const name = `${words.slice(-k).join(' ')} ${link[2]} ${place}`;
    if (domains.some((d) => spellsKindAndPlace(name, d))) return name;
  }
  return null;
}

/** A postcode of the countries the mail comes from: "DY10 1PR", "3511 GC", "9032", "00-838", "1000-001", "75020". */
const POSTCODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4,5})`;

/** The British and Dutch postcodes, which hold letters (a bare number after a name may be a street's). */
const POSTCODE_WITH_LETTERS = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\d{4}\s?[A-Z]{2})`;

/** Whether the mail writes `name` as a postal town: right after a postcode or right before one. */
function besidePostcode(all: string, name: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(name)) return false;
  const escaped = escapeRegExp(name);
  // (After the name, only a postcode with letters: a bare number there is a street's, "Halvorsen Industries\n4900 …".)
  return new RegExp(String.raw`(?<![\p{L}\d])${POSTCODE}\s+${escaped}(?![\p{L}])|(?<![\p{L}])${escaped},?\s+${POSTCODE_WITH_LETTERS}(?![\p{L}\d])`, 'u').test(all);
}

/** A kind of body, a linking word and a place ("CHU de Saint-Aurèle"): the kind is 1 to 4 words, the first capitalised. */
const KIND_OF_PLACE = new RegExp(String.raw`^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})\s+(${PLACE_LINK})\s+(\p{Lu}.*)$`, 'u');

/**
 * Whether a domain is a body's kind and its place, the kind in full or by its initials ("CHU de Saint-Aurèle" and
 * "Centre hospitalier universitaire de Saint-Aurèle" of chu-saint-aurele…, "Universidad de Montaraz" of
 * universidadmontaraz…): the whole domain, nothing more (any longer name holding the domain is no such name).
 */
function spellsKindAndPlace(name: string, domain: string): boolean {
  const kinded = KIND_OF_PLACE.exec(name);
  if (!kinded || domain.length === 0) return false;
  const kind = kinded[1]!.split(/\s+/u);
  return [squash(kind.join('')), kind.map((w) => squash(w).charAt(0)).join('')].some((start) => domain === start + squash(kinded[3]!));
}

function initialsOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
}

/** Whether `name` holds `part` as whole words ("Tessiture Arnaboldi S.p.A." holds "Arnaboldi"). */
export function containsWord(name: string, part: string): boolean {
  const at = name.toLowerCase().indexOf(part.toLowerCase());
  if (at < 0) return false;
  const [before, after] = [name[at - 1] ?? ' ', name[at + part.length] ?? ' '];
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/**
 * What follows a name that describes a person by their job: "with Owen Park, our Director of Analytics",
 * "with Marisol Vega (Analytics Lead)", "con Ana Ruiz, nuestra responsable de datos". A company is
 * described so only as a client or a partner ("with Brightwater Labs, our client"), which holds no job title.
 */
function describedAsPerson(after: string): boolean {
  const apposition = /^\s*(?:,\s*(?:(?:our|the|their|my|your|a|an|notre|nos|votre|la|le|unser\p{L}*|ihr\p{L}*|die|der|nuestr\p{L}*|su|el|nostr\p{L}*|il|onze|de|nosso|nossa|o|nasz\p{L}*)\s+)?|\s*\(\s*)([^\n,.()]{2,60})/u.exec(after);
  return apposition !== null && isJobTitle(apposition[1]!);
}

/** Words only an organisation's name holds, in the nine languages: a name with one is no person's. */
const ORGANISATION_WORD = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+(?:praxis|klinik|kanzlei|apotheke)|Group|Groep|Groupe|Gruppe|Grupo|Gruppo|Grupa|Holding|GmbH|AG|KG|SE|OHG|GbR|UG|e\.K\.|B\.?V\.?|N\.?V\.?|Ltd\.?|LLC|LLP|Inc\.?|plc|S\.?A\.?S?|SARL|S[àa]rl|S\.?L\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|s\.r\.l\.|s\.p\.a\.|srl|snc|S\.?n\.?c\.?|Lda\.?|Ltda\.?|sp\. z o\.o\.|Labs?|Systems|Solutions|Consulting|Technologies|Software|Logisti[ck]s?|Logística|Bank|Banque|Banco|Versicherung(?:en)?|Verzekeringen|Seguros|Assurances?|Assicurazioni|Energie|Energy|Energia|Services|Media|Studios?|Partners|Capital|Industries|Maschinenbau|Werke|Stiftung|Foundation|Fundación|Fondation|Universi[td]\p{L}*|Uniwersytet\p{L}*|Hospital|Klinik\p{L}*|Kliniek|Cl[íi]nica|Clinique|Clinic|Praxis|Advocacia|Advogados|Abogados|Avocats|Avvocati|Rechtsanw[äa]lte|Kanzlei|Advocaten|Kancelaria|Solicitors|Attorneys|Contabilidade|Contadores)(?![\p{L}])/u;

/** A line that is a job title and nothing else: "Head of Design", "Talent Partner", "Senior Recruiter". */
const JOB_TITLE_LINE = /^(?:(?:Senior|Junior|Lead|Chief|Principal|Global|Regional|Deputy|Assistant|Associate|Interim)\s+)?(?:Head of\s+\p{L}+(?:\s+\p{L}+)?|\p{L}+\s+(?:Manager|Director|Lead|Partner|Recruiter|Officer|Specialist|Coordinator|Consultant|Advisor|Adviser)|Recruiter|Talent Partner|HR Business Partner|CEO|CTO|CFO|COO|Founder|Co-?founder)$/u;

/** An abbreviation and its name spelled out, either way round: "SDN (voluit Scheldeland Datanetwerken NV)", "Scheldeland Datanetwerken NV (SDN)". */
const SPELLED_OUT = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}{2,6})\s*\(\s*(?:voluit|ausgeschrieben|kurz für|short for|full name|i\.\s?e\.|soit|cioè|o sea|ou seja|czyli|pełna nazwa|por extenso)?[:,]?\s*(${NAME})\s*\)|(${NAME})\s*\(\s*(\p{Lu}{2,6})\s*\)`, 'gu');
/** A name that ends in a legal form ("… GmbH", "… S.p.A.", "… sp. z o.o.", "… Lda."). */
export const ENDS_IN_LEGAL_FORM = /\s(?:GmbH|AG|KG|SE|Ltd\.?|Limited|Inc\.?|LLC|plc|B\.V\.|BV|N\.V\.|NV|S\.A\.|SA|S\.L\.U?\.?|SAS|SARL|Sàrl|S\.p\.A\.|SpA|S\.r\.l\.|Srl|Lda\.?|Ltda\.?|sp\. z o\.o\.|S\.A\. de C\.V\.|A\/S|AB|Oy)$/u;
/** A legal form alone: a name's word that is one, or a name that is nothing else ("Lda." of a name cut at its comma). */
const LEGAL_FORM = /^(?:GmbH|AG|SE|KG|OHG|GbR|UG|e\.K\.|S\.?n\.?c\.?|S\.?a\.?s\.?|S[àa]rl|S\.?p\.?A\.?|S\.?r\.?l\.?|S\.?A\.?S?|S\.?L\.?|LLP|LLC|Inc\.?|Ltd\.?|plc|B\.?V\.?|N\.?V\.?|SARL|SAS|Lda\.?|Ltda\.?|sp\. z o\.o\.)$/i;

/** "Blue Heron Credit" cut by a line break in one place, "Blue Heron Credit Union" in another. */
function extendWrapped(name: string | null, candidates: { name: string }[], all: string): string | null {
  if (!name) return null;
  // The running text's short name ("Kennenlernen bei Tabula") of the legal footer's full one ("Tabula Software
  // GmbH · Torstraße 88 …"), or a word of it ("Arnaboldi", the sender's, of "Tessiture Arnaboldi S.p.A."): the
  // full name, without its legal form.
  const legal = LEGAL_LINE.exec(all)?.[1]?.trim();
  if (legal && legal !== name && containsWord(legal, name)) {
    const full = cleanName(legal.replace(/\s*,?\s+\S+$/u, '').replace(/\s+Sp\. z$/iu, '').trim()) ?? '';
    // …but a brand of two words or more that ends the legal name and signs the mail on a line of its own ("Ruta
    // Fresca" over the footer's "Distribuciones Mediterráneas Ruta Fresca S.L.") is the name the mail goes by.
    const brand = () => name.split(/\s+/).length >= 2 && full.endsWith(` ${name}`) && new RegExp(String.raw`^[ \t]*${escapeRegExp(name)}[ \t]*$`, 'mu').test(all);
    if (full.length > name.length && !brand()) return full;
  }
  const longer = candidates
    .map((c) => c.name)
    .filter((c) => c.startsWith(`${name} `) && all.includes(`${name}\n${c.slice(name.length + 1).split(' ')[0]}`))
    .filter((c) => !c.slice(name.length + 1).split(' ').some((w) => LEGAL_FORM.test(w)))
    .sort((a, b) => b.length - a.length)[0];
  return longer ?? name;
}

/** Mail services: an address there is a person's, not a company's. */
const MAIL_SERVICE = /(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|pm|gmx|web|aol|mail|zoho|yandex|wp|onet|interia|o2|libero|virgilio|ziggo|kpn|hetnet|planet|telenet|orange|free|laposte|sapo|uol|bol|terra|qq|163|naver|example)\.[a-z.]+$/i;

/**
 * The label of a domain that names the organisation: the one before the public suffix, and before a
 * second-level one where a country has them ("eastmoor" of eastmoor.ac.uk, "fazenda" of
 * fazenda.com.br, not "ac" or "com").
 */
const SECOND_LEVEL = /^(?:ac|co|com|org|net|gov|edu|nhs|police|mod|sch|or|ne|go|gv|gob|gouv|govt|nic|ltd|plc|me)$/;
export function organisationLabel(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  if (labels.length >= 3 && SECOND_LEVEL.test(labels.at(-2)!)) return labels.at(-3)!;
  return labels.at(-2) ?? '';
}

/** Whether a mailbox's local part spells a person's first and last name ("femke.jansen", "fjansen" for "Femke Jansen"). */
export function mailboxSpellsName(address: string, name: string): boolean {
  const local = squash(address.split('@')[0] ?? '');
  const words = name.split(/\s+/).map(squash).filter((w) => w.length >= 2);
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1]!;
  return local.includes(last) && (local.includes(words[0]!) || local.startsWith(words[0]![0]!));
}

/**
 * The organisations the addresses a text writes belong to, squashed ("tidewaterenergy" of the signature's
 * "femke@tidewater-energy.example"); never a relay's or a mail service's. Each address is tried from the start of its
 * run only (the lookbehind): tried from every letter of a long run with no "@", the pattern rescanned the rest of the
 * run each time (100,000 letters took 40 s).
 */
function writtenOrganisations(text: string): string[] {
  return [...text.matchAll(/(?<![\w.+-])[\w.+-]+@((?:[\w-]+\.)+[\w-]+)/g)]
    .map((m) => m[1]!)
    .filter((d) => !isRelayDomain(d) && !MAIL_SERVICE.test(d))
    .map((d) => squash(organisationLabel(d)));
}

/**
 * A company the owner's note names where the invitation does not ("Had a proper look at Harlow Freight" above a
 * Workday no-reply `harlowfreight@myworkday…` whose text says "Talent Acquisition"): a name in the note that a domain
 * the mail writes spells exactly (the sender's, a relay's tenant or its mailbox, an address in the text).
 */
export function companyInNote(note: string | null, senderAddress: string | null, text: string): string | null {
  if (!note) return null;
  const labels = new Set<string>();
  const domain = senderAddress ? domainOf(senderAddress) : '';
  if (domain && !isRelayDomain(domain) && !MAIL_SERVICE.test(domain)) labels.add(squash(organisationLabel(domain)));
  if (domain && isRelayDomain(domain)) {
    const tenant = relayTenant(domain);
    if (tenant) labels.add(squash(tenant));
    // Workday writes from the tenant's own mailbox ("harlowfreight@myworkday…"); a no-reply mailbox names nobody.
    if (!isNoReplyAddress(senderAddress!) && !isRoleMailbox(senderAddress!)) labels.add(squash(senderAddress!.split('@')[0] ?? ''));
  }
  for (const label of writtenOrganisations(text)) labels.add(label);
  const known = [...labels].filter((label) => label.length >= 4);
  if (known.length === 0) return null;
  for (const m of note.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}&'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}&'’-]*){0,3}/gu)) {
    const words = m[0].split(/[ \t]+/);
    for (let from = 0; from < words.length; from += 1) {
      for (let to = words.length; to > from; to -= 1) {
        const name = words.slice(from, to).join(' ');
        if (known.includes(squash(name))) return name;
      }
    }
  }
  return null;
}

/** Whether a name is the sender's (non-relay) domain written out: "Saltmarsh Games" and saltmarshgames. */
export function matchesSenderDomain(name: string, senderAddress: string | null): boolean {
  const senderDomain = senderAddress ? domainOf(senderAddress) : '';
  if (!senderDomain || isRelayDomain(senderDomain)) return false;
  return matchesDomain(name, squash(organisationLabel(senderDomain)));
}

/**
 * The kind of public body before a place's name, in the nine languages: a town hall, a municipality, a
 * county or a region ("Gemeente Waterveld", "Ayuntamiento de Valdemora", "Commune de Hautrive", "Câmara
 * Municipal de Vale Formoso", "Urząd Miasta Łodzi", "City of Halden"). Its domain spells the place only.
 */
const PUBLIC_BODY = /^(?:Gemeente|Stad|Provincie|Stadt|Gemeinde|Marktgemeinde|Landeshauptstadt|Landkreis|Kreis|Commune|Ville|Mairie|Ayuntamiento|Concello|Ajuntament|Diputaci[óo]n(?: Provincial)?|Junta|C[âa]mara Municipal|Munic[ií]pio|Municipio|Prefeitura(?: Municipal)?|Comune|Citt[àa]|Provincia|Regione|Urz[ąa]d (?:Miasta|Gminy|Marsza[łl]kowski(?: Województwa)?)|Gmina|Miasto|Starostwo Powiatowe|City|Town|County|Borough|Province)(?:\s+(?:de la|de|di|d['’]|del|della|da|do|of|van|von|der|la|le|du))?\s+(?=\p{Lu})/iu;

/** A council named after its place, the kind last, as English writes it ("Eastbrook District Council", "Leeds City Council"). */
const COUNCIL_AFTER = /(?<=\p{L})\s+(?:(?:District|Borough|County|City|Town|Parish|Metropolitan Borough|Metropolitan District|Unitary)\s+)?Council$/u;

/** The place a public body's name names ("Waterveld" of "Gemeente Waterveld", "Eastbrook" of "Eastbrook District Council"); any other name as it is. */
export function placeOfPublicBody(name: string): string {
  return name.replace(PUBLIC_BODY, '').replace(COUNCIL_AFTER, '');
}

function matchesDomain(name: string, domain: string): boolean {
  const place = placeOfPublicBody(name);
  if (place !== name && matchesDomain(place, domain)) return true;
  if (spellsKindAndPlace(name, domain)) return true;
  const squashed = squash(name);
  // …its first word after an article ("The Blue Kettle Café" of bluekettle…).
  const first = squash(name.split(/\s+/).find((w, i, all) => i === all.length - 1 || !ARTICLE.test(w)) ?? '');
  // "Zielony Bank" and zielonabank: a first word inflected in the domain shares all but its ending.
  const stem = first.length >= 7 ? first.slice(0, first.length - 1) : first;
  // A short word inside the domain is no sign ("Link" in nordlink): a name inside it has five letters or more.
  return domain.length >= 4 && squashed.length >= 3 && (domain.startsWith(squashed) || (domain.includes(squashed) && squashed.length >= 5) || squashed.includes(domain) || (first.length >= 4 && domain.startsWith(first)) || (stem.length >= 6 && domain.startsWith(stem)));
}

const ARTICLE = /^(?:the|le|la|les|l['’]|el|los|las|il|lo|gli|i|de|het|die|der|das|o|os|a|as)$/i;

function squash(text: string): string {
  return text.replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[œŒ]/g, 'oe').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function cleanName(raw: string | undefined): string | null {
  if (!raw) return null;
  // A hotel's stars after its name ("Hotel Mirante do Rio ****", "★★★★") are no part of it.
  // ("GmbH & Co. KG": the dot of "& Co." before its partnership's form ends nothing.)
  // ("Taller Mecánico Hnos. Ferraro", "Gebr. Janssen", "St. Mary's Hospice": the dot of an abbreviation inside a name ends nothing.)
  let name = raw.split(/(?<!& ?Co|(?<![\p{L}])(?:Hnos|Hno|Cía|Cia|Bros|Gebr|St|Ste|Dr|Mt))[.!?;:](?:\s|$)|(?<=& ?Co)\.(?!\s*(?:KG|KGaA|OHG)(?![\p{L}]))(?:\s|$)|\n/u)[0]!.trim().replace(/\s+(?:\*{2,5}|[★☆]{1,5})$/u, '');
  // "Acme Co.", "De Zwaan Dranken B.V.", "Navigli Energia S.p.A.": the dot belongs to the legal form.
  if (/(?:\b(?:Co|Inc|Ltd|Corp|Bros|Pvt|Ltda|Lda)|\.\p{L}{1,3})$/u.test(name) && raw.startsWith(`${name}.`)) name = `${name}.`;
  // …a closing quote goes, unless the name opened it („Mazowsze”).
  name = name.replace(/[,’'“”"»]+$/, (tail) => (/[„“«]/.test(name.slice(0, -tail.length)) ? tail.replace(/,+$/, '') : '')).trim();
  if (!/(?:\b(?:Co|Inc|Ltd|Corp|Bros|Pvt|Ltda|Lda)|\.\p{L}{1,3})\.$/u.test(name)) name = name.replace(/\.+$/, '');
  name = name.replace(/\s+(?:&|and|de|del|la|des|du|di|of|von|van|der|y|e|et)$/i, '').trim();
  // "Orbis Trans Sp. z o.o." cut at its first dot: the Polish legal form goes.
  name = name.replace(/\s+[Ss]p(?:ółka)?\.?(?:\s*z\s*o\.?\s*o\.?)?$/u, '').trim();
  // "Recruitment Meerburg Transport", "HR Vandijk Bouw" (a signature's team line): the department before the company's name
  // of two words or more goes ("HR Path" alone stays a name).
  name = name.replace(/^(?:HR|Human Resources|Recruitment|Recruiting|Talent Acquisition|Werving(?: (?:&|en) [Ss]electie)?|Recrutement|Ressources Humaines|Personalabteilung|Recursos Humanos|Risorse Umane|Rekrutacja)\s+(?=\p{Lu}[\p{L}&'’-]*\s+\p{Lu})/u, '');
  // "Acme HR", "Glasswing Health Talent Acquisition": a department of the company, not its name.
  name = name.replace(/\s+(?:HR|Human Resources|Recruiting(?: Team| Department)?|Talent(?: Acquisition)?(?: Team)?|Careers|People(?: Team| & Culture)?|Hiring Team|Recruitment(?: Team)?|Recrutement|RRHH|Recursos Humanos|Personalabteilung|Recruiting-Team|Rekrutacja|Recrutamento|Talentos|Vagas|Carreiras|Carrières|Carriere|Kariera|Vacatures|Jobs|Karriere|Werving(?: (?:&|en) [Ss]electie)?)$/, '').trim();
  // "HR Navigli Energia", "Risorse Umane – Tejo Seguros", "Recursos Humanos de Grupo Alba", "Talento de Grupo Almenara": the department before the company's name.
  // "Ihr Recruiting-Team der Isarwerk Versicherung", "Your HR team at Acme": the sign-off's team before the company's name.
  name = name.replace(/^(?:Ihr|Dein|Euer|Your|Votre|Ton|Tu|Su|Il tuo|Il vostro|Uw|Je|Twój|Wasz|O seu|Seu|A sua|Sua)\s+(?=(?:HR|Recruiting|Personal|People|Talent|Recrutement|Selezione|Recruitment)[- ]?[Tt]eam)/u, '').replace(/^(?:HR|Recruiting|Personal|People|Talent|Recruitment)[- ]?[Tt]eam\s+(?:der|des|von|bei|at|of|de|di|van|from)\s+(?=\p{Lu})/u, '');
  name = name.replace(/^(?:HR|Human Resources|RH|RRHH|Gente (?:&|e|y) (?:Cultura|Gestão)|Pessoas (?:&|e) Cultura|Gestão de Pessoas|Personas y Cultura|People (?:&|and) Culture|Talent (?:&|and) Culture|Ressources [Hh]umaines|Recursos Humanos|Risorse Umane|Personalabteilung|Talent Acquisition|Recruiting|Recrutamento|Recrutement|Reclutamiento|Selezione del personale|Ufficio (?:Risorse Umane|Personale|HR)|Rekrutacja|Dział (?:HR|Kadr|Rekrutacji)|Kadry|Werving(?: (?:&|en) [Ss]electie)?|[ÉE]quipe|Equipa|Equipo|Vagas|Carreiras|Carrières|Carriere|Careers|Jobs|Karriere|Kariera|Vacatures|Werken)(?:\s+(?:bei|bij|at|de|di|del|della|da|do|van|of|chez|w|z)|\s*[–—|-])?\s+(?=\p{Lu})/u, '').trim();
  // …and a team named by its work or its people with the company after a linking word ("Talento de Grupo Almenara",
  // "Personas de Frutas Levante"; "Selezione Personale" stays).
  name = name.replace(/^(?:Talento|Talentos|Selecci[óo]n|Sele[çc][ãa]o|Selezione|Personas|Pessoas|Persone|Gente)\s+(?:de|di|del|della|da|do)\s+(?=\p{Lu})(?!(?:Personal[e]?|Pessoal|Personas)(?![\p{L}]))/u, '');
  // "Vicerrectorado de Recursos Humanos", "Service des Ressources Humaines": a unit named after the department it
  // runs, never the organisation ("Universidad de Valdeserra" under it is).
  if (/^(?:Vicerrectorado|Rectorado|Servicio|Departamento|Área|Dirección(?: General)?|Subdirección|Service|Direction|Département|Abteilung|Referat|Dipartimento|Servizio|Direzione|Ufficio|Afdeling|Dienst|Serviço|Direção|Direcção|Departament|Biuro|Wydział)(?:\s+(?:de|del|des|du|für|di|della|del|van|do|da|ds\.))?$/u.test(name.replace(/\s+(?:de|del|des|du|di|of|van|do|da)$/u, ''))) return null;
  if (name.length < 2 || name.length > 60) return null;
  if (NOT_A_COMPANY.test(name) || DEPARTMENT_ONLY.test(name) || DATE_NAME.test(name) || BARE_KIND.test(name)) return null;
  if (!/^\p{Lu}|^\p{N}/u.test(name)) return null;
  if (/@|https?:|\d{3}/.test(name)) return null;
  if (/^(?:Interview|Entrevista|Entretien|Einladung|Invitation|Invitaci[óo]n|Convocation|Convocação|Convocatória|Phone|Video|Re|Fwd?|Next steps?|Llamada|Report|Colloquio|Uitnodiging|Vorstellungsgespräch|Gespräch|Kennenlernen|Sollicitatiegesprek|Gesprek|Rozmowa|Zaproszenie|Convite|Invito|Convocatoria|Candidatura|Bewerbung|Application|Your application|Votre candidature|Tu candidatura|Sua candidatura|La sua candidatura|Je sollicitatie|Twoja aplikacja)\b/i.test(name)) return null;
  return name;
}

// ---------------------------------------------------------------------------------------------------

const ROLE_WORDS = String.raw`(?:position|role|opening|job|vacancy|internship|post)`;
/** A title, with one ", Qualifier" ("Senior Product Manager, Payments") and a short capitalised "(Japan)". */
const TITLE = String.raw`\p{Lu}[^\n,.!?()]{1,60}?(?:,\s+\p{Lu}[^\n,.!?()]{1,40}?)?(?:\s*\([^)\n]*\))?`;
/** The work-time, place and gender notes that follow a title: "(m/w/d)", "(H/F)", "(K/M)", "(m/v/x)", "(all genders)". */
const GENDER_MARK = String.raw`\((?:[mwfdhxkvnMWFDHXKVN](?:\s*\/\s*[mwfdhxkvnMWFDHXKVN]){1,2}|all genders|m\/f\/div)\)`;
/** "…for a Senior Data Engineer.", "nous recherchons un Responsable d'exploitation": kept only with a job noun. */
const FOR_A_TITLE = new RegExp(String.raw`\b(?:for|recherch(?:e|ons)|suchen wir|sucht|buscamos|busca|(?:estamos )?seleccionando|seleccionamos|(?:estamos )?reclutando|cerchiamo|cerca|(?:stiamo )?selezionando|zoeken (?:we|wij)|procuramos|procura|(?:estamos )?(?:recrutando|selecionando)|szukamy|rekrutujemy)\s+(?:an?|un(?:\/a|\(a\))?|une|einen|eine|una|een|um(?:\/a|\(a\))?|uma)\s+(${TITLE})(?=\s*[(,.\n]|\s+(?:to|for|in|at|who|chez|pour|à|bei|für|in|en|para|per|presso|bij|voor|na|w|dla|con|com|with|mit|met|avec|que|che|who|which|der|die|das)\b)`, 'u');
/**
 * A title after the posting it was advertised in: "notre offre de Responsable Analytics", "onze vacature
 * voor Data Product Owner", "your application to our vacancy for …", "unsere Stellenanzeige als …",
 * "nuestra oferta de empleo de …", "l'offerta di lavoro per …", "o anúncio para …": kept only with a job noun.
 */
const POSTING_TITLE = new RegExp(String.raw`(?<![\p{L}])(?:offre(?:\s+d['’]emploi)?|annonce|vacature|vacancy|job (?:posting|ad|advert)|posting|advert|Stellenanzeige|Stellenausschreibung|Ausschreibung|oferta(?:\s+de\s+(?:empleo|trabajo|emprego))?|anuncio|anúncio|offerta(?:\s+di\s+lavoro)?|annuncio|ogłoszenie)\s+(?:(?:de|d['’]|voor|for|als|für|para|per|di|pour|na)\s*)(?:(?:la|le|l['’]|the|an?|un|una?|een|o|a|il)\s+)?(${TITLE})(?=\s*[(,.!?\n]|\s+(?:at|with|in|chez|pour|à|au|bei|für|en|para|per|presso|bij|voor|na|w|dla|e|et|y|und|and|en)\b)`, 'u');
const QUOTED_POSTING_TITLE = /(?<![\p{L}])(?:aviso|anuncio|oferta|vacante|vaga|an[úu]ncio|annuncio|annonce|offre|posting|vacancy|job ad|Stellenanzeige|Anzeige|vacature|ogłoszenie)\s+["“„«]([^"”“»\n]{2,80}?)(?:\s+[-–—|]\s+[^"”“»\n]*)?["”“»]/iu;
/** "de rol van Data Engineer", "la posizione di …" said as "role of": kept only with a job noun. */
const ROLE_OF_TITLE = new RegExp(String.raw`\b(?:rol|positie|baan)\s+(?:van|als)\s+(?:een\s+)?(${TITLE})(?=\s*[(,.!?\n]|\s+(?:bij|in|op|en|nodigen|willen|zouden|graag|we|wij|je|u|met|voor)\b)`, 'u');
/** "your application as Warehouse Manager", "Sie als Leiterin Personal kennenlernen": kept only with a job noun. */
/** A public service's career and category ("posto de trabalho da carreira e categoria de Técnico Superior, área de …"). */
const CAREER_CATEGORY_TITLE = new RegExp(String.raw`\b(?:carreira e categoria|categoria|carreira|categoría|categoria professionale|profilo professionale)\s+(?:de|di)\s+(\p{Lu}[^\n,.!?()]{1,60}?)(?=\s*[,.(\n]|\s+(?:da|do|na|no|para|e|área|del|della|nell)\b)`, 'u');
const APPLICATION_AS_TITLE = new RegExp(String.raw`\b(?:application as|applied as|applying as|join (?:us|our team|the team) as|Sie als|dich als|vous rencontrer en tant que|en tant que|como|enquanto|jako|candidat\p{L}* come|lavorare con noi come|gesolliciteerd als|solliciteer(?:de|t)? als|beworben als)\s+(?:an?\s+)?(${TITLE})(?=\s*[(,.!?\n]|\s+(?:at|with|in|kennenlernen|kennen ?zu ?lernen|einladen|begrüßen|vorstellen|chez|pour|bei|bij|en|na|no|w|dla)\b)`, 'u');
/** "Vi sua candidatura pra Analista de Prevenção à Fraude e…", "your application for Payroll Specialist and…": kept only with a job noun (Polish "aplikacja na stanowisko" is POLISH_POSITION's). */
const APPLICATION_FOR_TITLE = new RegExp(String.raw`\b(?:candidatura|candidature|postulación|postulacion|inscrição|inscricao|application|Bewerbung|sollicitatie)\s+(?:pra|para|per|pour|for|als|voor)\s+(?:(?:a|o|la|el|il|the|le|de)\s+)?(?:(?:vaga|puesto|posizione|poste|position|role|Stelle|functie)\s+(?:de|di|d'|of|als|van)?\s*)?(${TITLE})(?=\s*[(,.!?\n]|\s+(?:e|y|i|et|und|and|en|na|no|at|bei|chez|presso|bij|w)\b)`, 'u');
/** "for our reporting analyst opening": an English title written in lowercase, kept only with a job noun. */
const LOWERCASE_TITLE = /\b(?:the|an?|our|this|your)\s+((?:[a-z][a-z&/-]*\s+){0,3}[a-z][a-z&/-]*)\s+(?:position|role|opening|vacancy)\b/u;
/** "na stanowisko Specjalisty ds. …": a Polish title after "stanowisko", often declined (polishNominative). */
/**
 * A title written in lowercase after a search, as a small employer writes it ("Buscamos un auxiliar de recepción para
 * las tardes", "ci servirebbe un junior designer", "we need a kitchen porter"): it must name a job (JOB_NOUN).
 */
const LOOKING_FOR_LOWER_TITLE = /(?<![\p{L}])(?:[Bb]uscamos|[Nn]ecesitamos|[Cc]erchiamo|[Cc]i servirebbe|[Cc]i serve|[Rr]echerchons|[Cc]herchons|[Oo]n cherche|[Pp]rocuramos|[Pp]recisamos|[Ww]e need|[Ww]e are looking for|[Ww]e['’]re looking for|[Ll]ooking for|[Ww]e['’]re hiring|[Ww]e are hiring|[Zz]oeken (?:we|wij)|[Ss]zukamy)\s+(?:un\/a|un\(a\)|um\/a|um\(a\)|an?|un|una|une|um|uma|een|un['’]|our (?:first|next|new)|a new)\s*((?:(?:addett[oa](?:\/[ao])?|incaricat[oa]|responsabile|assistente|charg[ée]e?|agent|encargad[oa]|auxiliar|ayudante)\s+(?:a|al|alla|alle|ai|agli|à la|au|aux|del|de la|de)\s+)?(?:\p{Ll}[\p{L}'’-]*(?:\/\p{Ll}{1,2})?\s+){0,3}?\p{Ll}[\p{L}'’-]*(?:\/\p{Ll}{1,2})?)(?=\s*[,.!?\n(]|\s+(?:at|bei|chez|bij|para|per|pour|for|to|who|que|che|qui|met|voor|do|dla|in|en|a tempo|part-time|full-time|a media jornada|por las|por la|nelle|nel|le|la|las|los|les|the|al|alla|au|aux|mit)\b)/u;
/**
 * A small employer names no title, only the work: "je cherche quelqu'un pour le service du soir", "we need someone for
 * the morning shift", "suchen jemanden für die Rezeption und die Ablage", "buscamos a alguien para la cocina", "we're
 * looking for someone to help with the rooms", "szukamy kogoś do pomocy w biurze", "What we're after is a hand in the
 * workshop". The role is that phrase as written, from "someone" up to the sentence's next mark or bracket, or the words
 * of when that follow it ("for the winter", "à partir du mois prochain"); a draft names no "position" after it
 * (isWorkDescription).
 */
// (…nor the days it is for: "alguien para la barra de jueves a domingo", "quelqu'un pour le comptoir du mardi au samedi".)
const SOMEONE_FOR_TASK = /(?<![\p{L}])(?:[Cc]herche|[Cc]herchons|[Rr]echerche|[Rr]echerchons|[Oo]n cherche|[Nn]eed|[Nn]eeds|[Ll]ooking for|[Ww]ant|[Aa]fter is|(?<=['’]re )after|[Ss]uche|[Ss]uchen|[Bb]rauche|[Bb]rauchen|[Bb]usco|[Bb]uscamos|[Nn]ecesito|[Nn]ecesitamos|[Cc]erco|[Cc]erchiamo|[Zz]oek|[Zz]oeken|[Pp]rocuro|[Pp]rocuramos|[Pp]rocuram|[Pp]reciso|[Pp]recisamos|[Ss]zukam|[Ss]zukamy|[Pp]otrzebuj\p{L}*|[Mm]i serve|[Cc]i serve|[Mm]i servirebbe|[Cc]i servirebbe|[Mm]e hace falta|[Nn]os hace falta|[Ii]l me faut|[Ii]l nous faut)(?:\s+(?!(?:quelqu|someone|somebody|jemand|alguien|qualcuno|iemand|algu[ée]m|kogo)[\p{L}'’]*\s)[\p{L}]+){0,3}?\s+(?:(?:a|al)\s+)?((?:quelqu['’]un|someone|somebody|jemand(?:en)?|alguien|qualcuno|iemand|algu[ée]m|kogoś|kogos)\s+(?:pour|for|für|para|per|voor|do|to(?=\s+\p{Ll}))\s+(?:(?:le|la|les|l['’]|the|die|den|das|dem|el|los|las|il|lo|de|het|o|os|as|a)\s*)?(?:\p{L}[\p{L}'’-]*)(?:\s+(?:\p{Ll}[\p{L}'’-]*|(?<=(?:die|der|den|das|dem|und|oder|im|am) )\p{Lu}[\p{L}'’-]*)){0,4}?|an? (?:spare |extra |second )?(?:hand|pair of hands) (?:in|on|at|for|with|around) (?:the )?\p{Ll}+(?: \p{Ll}+)?)(?=\s*[,.;:!?(\n]|\s*$|\s+[–—-]\s|\s+(?:over|during|from|starting|for the|this|next|à partir|dès|pour l|ab|für die|desde|para el|para la|a partir|dal|dalla|per il|per la|vanaf|voor de|voor het|od|two|three|four|five|\d|(?:de|du|von|dal|van|da|on|los|les)\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|ter[çc]a|quarta|quinta|sexta|weekends?|fines de semana|week-ends?))(?![\p{L}]))/u;
/** The work a small employer describes, with the article cleaning took ("a hand in the workshop"), "ktoś" for Polish "kogoś". */
function workAsWritten(raw: string, cleaned: string): string {
  const article = /^(an?) /.exec(raw);
  return (article && !cleaned.startsWith(article[0]) && raw.endsWith(cleaned) ? `${article[1]} ${cleaned}` : cleaned).replace(/^kogo[śs]/u, 'ktoś');
}

/**
 * Whether a role is the work described rather than a title ("jemanden für die Küche", "someone to help with the rooms",
 * "a hand in the workshop"): a draft thanks for the invitation without calling it a position.
 */
export function isWorkDescription(role: string | null): boolean {
  return role !== null && /^(?:quelqu['’]un|someone|somebody|jemand(?:en)?|alguien|qualcuno|iemand|algu[ée]m|kogoś|ktoś|an? (?:spare |extra |second )?(?:hand|pair of hands))\s/iu.test(role);
}

/** The role when it is a title, null when it is the work described: what a sentence may call "the … position". */
export function roleTitle(role: string | null): string | null {
  return isWorkDescription(role) ? null : role;
}

/** "kunnen best iemand gebruiken als junior webdeveloper", "we could use someone as a junior designer": the title after "as". */
const SOMEONE_AS_TITLE = /(?<![\p{L}])(?:iemand|someone|somebody|jemand(?:en)?|quelqu['’]un|alguien|qualcuno|algu[ée]m|kogoś)\s+(?:\p{L}+\s+)?(?:als|as|comme|como|come|jako)\s+(?:een\s+|an?\s+|une?\s+|una?\s+|uma?\s+)?((?:\p{L}[\p{L}'’-]*\s+){0,3}?\p{L}[\p{L}'’-]*)(?=\s*[,.;:!?(\n]|\s+(?:voor|for|pour|para|per|für|dla|bij|at|in|en|und|and|et|e|y|i|om|to|who|die|que|che|qui)(?![\p{L}]))/u;
const POLISH_POSITION = /\b(?:stanowisk(?:o|u|a)|w roli)\s+(\p{Lu}[^\n,.(]{1,60}?(?:\s+ds\.\s+[^\n,.(]{2,40}?)?)(?=\s+(?:w|we|dla|i(?!\s+\p{Lu}))\b|\s*\(|[,.\n])/u;

/**
 * A Polish title as its writer would name it: "Starszego Specjalisty ds. Zakupów" is "Starszy Specjalista ds.
 * Zakupów". The words up to the head noun go back to the nominative (adjectives in -ego, nouns in -isty,
 * -ika, -era, -ora, -enta, -anta); what follows the head noun ("ds. Zakupów", "Działu Sprzedaży") stays.
 */
const POLISH_HEAD = /^(\p{L}+?)(isty|ysty|ika|yka|era|ora|enta|anta)$/u;
export function polishNominative(role: string): string {
  const words = role.split(' ');
  for (let i = 0; i < words.length && i < 3; i += 1) {
    const word = words[i]!;
    const head = POLISH_HEAD.exec(word);
    if (head) {
      const ending = { isty: 'ista', ysty: 'ysta', ika: 'ik', yka: 'yk', era: 'er', ora: 'or', enta: 'ent', anta: 'ant' }[head[2]!]!;
      words[i] = head[1] + ending;
      return words.join(' ');
    }
    const adjective = /^(\p{L}+?)(ego)$/u.exec(word);
    if (!adjective) return role;
    words[i] = `${adjective[1]}${/[kg]$/.test(adjective[1]!) ? 'i' : 'y'}`;
  }
  // An adjectival title ("Młodszego Księgowego"): every word was one.
  return words.length <= 3 ? words.join(' ') : role;
}

/**
 * A formal letter's reference line names the post: "Re: Invitation to Interview – Senior Business Analyst
 * (Competition ID DRS-2027-0412)", "Re: Health Records Analyst, Decision Support (Requisition 27-0193)", "Objet :
 * Convocation à un entretien – Chargé de mission". Kept only with a job noun.
 */
const RE_LINE_TITLE = new RegExp(String.raw`^[ \t>]*(?:Re|RE|Objet|Betreff|Asunto|Oggetto|Betreft|Assunto|Dotyczy)\s*:\s*(?:(?:Invitation to (?:an )?Interview|Interview Invitation|Invitation à (?:un )?entretien|Convocation(?: à (?:un )?entretien)?|Einladung zum (?:Vorstellungs)?gespräch|Convocatoria(?: a entrevista)?|Convocazione(?: a colloquio)?|Uitnodiging (?:voor (?:een )?)?(?:sollicitatie)?gesprek|Convocatória(?: para entrevista)?|Zaproszenie na rozmowę(?: kwalifikacyjną)?)\s*[–—:-]\s*)?(${TITLE})\s*(?:\([^)\n]*\))?\s*$`, 'mu');
/** A title after its requisition or competition number: "for Req #48213 – Junior Data Scientist". Kept only with a job noun. */
const REQUISITION_TITLE = new RegExp(String.raw`\b(?:Req(?:uisition)?|Job ID|Ref(?:erence)?|Competition|Posting)\.?\s*(?:ID\s*)?(?:#|No\.?\s*)?\s*[A-Z0-9][\w-]{2,}\s*[–—:-]\s*(${TITLE})(?=\s*[(,.!?\n]|\s+(?:at|with|in|on)\b|$)`, 'mu');
/**
 * "…invite you to an interview for Night Care Assistant (Harrogate).", "…made it to the final round for" with the
 * title on a line of its own: a job title (it needs a job noun) after an interview, a round or a stage "for", to the
 * sentence's or line's end.
 */
const INTERVIEW_FOR_TITLE = new RegExp(String.raw`\b(?:interview|round|stage|shortlist(?:ed)?) for\s+(?:the\s+)?(${TITLE})(?=\s*\(|[,.!?\n]|\s+(?:in|on|at|with|role|position)\b)`, 'u');
const FOR_TITLE_AT = new RegExp(String.raw`\bfor\s+(?:the\s+)?(${TITLE})\s+(?:at|with)\s+\p{Lu}`, 'u');

/** An applicant-tracking system's stage line names the process or the application by its post: "Proces: Senior Backend Developer | Etap 3 z 4", "Candidatura: TECNICO/A DI LABORATORIO". Kept only with a job noun. */
const PROCESS_LABEL_TITLE = /^[ \t>*•■-]*(?:Process|Proces|Prozess|Processo|Proceso|Procedura|Procédure|Recruitment|Recrutement|Rekrutacja|Recrutamento|Reclutamiento|Selezione|Werving|Candidatura|Candidature|Application|Bewerbung|Sollicitatie|Aplikacja)[ \t]*[:：][ \t]*([^\n·|]{2,80}?)[ \t]*(?:[|·]|$)/imu;

const ROLE_BODY: RegExp[] = [
  // "Position: …", "Vaga: …", "Stanowisko: …", "ポジション：…" — a labelled line, wherever it is (a footer too), its value
  // on the line or, in a table's cells come out one per line, on the next one ("Stanowisko:\nKoordynator …"); a table
  // row copied as text has a tab between its cells and no colon ("Position\tProduct Owner")
  /^[ \t>*•■-]*(?:Position|Role|Job title|Job|Vacancy|Opening|Open role|Hiring for|Recruiting for|Poste|Intitulé du poste|Poste à pourvoir|Stelle|Rolle|Offene Stelle|Stellenbezeichnung|Puesto|Vacante|Posizione|Ruolo|Posizione aperta|Functie|Vacature|Vaga|Cargo|Função|Stanowisko|ポジション|募集職種|職種|募集ポジション)(?:[ \t]*[:：][ \t]*(?:\n[ \t>]*(?![^\n]{0,40}[:：][ \t]*(?:\n|$)))?|\t+)([^\n·|\t]{2,80})/imu,
  RE_LINE_TITLE,
  REQUISITION_TITLE,
  PROCESS_LABEL_TITLE,
  new RegExp(String.raw`\b(?:the|a|an|our|this)\s+(?:position of\s+|role of\s+)?(${TITLE})\s+${ROLE_WORDS}\b`, 'u'),
  new RegExp(String.raw`\b${ROLE_WORDS}\s+(?:of|as)\s+(?:an?\s+)?(${TITLE})(?=[,.!?\n]|\s+(?:at|with|in|here)\b)`, 'u'),
  new RegExp(String.raw`\bto be (?:an?|our)\s+(\p{Lu}[^\n,.!?]{1,60}?)\s+(?:at|with|here)\b`, 'u'),
  // "Your interview for Senior Data Analyst, Growth at Tidewell Labs", "we are hiring an Analytics Manager, Pricing ("
  new RegExp(String.raw`\binterview for\s+(${TITLE})\s+(?:at|with)\s+\p{Lu}`, 'u'),
  // "…the final stage for Operations Planning Analyst at Cedarline Energy": a title between "for" and "at <Company>".
  FOR_TITLE_AT,
  INTERVIEW_FOR_TITLE,
  new RegExp(String.raw`\b(?:hiring|looking for|recruiting)\s+(?:an?\s+)?(${TITLE})(?=\s*[(,.\n]|\s+(?:to|for|in|at|who)\b)`, 'u'),
  // "…on behalf of my client for a Senior Data Engineer.", "nous recherchons un Responsable d'exploitation"
  FOR_A_TITLE,
  POSTING_TITLE,
  // A title quoted after the posting's noun: al aviso "Analista de Pricing - Remoto LATAM", the vacancy "Data Analyst".
  QUOTED_POSTING_TITLE,
  /\bposte\s+(?:de |d['’]|:\s*)\s*([^\n,.]{2,60}?)(?=\s+(?:chez|au sein|à|pour|dans|que|qui|vient|est|a|ont|sera|semble|correspond|en CDI|en CDD|et(?!\s+\p{Lu})|mais|car|afin|nous|vous|avec|sur)\b|[,.!\n(]|\s+\([HFhf]\/[HFhf]\))/u,
  // (…and "zu einem Gespräch als Projektleiterin Hochbau 100% ein": the workload and the verb's particle end it.)
  /\b(?:Stelle|Position|Bewerbung|Rolle|Gespräch|Vorstellungsgespräch|Kennenlerngespräch|Interview)\s+(?:als\s+|als:\s*)(\p{Lu}[^\n,.]{1,60}?)(?=\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|all genders)\)|\s+(?:bei|in|im|ein)\b|\s+\d{2,3}\s*(?:[-–]\s*\d{2,3}\s*)?%|[,.\n])/u,
  // "für die Position Disponent Nahverkehr (m/w/d)": without "als", the gender marker after it says it is a title.
  new RegExp(String.raw`\b(?:Stelle|Position|Rolle|Funktion)\s+(\p{Lu}[^\n,.()]{1,60}?)(?=\s*${GENDER_MARK})`, 'u'),
  // The noun in the running text, not inside a name ("Vistula Cargo Solutions"): lowercase "cargo" only.
  /\b(?:[Pp]uesto|[Vv]acante|[Pp]osición|cargo|[Vv]aga|[Bb]úsqueda|[Ff]unção|[Ff]uncao)\s+(?:de\s+(?:una?\s+)?)?(\p{L}(?:[^\n,.(]|(?<=\b(?:Jr|Sr))\.){1,60}?)(?=\s+(?:en|na|no|da|do|para|(?:e|y)(?!\s+\p{Lu})|que|com|con)\b|\s*\(|[,\n!?·]|(?<!\b(?:Jr|Sr))\.)/u,
  // An Italian title ends where the sentence goes on: a place, a participle of the meeting ("… Export Area Assistant
  // previsto per il 9/3"), a verb or a pronoun.
  // (…or where a dash sets its terms apart: "Addetto/a alla contabilità fornitori – part-time 30 ore settimanali".)
  /\b(?:[Pp]osizione|[Rr]uolo)\s+(?:di\s+)?(\p{L}[^\n,.(]{1,60}?)(?=\s+(?:presso|in|nel|nella|per|(?:e|ed)(?!\s+\p{Lu})|che|con|è|sarà|si|ci|la|le|vi|ti|previst[oa]|fissat[oa]|programmat[oa]|vorremmo|vorrei|desideriamo|abbiamo|siamo|saremmo)\b|\s+[–—]\s+(?=part|full|tempo|contratto|stage|tirocinio|\d)|\s*\(|[,.\n])/u,
  // "un colloquio conoscitivo come Responsabile Ufficio Acquisti", "una entrevista como Jefa de Compras": the title after "as".
  /\b(?:colloquio|incontro|entrevista|reunión|conversa|conversación)\s+(?:\p{Ll}+\s+){0,2}com[eo]\s+(?!(?:Le|La|Lei|Gli|Usted|Ud|Vd|Ustedes)(?![\p{L}]))(\p{Lu}[^\n,.(]{1,60}?)(?=\s+(?:presso|in|nel|nella|per|che|con|en|na|no|da|do|para|que|com)\b|\s*\(|[,.\n])/u,
  // A Dutch title ends where the sentence's verb or pronoun begins ("de functie van Financieel Adviseur nodigen we je uit").
  /\b(?:functie|vacature)\s+(?:van\s+|als\s+|voor\s+(?:een|de)\s+)?(\p{L}[^\n,.(]{1,60}?)(?=\s+(?:bij|in|op|en|nodigen|willen|zouden|graag|hebben|heeft|kunnen|kan|we|wij|je|jij|u|is|om|met|voor|staat|stond|wordt|werd|gaat|zal|begint|vindt)\b|\s*\(|[,.!?\n])/iu,
  ROLE_OF_TITLE,
  CAREER_CATEGORY_TITLE,
  APPLICATION_AS_TITLE,
  APPLICATION_FOR_TITLE,
  LOWERCASE_TITLE,
  LOOKING_FOR_LOWER_TITLE,
  POLISH_POSITION,
  SOMEONE_FOR_TASK,
  SOMEONE_AS_TITLE,
  /「([^」]{2,30})」(?:職|ポジション|の|に|へ)/u,
  /(?:は|、)([\p{L}\p{N}]{2,20}?)の(?:求人|ポジション|職)/u,
];
const ROLE_SUBJECT: RegExp[] = [
  // "Je sollicitatie voor Data Engineer bij …", "La tua candidatura per Data Scientist", "Your application for …"
  /(?:sollicitatie|application|candidatura|candidature|Bewerbung|aplikacja)(?:\s+(?:voor|for|per|para|pour|als|à|a|na)\s+|\s*:\s*)(?:(?:de|la|o|a|il|the|le)\s+)?(?:(?:functie|vaga|posizione|poste|position|rol|role|Stelle|stanowisko)\s+)?(?:(?:van|de|di|als|of)\s+|d['’]\s*)?(\p{Lu}.+)$/iu,
  /(?:interview(?:\s+(?:invitation|request|scheduled|confirmed|confirmation|details))?|invitation to (?:an )?interview|phone screen|final round(?: interview)?|next steps?|entretien|entrevista(?:\s+(?:presencial|técnica|tecnica|personal|final|online))?|vorstellungsgespr[äa]ch|colloquio|sollicitatiegesprek|videogesprek|gesprek|llamada|videollamada|report de votre entretien|interview time|rozmowa(?:\s+(?:telefoniczna|rekrutacyjna|kwalifikacyjna))?)\s*(?:(?:for(?: the)?|pour(?: le poste de)?|para(?: el puesto de)?|für(?: die Stelle als)?|per|voor|de|dla|na stanowisko)(?![\p{L}])|[:–—-])\s*(.+)$/iu,
  /pour le poste d['e]\s*(.+)$/iu,
  // "QA Tester interview 🎮": a title-case name right before the word
  /^((?:[\p{Lu}\p{N}][\p{L}\p{N}/&+.'-]*|of|and|&|de|la|du)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}/&+.'-]*|of|and|&|de|la|du)){0,5})\s+(?:[Ii]nterview|[Pp]hone screen|[Ee]ntretien|opportunity)\b/u,
  /（([^（）]{2,20})）/u,
];

/** Words that make a phrase a job title, in the nine languages (a role named in a subject part is one). */
const JOB_NOUN = /(?<![\p{L}])(?:owner\b|person\b|secret[áa]ri[oa]\b|secrétaire|sekretark\p{L}*|sekretarz\b|dise[ñn]ador\p{L}*|grafic[oa]\b|teamleider|projectleider|afdelingsleider|leidinggevende|analist|controller|controlling\b|adviseur|beheerder|werkstudent\p{L}*|praktikant\p{L}*|trainee|azubi|auszubildende\p{L}*|volontär\p{L}*|stagiaire|alternant\p{L}*|becari[oa]|tirocinante|stagista|stagiair|estagi[áa]ri[oa]|stażyst\p{L}*|engineer|analyst|manager|developer|designer|coordinator|co[öo]rdinator|specialist|architect|planner|scientist|consultant|lead\b|director|directeur|directrice|direttore|direttrice|diretor(?:a)?\b|direktor\p{L}*|geschäftsführer\p{L}*|officer|associate|assistant|intern\b|internship|administrator|accountant|recruiter|representative|technician|tester|president|(?:s|e)?vp of|head of|producer|editor\b|nurse|teacher|sales\b|support\b|agent[ea]?\b|clerk|operator|ingenieur|entwickler|berater|sachbearbeiter|leiter|leitung|planer|referent|mitarbeiter|medewerker|kaufmann|kauffrau|analista|desarrollador|ingeniero|coordinador|planificad(?:or|ora)\b|pianificat(?:ore|rice)|planejador(?:a)?\b|planeador(?:a)?\b|planificat(?:eur|rice)|planist(?:a|ka)\b|gerente|jefe|t[ée]cnico|analyste|contr[ôo]leu(?:r|se)|comptable|gestionnaire|acheteu(?:r|se)|charg[ée]|responsable|ing[ée]nieur|d[ée]veloppeur|chef\b|specjalista|kierownik|programista|in[żz]ynier|analityk|koordynator|dyrektor|asystent|konsultant|doradc(?:a|y|ą|ę|ów)(?!\p{L})|menedżer(?!sk)|przedstawiciel|inspektor|magazynier|opiekun|rekruter|projektant|kontroler|sviluppatore|ingegnere|responsabile|tecnico|impiegat|istrutt(?:ore|rice)|funzionari[oa]|collaborat(?:ore|rice)|addett[oa]\b|dirigente|engenheir|desenvolvedor|coordenador|especialista|auxiliar|camarer[oa]|cociner[oa]|dependient[ae]|recepcionista|cameriere|cameriera|commess[oa]|cuoc[oa]|barista|serveu(?:r|se)|vendeu(?:r|se)|cuisinier|boulanger|empregad[oa] de (?:mesa|balc[ãa]o)|rececionista|kelner\p{L}*|sprzedawc\p{L}*|porter\b|waiter|waitress|chef de|cook\b|bartender|cashier|mechanic|apprentice|researcher|strategist|advis[oe]r|auditor|buyer|secretary|receptionist|economist|lawyer|paralegal|copywriter|writer\b|dispatcher|therapist|pharmacist|onderzoeker|forscher\p{L}*|chercheu(?:r|se)|investigador\p{L}*|ricercat(?:ore|rice)|pesquisador\p{L}*|badacz\p{L}*|driver|solicitor|attorney|electrician|plumber|welder|carpenter|joiner|labourer|cleaner|caretaker|carer\b|care assistant|support worker|warehouse operative|picker\b|packer\b|forklift|executive\b|leader\b|scrum master|business partner|key account|customer success|infirmi(?:er|ère)|chauffeur|enseignant|professeu?r|avocat|juriste|électricien|plombier|soudeu(?:r|se)|menuisier|magasinier|préparat(?:eur|rice) de commandes|cariste|aide-soignant|éducat(?:eur|rice)|commercia(?:l|le)\b|caissi(?:er|ère)|opérat(?:eur|rice)|pfleger|pflegekraft|krankenschwester|kraftfahrer|fahrer(?:in)?\b|lehrer|erzieher|anwalt|rechtsanw[aä]lt|vendedor(?:a)?\b|operári[oa]|jurist|architekt|elektriker|installateur|\p{L}*teur(?:in|e)?\b|schweißer|tischler|schreiner|lagerist|kommissionierer|staplerfahrer|kellner|kassierer|reinigungskraft|hausmeister|mechatroniker|mechaniker|steuerfachangestellte|sekretär|enfermer[oa]|conductor(?:a)?\b|chófer|profesor|maestr[oa]\b|docente|abogad[oa]|arquitect[oa]|electricista|fontaner[oa]|soldador|carpinter[oa]|almacener[oa]|mozo de almacén|carretiller[oa]|limpiador|cajer[oa]|contable\b|administrativ[oa]|operari[oa]|mecánic[oa]|farmacéutic[oa]|infermier[ea]|autista\b|insegnante|avvocat[oa]|architett[oa]|elettricista|idraulic[oa]|saldat(?:ore|rice)|falegname|magazzinier[ea]|mulettista|cassier[ea]|contabile|ragionier[ea]|operai[oa]\b|meccanic[oa]|farmacist[ao]|segretari[oa]|verpleegkundige|verzorgende|docent\b|leraar|lerares|advocaat|elektricien|loodgieter|lasser\b|timmerman|orderpicker|heftruckchauffeur|schoonmaker|kok\b|kassamedewerker|secretaresse|receptionist|enfermeir[oa]|motorista|professora?\b|advogad[oa]|arquitet[oa]|eletricista|canalizador|encanador|carpinteir[oa]|armazenista|repositor|faxineir[oa]|cozinheir[oa]|contabilista|contador(?:a)?\b|mecânic[oa]|farmacêutic[oa]|gestor(?:a)?\b|pielęgniar\p{L}*|kierowc\p{L}*|nauczyciel\p{L}*|wykładowc\p{L}*|prawnik\p{L}*|adwokat\p{L}*|radc\p{L}* prawn\p{L}*|elektryk\p{L}*|hydraulik\p{L}*|spawacz\p{L}*|stolarz\p{L}*|magazynier\p{L}*|sprzątacz\p{L}*|kucharz\p{L}*|kasjer\p{L}*|księgow\p{L}*|asystent\p{L}*|recepcjonist\p{L}*|mechanik\p{L}*|farmaceut\p{L}*|przedstawiciel\p{L}* handlow\p{L}*|handlowc\p{L}*)|(?:planer|planner|leiter|leitung|berater|entwickler|developer|ontwikkelaar|programmeur|programmierer|designer|ontwerper|ingenieur|referent|mitarbeiter|sachbearbeiter|techniker|fachkraft|assistent|manager|engineer|analyst|medewerker|adviseur|beheerder|leider|co[öo]rdinator|specialist|consulent|functionaris|monteur|verkoper|verkäufer|boekhouder|buchhalter|disponent|kaufmann|kauffrau)(?![\p{Ll}]{3})|エンジニア|マネージャー|デザイナー|プランナー|コンサルタント|営業|セールス|社内SE/iu;

/** Whether a name reads as a job title (it holds a job noun in one of the nine languages). */
export function isJobTitle(name: string): boolean {
  return JOB_NOUN.test(name);
}

export function findRole(fullSubject: string, fullMain: string, fullSignature = ''): string | null {
  const role = titleOf(fullSubject, fullMain, fullSignature);
  // A translator's language pair in brackets right after the title ("Revisor de traducciones (portugués-español)")
  // is part of it, though the patterns stop a title at its bracket.
  if (!role) return role;
  for (const text of [fullMain, fullSubject]) {
    const at = text.indexOf(role);
    const pair = at >= 0 ? /^\s*(\([^()\n]{2,60}\))/u.exec(text.slice(at + role.length)) : null;
    if (pair && LANGUAGE_PAIR.test(pair[1]!)) return `${role} ${pair[1]}`;
  }
  return role;
}

function titleOf(fullSubject: string, fullMain: string, fullSignature: string): string | null {
  // French inclusive writing on a word ("Coordonnateur(trice) de projets") would stop a title at its bracket.
  const subject = fullSubject.replace(INCLUSIVE_ENDING, '');
  const main = fullMain.replace(INCLUSIVE_ENDING, '');
  const signature = fullSignature.replace(INCLUSIVE_ENDING, '');
  const fromSubject = roleInSubject(subject) ?? roleInSubject(stageLine(main) ?? '');
  // A labelled line's title without a full-width note after it ("SREエンジニア（プラットフォームチーム）").
  const label = (ROLE_BODY[0]!.exec(main)?.[1] ?? ROLE_BODY[0]!.exec(signature)?.[1])?.replace(/（[^）]*）\s*$/u, '');
  const labelled = cleanRole(label);
  const fromBody = labelled ?? genderMarkedTitle(main) ?? firstMatch(ROLE_BODY.slice(1), main);
  // The subject often names the same title in full ("Senior Analyst, Health Practice" for the body's
  // "Senior Analyst"; "Analyste pricing senior" for "Analyste pricing"): the longer form wins.
  if (fromBody && fromSubject && fromSubject.toLowerCase().startsWith(fromBody.toLowerCase()) && fromSubject.length > fromBody.length) return fromSubject;
  // …and the body's reading runs on into its sentence ("De functie van Data Engineer valt onder het team…" for the
  // subject's "Data Engineer"): the subject's title, the words after it being the sentence's, not the title's.
  if (fromBody && fromSubject && fromBody.startsWith(`${fromSubject} `) && /^(?!(?:de|del|della|di|da|do|dos|das|des|du|van|voor|von|für|fur|of|for|in|en|e|y|et|und|and|ds|na|w|z|ze|i|a|al|alla|au|aux|en|im|bei|at|on|with|con|com|med|met)\s)\p{Ll}+\s+\p{Ll}+\s+\p{L}/u.test(fromBody.slice(fromSubject.length + 1)) && !isJobTitle(fromBody.slice(fromSubject.length + 1))) return fromSubject;
  // A title the subject names and the body repeats is the one, whatever other title the body mentions
  // first ("you interviewed for the Demand Planner opening; … the new Demand Planning Lead role").
  const [body, subj] = [fromBody?.toLowerCase() ?? '', fromSubject?.toLowerCase() ?? ''];
  if (fromBody && fromSubject && !labelled && !body.includes(subj) && !subj.includes(body) && main.toLowerCase().includes(subj) && isJobTitle(fromSubject)) return fromSubject;
  // A body title named in a sentence about the past ("you interviewed with us last year for the Reporting Analyst
  // role") is an earlier role: the subject's title is this one.
  if (fromBody && fromSubject && isJobTitle(fromSubject) && !subj.includes(body) && saidOfThePast(main, fromBody)) return fromSubject;
  // A body title in a sentence about an earlier search, another title after it: the later one ("…la búsqueda de Tech
  // Lead que finalmente quedó en pausa. Ahora se abrió una posición de Desarrolladora Backend Senior…").
  const now = fromBody && !labelled && !fromSubject ? titleAfterThePast(main, fromBody) : null;
  if (now) return now;
  // "You applied for X; we would rather meet you for Y": the title they offered instead.
  const offered = fromBody && !labelled ? offeredInstead(main, fromBody) : null;
  if (offered) return offered;
  // Of two titles named, the one the mail says is filled is not the one this interview is for.
  if (fromBody && !labelled && saidFilled(main, fromBody)) {
    const other = genderMarkedTitle(main, (role) => role === fromBody || saidFilled(main, role));
    if (other) return other;
  }
  if (fromBody) return fromBody;
  if (fromSubject) return fromSubject;
  // A letter's own subject line in its body ("Assunto: Procedimento concursal n.º 12/2026 - Técnico Superior (…)"),
  // read as a subject.
  const letterSubject = [...main.matchAll(LETTER_SUBJECT_LINE)].map((m) => roleInSubject(m[1]!)).find((r) => r !== null);
  return letterSubject ?? firstMatch(ROLE_BODY.slice(1), subject, true) ?? genderMarkedTitle(subject);
}

/** Applying, in the nine languages: the sentence a title is named in as the one applied for. */
const APPLIED_FOR = /(?<![\p{L}])(?:application|applied|applying|postul\p{L}*|candidature|candidatura|candidat\p{L}*|beworben|Bewerbung|gesolliciteerd|sollicitatie|inscrição|inscricao|aplikowa\p{L}*|aplikacj\p{L}*|zgłoszeni\p{L}*)(?![\p{L}])/iu;
/** Another role offered instead: "a different opening", "plutôt", "un'altra posizione", "eine andere Stelle", "inne stanowisko". */
const INSTEAD = /(?<![\p{L}])(?:(?:a |an )?(?:different|another|other) (?:opening|position|role|vacancy|job)|instead|rather|plutôt|(?:un |une )?autre (?:poste|offre|opportunité)|piuttosto|invece|(?:un['’])?altra posizione|(?:eine )?andere(?:n)? (?:Stelle|Position|Rolle)|stattdessen|vielmehr|(?:een )?andere (?:functie|vacature|rol)|liever|otra (?:posición|posicion|vacante|oportunidad)|en cambio|más bien|outra (?:vaga|posição|função|oportunidade)|em vez disso|inne stanowisko|raczej|zamiast|natomiast|za to)(?![\p{L}])/iu;
/** The title right after the offer: "…opening, Analytics Engineer (Req…", "…pour le poste de chargé de…", "…quella di Analista…". */
const TITLE_OFFERED = /(?:(?:opening|position|role|vacancy|job|poste|posizione|Stelle|Position|Rolle|functie|vacature|rol|puesto|posición|vacante|vaga|posição|função|stanowisk(?:o|u|a))(?:\s*\([^)\n]*\))?(?:[,:]\s*|\s+)|(?<![\p{L}])(?=(?:quella|quello|celui|celle) d))(?:(?:quella|quello|celui|celle|that|la|le|el|il|o|a|the)\s+)?(?:(?:de|di|d['’]|of|as|als|van|como|na)\s+)?(?:(?:la|le|l['’]|el|il|lo|o|a|the|an?|een|un|une|una)\s+)?(\p{L}[^\n,.;:()]{2,60}?)(?=\s*[(,.;:\n]|\s+(?:within|in|at|with|on|all['’]interno|nel|nella|dans|au|im|bei|in|bij|en|w|na|que|qui|che|which|that|who|for|pour|per|für|voor|para|dla|und|and|et|e|y)\b)/gu;

/** The title offered instead of the one applied for, if the mail offers another: none otherwise. */
function offeredInstead(main: string, applied: string): string | null {
  // A Polish title is read in the nominative ("Kierownik Projektu") of what the mail declines ("Kierownika Projektu").
  const stems = () => applied.split(/\s+/).map((w) => `${escapeRegExp(w.length > 4 ? w.slice(0, -2) : w)}\\p{L}*`).join('\\s+');
  const at = main.includes(applied) ? main.indexOf(applied) : new RegExp(stems(), 'u').exec(main)?.index ?? -1;
  if (at < 0) return null;
  const start = Math.max(main.lastIndexOf('.', at), main.lastIndexOf('\n', at)) + 1;
  if (!APPLIED_FOR.test(main.slice(start, at))) return null;
  const rest = main.slice(at + applied.length, at + applied.length + 400);
  const instead = INSTEAD.exec(rest);
  if (!instead) return null;
  const after = rest.slice(instead.index);
  const titles = [genderMarkedTitle(after), ...[...after.slice(0, 250).matchAll(TITLE_OFFERED)].map((m) => (/^stanowisk/u.test(m[0]) && m[1] ? polishNominative(m[1]) : m[1]))].map((t) => cleanRole(t ?? undefined));
  return titles.find((t): t is string => t !== null && t.toLowerCase() !== applied.toLowerCase() && JOB_NOUN.test(t)) ?? null;
}

/** Words that date a sentence in the past, in the nine languages: "last year", "previously", "il y a deux ans". */
const PAST_MENTION = /(?<![\p{L}])(?:last (?:year|spring|summer|autumn|fall|winter|time)|previously|years? ago|months? ago|l'année dernière|l'an dernier|auparavant|il y a (?:un|deux|trois|\d+) ans|letztes jahr|letzten jahres|vor (?:einem|zwei|drei|\d+) jahren?|früher|el año pasado|anteriormente|hace (?:un|dos|tres|\d+) años?|l'anno scorso|in passato|anni fa|vorig jaar|vorige keer|eerder|jaar geleden|no ano passado|anteriormente|há (?:um|dois|três|\d+) anos?|w zeszłym roku|w ubiegłym roku|wcześniej|rok temu|lata temu|去年|以前)(?![\p{L}])/iu;

/** Whether the sentence of `main` that names `title` is dated in the past. */
function saidOfThePast(main: string, title: string): boolean {
  const sentence = sentenceAround(main, title);
  return sentence !== null && PAST_MENTION.test(main.slice(sentence.start, sentence.end));
}

/**
 * The sentence of `main` that names `title`: from the full stop, question or exclamation mark or blank line before
 * it to the next; a single line break inside a paragraph (a hard-wrapped line going on in lowercase) ends none.
 */
function sentenceAround(main: string, title: string): { start: number; end: number } | null {
  const at = main.indexOf(title);
  if (at < 0) return null;
  const boundary = /[.!?](?=\s)|\n(?=\s*\n|\s*\p{Lu}|\s*[-–•*])/gu;
  let start = 0;
  let end = main.length;
  for (const m of main.matchAll(boundary)) {
    const i = m.index ?? 0;
    if (i < at) start = i + 1;
    else if (i >= at + title.length) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** A title named after a sentence about an earlier search ("la búsqueda de Tech Lead que quedó en pausa… Ahora se abrió una posición de…"): the one now. */
function titleAfterThePast(main: string, title: string): string | null {
  const sentence = sentenceAround(main, title);
  if (!sentence || !PAST_MENTION.test(main.slice(sentence.start, sentence.end))) return null;
  const later = firstMatch(ROLE_BODY.slice(1), main.slice(sentence.end));
  return later && later !== title && isJobTitle(later) ? later : null;
}

const NEEDS_JOB_NOUN = new Set([PROCESS_LABEL_TITLE, SOMEONE_AS_TITLE, LOOKING_FOR_LOWER_TITLE, CAREER_CATEGORY_TITLE, INTERVIEW_FOR_TITLE, FOR_A_TITLE, POSTING_TITLE, QUOTED_POSTING_TITLE, ROLE_OF_TITLE, APPLICATION_AS_TITLE, APPLICATION_FOR_TITLE, LOWERCASE_TITLE, RE_LINE_TITLE, REQUISITION_TITLE, FOR_TITLE_AT]);

/**
 * A title's second noun after "and" that the pattern took for the sentence going on ("Responsable de Compras y
 * Logística.", "Manager Inkoop en Logistiek."): one capitalised word, then the sentence's end or a comma.
 */
const AND_ONE_MORE = /^\s+(?:y|e|ed|en|i|et|and|und)\s+(\p{Lu}[\p{L}'’-]*)(?=\s*(?:[,.;:!?(\n]|$))/u;

function firstMatch(patterns: RegExp[], text: string, fromSubject = false): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const more = match?.[1] && match[0].endsWith(match[1]) ? AND_ONE_MORE.exec(text.slice(match.index + match[0].length)) : null;
    // A verb before its subject, as Dutch and German put it after a fronted phrase ("op bovengenoemde vacature nodigen
    // we je graag uit", "auf diese Stelle laden wir Sie ein"): the sentence goes on, and no title was named.
    if (match?.[1] && /^\p{Ll}+$/u.test(match[1].trim()) && /^\s+(?:we|wij|wir|ik|ich|jij|nous|vous)\s/u.test(text.slice(match.index + match[0].length))) continue;
    const found = cleanRole(more ? `${match![1]}${more[0].trimEnd()}` : match?.[1], fromSubject);
    // …in the nominative, as a Polish writer names it ("ktoś do pomocy w biurze" of "szukamy kogoś do pomocy w biurze").
    const role = found && pattern === POLISH_POSITION ? polishNominative(found) : found && pattern === SOMEONE_FOR_TASK ? workAsWritten(match![1]!, found) : found;
    if (role && (!NEEDS_JOB_NOUN.has(pattern) || JOB_NOUN.test(role))) return role;
  }
  return null;
}

/**
 * An invitation's subject that names the occasion, then the title with no word between: "Uitnodiging
 * tweede gesprek Lead Product Analytics", "Einladung Videointerview Head of Data Platform", "Invitation
 * entretien final Chef de projet", "Convite entrevista Analista de Dados", "Zaproszenie na rozmowę …".
 */
const INVITATION_OCCASION = /^(?:uitnodiging|einladung|invitation|convite|invito|zaproszenie|convocation|convocatoria|convocazione|convocat[oó]ria)(?:\s+(?:voor|zum|zur|zu|to|for|au|à|a|para|al|per|na|pour|an?|een|ein|un|une|uma?|el|il|le|la|o))*(?:\s+[\p{L}'’-]+){0,2}?\s+\p{L}*(?:gesprek|gespräch|gesprach|interview|entretien|entrevista|colloquio|rozmow\p{L}*|call|échange|conversa|videocall|videollamada|kennismaking|kennenlernen|rencontre|encuentro|incontro|spotkanie|encontro|assessment(?:dag| day| center| centre|-?tag)?|selectiedag|auswahltag|journée de sélection|giornata di selezione|jornada de selecci[óo]n|dia de avalia[çc][ãa]o|dzień rekrutacyjny)(?:\s+(?:final|finale|finales|final|técnic[oa]|tecnico|téléphonique|telefonisch|vidéo|video|presencial|online|rh|hr))?\s+(?=\p{Lu})/iu;

/**
 * A calendar invitation's subject wraps the event's title: "Invitation: <title> @ <when> (<guest>)", as
 * Google Calendar writes it in each language ("Einladung:", "Invitación:", "Invito:", "Uitnodiging:",
 * "Convite:", "Zaproszenie:", an "updated" form of each). The title alone, or the subject as it is.
 */
const CALENDAR_WRAPPER = /^(?:(?:updated |aktualisierte |bijgewerkte |zaktualizowane )?(?:invitation|einladung|invitación|invito|uitnodiging|convite|zaproszenie)(?: (?:mise à jour|actualizada|aggiornato|atualizado|updated))?(?: with note)?\s*:\s*)(.+?)(?:\s+@\s+.*)?$/iu;

export function calendarTitle(subject: string): string {
  const wrapped = CALENDAR_WRAPPER.exec(subject);
  return wrapped && / @ /u.test(subject) ? wrapped[1]!.trim() : subject;
}

/** A letter's subject line in its body: "Assunto: …", "Objet : …", "Oggetto: …", "Betreff: …", "Dotyczy: …". */
const LETTER_SUBJECT_LINE = /^[ \t>]*(?:Assunto|Objet|Oggetto|Betreff|Asunto|Betreft|Dotyczy|Subject|Ref|Re)\s*:\s*(.{6,200})$/gmu;

/**
 * A public body's procedure or a posting's reference, no title ("Procedimento concursal n.º 9/2026", "Rif. bando
 * 12/2026", "Ref.ª UAT-TS-03/2026", "nabór nr 7/2026"): the title is the part beside it.
 */
const PROCEDURE_REFERENCE = /^(?:Procedimento(?: concursal)?|Proc\.|Ref\.?ª?|Réf\.?|Rif\.?|Riferimento|Referencia|Referência|Bando|Concurso|Concorso|Expediente|Convocatória|Convocação|Convocatoria|Convocazione|Convocation|Ofício|Oficio|Nabór|Postępowanie|Aviso|Edital)\b|\bn\.?\s?[ºo°]\s*\d|\b\d{1,4}\/\d{4}\b/iu;

/** An occasion word after a title in a subject's part ("Senior Data Engineer interview", "Data Analyst – second round call"). */
const OCCASION_AFTER_TITLE = /\s+(?:(?:first|second|final|technical|phone|video|intro(?:ductory)?)\s+)?(?:interview|interviews|call|screen|chat|entretien|entrevista|Gespräch|Interview|Vorstellungsgespräch|colloquio|gesprek|sollicitatiegesprek|rozmowa|entrevue)$/iu;

/**
 * An applicant-tracking system's stage line at the top of its body, read like a subject: "Sollicitatie #40781 · Data &
 * IT Trainee · Fase: Eerste gesprek", "Application 2231 | Payroll Analyst | Stage: Phone screen".
 */
function stageLine(main: string): string | null {
  // Its first six lines with text, read lazily: a long body is not split whole for them.
  let seen = 0;
  for (const [raw] of main.matchAll(/^[^\n]*$/gmu)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.length <= 160 && (line.match(/\s[·|•]\s/gu)?.length ?? 0) >= 2 && STAGE_MARK.test(line)) return line;
    if (++seen === 6) break;
  }
  return null;
}
const STAGE_MARK = /#\s?\d{3,}|(?<![\p{L}])(?:Fase|Stage|Phase|Etapa|Status|Stufe|Etap|Étape|Schritt|Req(?:uisition)?|Ref(?:erence|erentie|erenz)?|ID)\s*[:#]/iu;

function roleInSubject(full: string): string | null {
  const subject = calendarTitle(full);
  // Of the subject's phrases, one that names a job wins: "Growth Analyst Interview – Lodestar Commerce" (a
  // calendar event's title) is the title before the word, not the company after the dash.
  const phrases = ROLE_SUBJECT.map((pattern) => cleanRole(pattern.exec(subject)?.[1], true)).filter((r): r is string => r !== null && !PROCEDURE_REFERENCE.test(r));
  const phrase = phrases.find((r) => JOB_NOUN.test(r));
  if (phrase) return phrase;
  const occasion = INVITATION_OCCASION.exec(subject);
  if (occasion) {
    const role = cleanRole(subject.slice(occasion[0].length), true);
    if (role && JOB_NOUN.test(role)) return role;
  }
  // "Calloway Freight - Analytics Manager - interview request", "Entrevista | Analista de Dados Pleno - Jabuticaba Pay"
  const bracketed = /\(([^()]{2,60})\)\s*$/.exec(subject)?.[1];
  for (const part of [...subject.split(/\s+[–—|·-]\s+|\s*[|｜／【】]\s*|:\s+/u), ...(bracketed ? [bracketed] : [])]) {
    // "Updated time: Senior Data Engineer interview": the title before the occasion word.
    const role = cleanRole(part.replace(OCCASION_AFTER_TITLE, ''), true);
    if (role && !PROCEDURE_REFERENCE.test(role) && (JOB_NOUN.test(role) || GENDER_MARKED.test(part)) && !/\b(?:interview|entretien|entrevista|gespr|colloquio|gesprek|rozmowa|einladung|invitation|uitnodiging|zaproszenie|convite|invito|面接)/iu.test(role)) return role;
  }
  // A phrase after the occasion word with no job's word ("Interview – Customer Success") when no part names one:
  // "Interview – Kestrel Paper Mills – Reporting Analyst" is the analyst, not the mills.
  return phrases[0] ?? null;
}

const LEAD_IN = /^(?:als|position|stelle|rolle|zur|zum|für|der|die|das|den|dem|eine?[nmr]?|bewerbung|interesse|gespräch|in|as|for|the|an?|role|functie|vacature|voor|van|het|een|poste|pour|le|la|du|des|puesto|vaga|para|posición|posicion|cargo|función|funcion|função|vacante|stanowisko|stanowisku|stanowiska|roli|na|posizione|di|per|il|lo|ihre?|your|unsere?|our)$/iu;

/** A title right before a gender marker: "…Position Supply Chain Manager (m/w/d) bei…", "Medewerker Klantenservice (m/v/x)". */
function genderMarkedTitle(text: string, skip: (role: string) => boolean = () => false): string | null {
  const marked = new RegExp(String.raw`(?:^|[:\s"„“«'‘])((?:\p{Lu}|\p{Ll}+\s+\p{Lu})[\p{L}\p{N}&/.'’-]*(?:[ \t]+(?:ds\.|[\p{L}\p{N}&/.'’-]+)){0,5})[ \t]*\n?[ \t]*${GENDER_MARK}`, 'gu');
  for (const m of text.matchAll(marked)) {
    // The title starts after the last lead-in word: "Bewerbung als …", "Gespräch zur Position …", "functie …".
    const words = m[1]!.split(/\s+/);
    const lead = words.reduce((last, word, i) => (i < words.length - 1 && LEAD_IN.test(word) ? i : last), -1);
    const title = words.slice(lead + 1);
    while (title.length > 1 && /^\p{Ll}/u.test(title[0]!) && title[0] !== 'ds.') title.shift();
    const cleaned = cleanRole(title.join(' '));
    // Polish declines a title after "na stanowisko/stanowisku", "w roli": "Młodszego Księgowego (k/m/n)".
    const role = cleaned && lead >= 0 && /^(?:stanowisk[oua]|roli)$/iu.test(words[lead]!) ? polishNominative(cleaned) : cleaned;
    // Writers keep a team named by a team's word after the marker as part of the title.
    const team = TEAM_AFTER_MARK.exec(text.slice((m.index ?? 0) + m[0].length));
    if (role && JOB_NOUN.test(role) && !skip(role)) return team ? `${role} – ${team[1]}` : role;
  }
  return null;
}

/** A post said to be filled or closed: "Die Stelle als Data Analyst haben wir inzwischen intern besetzt", "the X role has been filled". */
const FILLED = /(?<![\p{L}])(?:besetzt|vergeben|(?:has been|have been|was|is already|already) filled|no longer (?:open|available)|pourvu\p{L}*|cubiert\p{L}*|coperto|coperta|vervuld|ingevuld|preenchid\p{L}*|obsadzon\p{L}*|zamknięt\p{L}*)(?![\p{L}])/iu;

/** Whether a sentence that names `role` says that post is filled. */
function saidFilled(main: string, role: string): boolean {
  return main.split(/(?<=[.!?])\s+|\n+/).some((sentence) => sentence.includes(role) && FILLED.test(sentence));
}

const GENDER_MARKED = new RegExp(GENDER_MARK, 'u');
/** Words of the occasion an ATS puts before the title in a subject (in the languages of the corpus). */
const NOISE_WORDS = ['Vaga(?: de| para)?', 'Posici[oó]n(?: de)?', 'Posição(?: de)?', 'Proceso(?: de)?', 'Processo(?: de| di| per)?', 'Opportunit[àa](?: di| per| come)?', 'Oportunidad(?: de| como)?', 'Oportunidade(?: de| como)?', 'Opportunity(?: as)?', 'Opportunité(?: de)?', 'Vacante(?: de| para)?', 'Vacature(?: voor)?', 'Vacancy(?: for)?', 'Stellenangebot', 'Posizione(?: di)?', 'Position(?: of)?', 'Poste(?: de| d.)?', 'Puesto(?: de)?', 'Functie(?: van)?', 'Stanowisko', 'Proceso selectivo(?: para)?', 'Proceso de selecci[oó]n(?: para)?', 'Processo seletivo', 'Processo di selezione', 'Selezione(?: pubblica)?(?: per)?', 'Concorso(?: pubblico)?(?: per)?', 'Selección(?: de personal)?', 'Seleção', 'Sélection', 'Werving(?: en selectie)?', 'Rekrutacja(?: na)?', 'Procédure de recrutement', 'Auswahlverfahren', 'Selectieprocedure', 'Proces rekrutacji', 'Uitnodiging(?: voor)?(?: een| het)?(?: (?:sollicitatie|eerste |tweede )?gesprek)?', 'Einladung(?: zu[mr]?)?(?: (?:Vorstellungs|Erst)?gespräch)?', 'Invitation(?: to)?(?: an?)?(?: interview)?', 'Kennismaking(?:sgesprek)?', 'Kennenlern(?:en|gespräch)', 'Erstgespräch', 'Intro(?:ductory)? call', 'Introduction', 'First (?:interview|round)', 'Second (?:interview|round)', 'Final (?:interview|round)', 'Eerste gesprek', 'Tweede gesprek', 'Videogesprek', 'Telefonisch gesprek', 'Sollicitatiegesprek', 'Gesprek', 'Telefon-?[Ii]nterview', 'Video-?[Ii]nterview', 'Telefongespräch', 'Telefonat', 'Phone (?:interview|screen|call)', 'Video (?:interview|call)', 'Telephone (?:interview|call)', 'Colloquio (?:telefonico|conoscitivo|tecnico|individuale|online|in videochiamata)', 'Entrevista (?:telefónica|telefonica|técnica|tecnica|online|presencial|por vídeo|por video)', 'Interview', 'Entretien(?: (?:téléphonique|vidéo|visio|individuel|d[\'’]embauche))?', 'Rozmowa(?: (?:kwalifikacyjna|rekrutacyjna|telefoniczna))?', 'Entrevista', 'Colloquio', 'Convocazione', 'Vorstellungsgespräch', 'Next step', 'Volgende stap', 'Prossimo passo', 'Próximo passo', 'Mobilità(?: (?:esterna|volontaria|esterna volontaria))?(?: per)?', 'Bolsa de (?:empleo|trabajo)(?: de| para)?', 'Oposiciones?(?: de| para)?', 'Concurso(?:-oposición)?(?: público)?(?: de| para)?', 'Procedimento concursal(?: para)?', 'Nabór(?: na stanowisko)?', 'Konkurs(?: na stanowisko)?', 'Concours(?: externe| interne)?(?: de| d.)?', 'Ausschreibung'];
/** Words of the occasion an ATS puts before the title in a subject (in the languages of the corpus), capitalised or not. */
/** …one or more of them, or a compound that ends in an occasion's word ("Videocall Senior Consultant Pricing",
 * "Zweitgespräch Senior Business Analyst", "Telefoninterview …", "Videocolloquio …"). */
const SUBJECT_NOISE = new RegExp(String.raw`^(?:(?:${NOISE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')}|\p{L}{2,}(?:gespräch|gesprek|call|interview|colloquio|entrevista|entretien))\s+)+(?=\p{Lu})`, 'u');
/** The status an ATS writes after the title in a subject. */
const SUBJECT_STATUS = /\s+(?:(?:has been|is|was|wurde|is|è stato|foi)\s+)?(?:scheduled|confirmed|rescheduled|updated|cancelled|canceled|gepland|bevestigd|verzet|bestätigt|confermato|confirmad[oa]|agendad[oa])$/iu;
const GENDER = new RegExp(String.raw`\s*${GENDER_MARK}`, 'giu');
const AFTER_GENDER_MARK = new RegExp(String.raw`(?<=${GENDER_MARK})\s*[–—|,-]\s.*$`, 'u');
/** A team named by a team's word right after a title's gender marker: "(m/v/x) – Team Finance", "(h/m) – Área Financiera". */
const TEAM_AFTER_MARK = /^[ \t]*[–—-][ \t]+((?:Team|Área|Area|Abteilung|Bereich|Afdeling|Département|Dipartimento|Divisione|Dział|Departamento|Departament|Equipo|Equipa|Équipe)[ \t]+\p{Lu}[\p{L}&]*(?:[ \t]+\p{Lu}[\p{L}&]*){0,2})(?![\p{L}])/u;
const PLURAL_POSTS = /^(?:unsere[nr]?\s+)?(?:Stellen|Positionen|Rollen|functies|vacatures|posiciones|puestos|posizioni|postes|stanowiska|vagas|roles|positions)\s+(?=\p{Lu})/u;
/** A gender marker written without brackets: "H/F", "m/w/d", "k/m". */
const BARE_GENDER_MARK = String.raw`(?:[HF]\/[HF]|[hf]\/[hf]|[mwfdxkvMWFDXKV](?:\/[mwfdxkvMWFDXKV]){1,2})`;
/** What follows a bare gender marker in lower case is the sentence going on ("Conseiller en télévente H/F le mercredi 16 juin à 9h00"). */
const AFTER_BARE_GENDER = new RegExp(String.raw`(?<=\s${BARE_GENDER_MARK})\s+\p{Ll}.*$`, 'su');
/** A gender marker without brackets ending a title: "Chef de projet H/F", "Controller m/w/d", "Analityk K/M" (also before a subject's " – Lyon"). */
const BARE_GENDER = new RegExp(String.raw`\s+[-–]?\s*${BARE_GENDER_MARK}$`, 'u');

/**
 * The sentence's own verb after the title: "au poste de Contrôleur de gestion a retenu toute notre attention", "al puesto
 * de Analista ha sido seleccionada", "per la posizione di Buyer è stata valutata", "als Einkäufer hat uns überzeugt",
 * "voor de functie van Planner heeft ons", "para a vaga de Analista foi selecionada", "for the Analyst role has been
 * shortlisted", "na stanowisko Księgowej została": an auxiliary and its participle (or a pronoun) end the title.
 * So does the verb German puts last ("als Produktionsplaner kennenzulernen", "als Netzwerktechniker erhalten",
 * "Koch gesucht") and a Polish "we" verb ("na stanowisko Planista produkcji chcielibyśmy zaprosić", "zapraszamy").
 */
const VERB_AFTER_TITLE = /\s+(?:(?:a|ont|est|sont)\s+(?:(?:bien|déjà|particulièrement|vivement|beaucoup|retenu|été)\s+)*\p{Ll}+(?:é|ée|és|ées|u|ue|us|is|ise|it)|(?:nous|vous)\s+a|(?:ha|han|fue)\s+(?:sido|\p{Ll}+(?:ado|ada|ido|ida))|(?:è|sono)\s+(?:stat[aoie]|piaciut[aoie])|(?:ha|hanno)\s+\p{Ll}+(?:at[oaie]|ut[oaie]|it[oaie])|(?:hat|haben|wurde)\s+(?:uns|mich|\p{Ll}+)|(?:einladen|kennenlernen|kennen\s+lernen|begrüßen|vorstellen|sprechen|treffen|\p{Ll}+zu\p{Ll}+en|zu\s+\p{Ll}+en|ge\p{Ll}{3,}(?:(?<!is)t|en)|erhalten|bekommen)\s*[.!,]?\s*$|\p{Ll}{2,}(?:emy|imy|amy|libyśmy|łybyśmy)|(?:heeft|werd)\s+(?:ons|\p{Ll}+)|(?:foi|tem)\s+\p{Ll}+|(?:has|have|was)\s+(?:been|caught|impressed|\p{Ll}+ed)|(?:zostala|została|zostal|został)\s+\p{Ll}+)(?![\p{L}]).*$/su;
/** The day or the hour after a title in its sentence, in the nine languages (lowercase adverbs, "um 10 Uhr", "at 3pm"). */
const WHEN_AFTER_TITLE = /\s+(?:(?:morgen|heute|übermorgen|tomorrow|today|demain|aujourd'hui|mañana|hoy|domani|oggi|amanhã|hoje|jutro|dzisiaj|dziś|vandaag|overmorgen)(?![\p{L}])|(?:(?:le|el|il|am|Am|on|On|op|no|na|w|we|ce|este|this|next)\s+)?(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|Sabato|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Segunda-feira|Terça-feira|Quarta-feira|Quinta-feira|Sexta-feira|Poniedziałek|Wtorek|Środę|Czwartek|Piątek|Sobotę|lundi|mardi|mercredi|jeudi|vendredi|samedi|monday|tuesday|wednesday|thursday|friday|saturday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|lunes|martes|miércoles|jueves|viernes|sábado|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|poniedziałek|wtorek|środę|czwartek|piątek|sobotę)\s+\d{1,2}(?![\d:.h])|(?:um|at|à|a las|alle|às|om|o godz\.?|o)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:Uhr|h|uur|horas?|am|pm|a\.m\.|p\.m\.)?(?![\p{L}\d])).*$/su;

/**
 * Inclusive writing on a word: French "Assistant(e)", "Chargé·e", "Développeur.euse", "Directeur(rice)"; Spanish,
 * Portuguese and Italian "Ejecutivo(a)", "Coordenador(a)", "Addetto(a)".
 * findRole takes it out of the texts it reads, so every title cleanRole is given is already without it.
 */
const INCLUSIVE_ENDING = /(?<=\p{Ll})(?:\((?:e|ne|se|euse|rice|trice|ère|a|o|as|os)\)|[·.•](?:e|ne|se|euse|rice|trice|ère)(?:[·.•]s)?)(?![\p{L}])/gu;

/** A contract type or the pay written after a title, with what follows it: CDI, CDD, "tempo determinato", "befristet", "full-time", "RAL 50-55k", "48.000–55.000 €", a number cut at its thousands point ("– 48"). */
const CONTRACT_AFTER_TITLE = /\s*[–—|,-]\s*(?:CDI|CDD|contrat (?:à durée|de \p{L}+)|tempo (?:in)?determinato|contratto (?:a|di) \p{L}+|contrato (?:indefinido|temporal|fijo|por obra|a término|a termo|sem termo|efetivo|CLT)|full[- ]?time|part[- ]?time|fixed[- ]term|permanent(?: contract)?|temporary|Vollzeit|Teilzeit|(?:un)?befristet|Festanstellung|vast (?:contract|dienstverband)|tijdelijk(?: contract)?|umowa (?:o pracę|na czas)|B2B|CLT|PJ|RAL|salary|salario|salário|stipendio|Gehalt|salaire|salaris|wynagrodzenie|[£$€]\s?\d|\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s?(?:k|K)?\s?(?:€|EUR|£|GBP|\$|USD|CHF|zł|PLN)|\d{2,3}(?:[-–]\d{2,3})?\s?k(?:€)?|\d[\d.,]*\s*$)(?![\p{L}]).*$/iu;
/** …and said with a preposition ("Acheteuse confirmée en CDI", "Sachbearbeiter in Vollzeit", "Magazziniere a tempo indeterminato"). */
const CONTRACT_IN_TITLE = /\s+(?:en\s+(?:CDI|CDD|contrat\s+\p{L}+|int[ée]rim|alternance)|in\s+(?:Vollzeit|Teilzeit)|a\s+tempo\s+(?:in)?determinato|con\s+contratto\s+\p{L}+|(?:en|con)\s+contrato\s+(?:indefinido|temporal|fijo|por obra)|(?:em|com)\s+contrato\s+(?:sem termo|a termo|efetivo|CLT)|(?:op|met)\s+(?:een\s+)?(?:vast|tijdelijk)\s+contract|na\s+umow[eę]\s+o\s+prac[eę]|on\s+a\s+(?:permanent|fixed[- ]term|temporary)\s+(?:basis|contract))(?![\p{L}]).*$/iu;
/** …nor its hours after a dash or a comma ("Junior UX Researcher – 32 hours per week", "Analist, 32 uur"). */
const HOURS_AFTER_TITLE = /\s*[–—|,-]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:hours?|hrs?|uur|Stunden|Std\.?|heures|h|ore|horas|godzin)(?![\p{L}]).*$/iu;

/** Language names a title may ask for or translate between, in the corpus's languages. */
const LANGUAGE_NAME = String.raw`(?:German|English|French|Spanish|Italian|Dutch|Portuguese|Polish|Deutsch|Englisch|Französisch|Spanisch|Italienisch|Niederländisch|Portugiesisch|Polnisch|anglais|allemand|espagnol|italien|néerlandais|portugais|polonais|inglés|alemán|francés|español|italiano|portugués|polaco|neerlandés|inglese|tedesco|francese|spagnolo|portoghese|polacco|olandese|Engels|Duits|Frans|Spaans|Portugees|Pools|Italiaans|inglês|alemão|francês|espanhol|português|polonês|holandês|angielski|niemiecki|francuski|hiszpański|włoski|portugalski|polski)`;
const LANGUAGE_AFTER_TITLE = new RegExp(String.raw`\s+(?:(?:z|ze)\s+(?:j\.|jęz\.|językiem)\s+\p{L}+|(?:with|mit|avec|con|met|com)\s+(?:fluent\s+|native\s+|verhandlungssicherem\s+|fließendem\s+)?${LANGUAGE_NAME})$`, 'iu');
/** A bracket naming the languages a translator works between ("(portugués-español)", "(EN>DE)", "(anglais/français)"): part of the title. */
const LANGUAGE_PAIR = new RegExp(String.raw`^\(\s*(?:${LANGUAGE_NAME}|[A-Z]{2})(?:\s*[-–/>→]\s*(?:${LANGUAGE_NAME}|[A-Z]{2}))+\s*\)$`, 'iu');

/** A client named after a title: "c/o <name>", or "per/for/für/pour/para/voor/dla <name with a legal form>". Group 1 is the client. */
const CLIENT_AFTER_TITLE = new RegExp(String.raw`\s+(?:c\/o\s+(${NAME})|(?:per|for|für|pour|para|voor|dla)\s+(${NAME}\s(?:GmbH|AG|S\.p\.A\.?|S\.r\.l\.?|S\.A\.?|S\.L\.?|SAS|SARL|B\.V\.?|N\.V\.?|Ltd\.?|plc|Lda\.?|Ltda\.?|[Ss]p\. z o\.o\.)))(?![\p{L}]).*$`, 'u');

const REFERS_TO_TITLE = /^(?:(?:indicat[ao] |citat[ao] |menzionat[ao] )?in oggetto|in questione|sopra (?:indicat|menzionat|citat)\p{L}*|(?:em|na) (?:referência|referencia|epígrafe|questão)|acima (?:referid|mencionad|indicad)\p{L}*|en (?:objet|référence|question)|(?:mentionné|cité|indiqué)e? ci-dessus|ci-dessus|(?:de|en) referencia|en cuestión|(?:arriba|antes) (?:indicad|mencionad|citad)\p{L}*|(?:mentioned|referenced|listed|named) (?:above|in the subject)|above|in question|in the subject(?: line)?|(?:oben |im Betreff )?(?:genannt|erwähnt|angegeben)\p{L}*|im Betreff|in kwestie|(?:boven)?(?:genoemd|vermeld)\p{L}*|in (?:de )?onderwerp(?:regel)?|w temacie|(?:powyższ|wymienion|wskazan)\p{L}*(?: w temacie)?)$/iu;

function cleanRole(raw: string | undefined, fromSubject = false): string | null {
  if (!raw) return null;
  // A gender marker ends a title: what a dash or a comma adds after it is the team or the place
  // ("Backend Developer (m/w/d) – Payments, Köln/remote").
  let role = raw.replace(AFTER_GENDER_MARK, '').replace(AFTER_BARE_GENDER, '').replace(GENDER, '').replace(BARE_GENDER, '').replace(/\p{Extended_Pictographic}/gu, '');
  // "Stellen Data Analyst", "posizioni …": the plural noun that introduces titles is none of them.
  role = role.replace(PLURAL_POSTS, '');
  // Requisition numbers: "(Job Requisition R-0041827)", "(Req. HBX-20417)", "(HBX-20417)", "[Réf. TLC-0412]", "#4471"
  role = role.replace(/\s*\((?:Job\s+)?(?:Requisition|Req|Ref|ID|Job ID)\b[^)]*\)|\s*\([^)]*\d{3,}[^)]*\)|\s*\[[^\]\n]*\d[^\]\n]*\]/gi, '').replace(/\s*(?:#|Req\.?\s*#?|R-)\d[\w-]*/gi, '');
  // …and a reference written before the title ("Ref. 2027-0419 Controller", "Kennziffer 4411: Buchhalter", "Rif. MI-22 Analista").
  role = role.replace(/^(?:Ref(?:erenz|erence)?|Réf(?:érence)?|Rif(?:erimento)?|Req(?:uisition)?|Kennziffer|Job ID|ID|Nr|No|Nº|Nummer|Numer|Vacancy|Vacature|Vacante|Vaga|Stellen-?ID|Stelle|Job|Posting|Offre|Oferta|Annonce|Ogłoszenie)\.?\s*[:#]?\s*[\p{L}]{0,4}[-/]?\d[\w/.-]*\s*[:–—-]?\s+(?=\p{L})/iu, '');
  // A calendar invitation's subject ends with its time ("… Data Analyst @ Tue 12 Jan 2027 10:00 - 11:00 (CET)"),
  // an ATS's with its status ("… (JR-4411) has been scheduled").
  if (fromSubject) role = role.replace(/\s+@\s+.*$/u, '').replace(SUBJECT_STATUS, '');
  // ATS subject noise before the title: "Kennismaking Data Product Manager", "Second interview Senior Analyst".
  if (fromSubject) role = role.replace(SUBJECT_NOISE, (noise: string, _at: number, whole: string) => (JOB_NOUN.test(whole.slice(noise.length)) ? '' : noise));
  // …and the person a calendar's confirmation names after it ("Kennismakingsgesprek Product Owner met Sanne de Vries om 10:00").
  if (fromSubject) role = role.replace(/\s+(?:met|mit|avec|con|com|z|with)\s+\p{Lu}\p{Ll}+(?:\s+(?:de|van|der|den|von|da|di|del|le|la|dos|das|do))*\s+\p{Lu}.*$/u, '');
  // An agency's client after the title: "Addetto Contabilità c/o Cartiere Valbruna", "Buyer Junior per Dolciaria Ferrandi S.p.A.".
  role = role.replace(CLIENT_AFTER_TITLE, '');
  if (fromSubject) role = role.replace(/\s+(?:at|with|chez|bei|en|presso|bij|na|w|in)\s+\p{Lu}.*$|\s+(?:at|with|chez|bei)\s+.*$|\s+[–—|-]\s+.*$|,\s+.*$/u, '').replace(/\s*\([^)]*\)\s*$/, '').replace(/,?\s*(?:kurzes|short|next|prochaine|nächste)\b.*$/iu, '').replace(BARE_GENDER, '');
  // A note in brackets is no part of the title ("(confidential)", "(100% remoto)", "(32-40 uur)", an
  // unclosed "(esquema remoto"); a short capitalised one is ("(Japan Market)"), as is a full-width one and a
  // translator's language pair ("(portugués-español)").
  role = role.replace(/\s+\((?![\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2}\))[^)]*\)?/gu, (note: string) => (LANGUAGE_PAIR.test(note.trim()) ? note : ''));
  // "Zoom interview for the Outbound Sales Representative": the occasion before the title goes, the title after "for" stays.
  role = role.replace(/^(?:[\p{Lu}][\p{L}-]*\s+)?(?:video\s+|phone\s+|first\s+|second\s+|final\s+)?(?:interview|call|chat|conversation|meeting)\s+(?:for|about)\s+(?:the|our|this|a|an)\s+(?=\p{Lu})/u, '');
  role = role.replace(/^(?:the|a|an|our|le|la|el|die|der|das|il|lo|de|het|o)\s+/i, '').replace(/^(?:poste|puesto|Stelle|vaga|vacante|posición|posizione|cargo|functie|vacature|stanowisko|role|position)\s+(?:de|d['’]|als|di|van|of|na)\s+/i, '');
  // "Policy Officer, Grade 7 – Brussels Office", "Referent, Entgeltgruppe E13 TV-L": the pay grade after a comma, and what follows it, is no part of it.
  role = role.replace(/,\s*(?:Grade|Band|Level|Pay (?:grade|band)|niveau|Niveau|Entgeltgruppe|Besoldungsgruppe|EG|schaal|Schaal|salarisschaal|livello|categoria|nível|grupa zaszeregowania)\s+[\p{L}\d][^,]*$/u, '');
  // "Conheça a vaga aqui: Analista de Dados <https://…>": the pointer before the title and the link after it are no part of it.
  role = role.replace(/^(?:here|aqui|aquí|ici|hier|qui|qua|hieronder|below|ci-dessous|abaixo|abajo|tutaj|poniżej)\s*[:：]\s*/iu, '').replace(/\s*<https?:.*$/u, '');
  // "el puesto es de camarero", "le poste est de…", "the role is …": the copula after the word for the post is no part of it.
  role = role.replace(/^(?:es|est|ist|is|è|é|jest)\s+(?:(?:de|d['’]|di|van|of|na|como|als)\s+)?/u, '');
  // …and what is left of "el puesto es lo que es" names nothing.
  if (/^\p{Ll}{1,3}$/u.test(role)) return null;
  // "Analista de Datos Sr. La hora es…": a Jr./Sr. after the title's first word is its last word; what follows is a new sentence.
  role = role.replace(/^(\S.*?\s(?:Jr|Sr)\.)\s+\p{Lu}.*$/u, '$1');
  // A title holds no semicolon, nor a colon before lower-case words: what follows is the next clause ("au poste de
  // Comptable ; nous vous proposons…", "alla posizione di Product Designer: il suo portfolio ci è piaciuto").
  role = role.replace(/\s*;.*$/su, '').replace(/:\s+\p{Ll}.*$/su, '');
  // …nor its workload ("Spezialist Lohnbuchhaltung 80–100 %", "Sachbearbeiterin (60 %)"), as Swiss postings write it.
  role = role.replace(/\s*\(?\s*\d{2,3}\s*(?:[-–]\s*\d{2,3}\s*)?%\s*\)?\s*$/u, '');
  // …nor its contract after a dash or a comma ("Responsable logistique – CDD 12 mois", "Magazziniere, tempo determinato").
  role = role.replace(CONTRACT_AFTER_TITLE, '').replace(CONTRACT_IN_TITLE, '').replace(HOURS_AFTER_TITLE, '');
  // …nor the language it asks for ("Konsultant ds. windykacji z j. portugalskim", "Customer Agent with German").
  role = role.replace(LANGUAGE_AFTER_TITLE, '');
  // …nor the when that follows it in the sentence ("als Fachspezialistin Rechnungswesen morgen um 10 Uhr").
  role = role.replace(WHEN_AFTER_TITLE, '');
  // …nor the sentence's verb after it (VERB_AFTER_TITLE).
  role = role.replace(VERB_AFTER_TITLE, '');
  // "the Senior Data Engineer contract (£575/day)": the kind of engagement, in lower case, is no part of the title.
  role = role.replace(/\s+(?:contract|contractor role|freelance role|assignment|engagement|interim role)$/u, '');
  role = role.replace(/\s+(?:position|role|opening|job|opportunity)$/i, '').replace(/(?<!\b(?:Jr|Sr|Co))[\s:;,.–—-]+$/u, '').trim();
  // A title quoted whole ("«Recepcionista bilingüe»", "„Sachbearbeiter Einkauf“", "\"Data Analyst\""): without its quotes.
  role = role.replace(/^(["'«»„“”‚‘’「『])\s*([^"'«»„“”‚‘’「」『』]+?)\s*(["'«»“”‘’」』])$/u, '$2');
  if (role.length < 2 || role.length > 60) return null;
  // A competition or requisition number alone is no title ("Competition DRS-2027-0412").
  if (/^(?:Competition|Requisition|Req|Job(?: ID)?|Ref(?:erence)?|Posting|Concours|Référence|Réf)\.?\s*(?:ID\s*)?(?:#|No\.?\s*)?[A-Z0-9][\w-]*$/iu.test(role)) return null;
  // A title never opens with a lowercase conjunction, article or preposition: "vaga e entender seu momento" is the
  // sentence going on after the word "vaga", no title.
  if (/^(?:e|y|i|o|u|a|en|et|und|and|or|ou|oder|of|que|che|dass|to|pra|para|per|por|pour|de|da|do|di|du|la|le|el|il|lo|the|ein|eine|um|uma|un|une|uno|una|z|w|na|te|me|se|si)\s/u.test(role)) return null;
  if (/^(?:you|us|our team|this|that|it|invitation|request|confirmed|scheduled|details|next steps?|interview|opportunity|job|role|position|application|candidature|career|careers|hiring|update|follow[- ]up|reminder)$/i.test(role)) return null;
  // A pointer to the title written elsewhere ("per la posizione in oggetto", "à vaga em referência", "le poste en objet",
  // "die oben genannte Stelle"): the subject names it, this names nothing.
  if (REFERS_TO_TITLE.test(role)) return null;
  // The occasion is no title ("Convocation à un entretien de recrutement", "colloquio di selezione").
  if (/^(?:recrutement|recruitment|recruiting|recrutamento|reclutamiento|selección|selecci[oó]n de personal|selezione|sélection|seleção|selecção|rekrutacj\p{L}*|werving(?: en selectie)?|embauche|contratación|assunzione|Auswahl\p{L}*|Personalauswahl)$/iu.test(role)) return null;
  // Work conditions in full-width brackets are no part of a Japanese title ("データアナリスト（正社員）").
  role = role.replace(/（[^（）]*(?:正社員|契約|派遣|業務委託|委託|歩合|アルバイト|パート|リモート|在宅|勤務|年収|月給|時給|未経験|経験者|急募|副業)[^（）]*）/gu, '').trim();
  if (/^(?:Ihre?|Your|Votre|Su|Tu|Sua|La sua|Uw|Je|Invitation|Einladung|Quick|Our)\b/i.test(role)) return null;
  return role;
}
