/**
 * The words the decision reads, in English, French, German and Spanish. Data only: to teach the rules
 * a new phrase, add it here (and a labelled note to tests/fixtures/decisions/notes.json).
 * Every list is matched case-insensitively on word boundaries.
 */
const words = (list: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The role is a dud, or the owner doubts it. */
export const DUD = words([
  'dud', 'boring', 'dull', 'dead[- ]end', 'data entry', 'menial', 'pointless', 'tedious', 'uninspiring', 'meh',
  'beneath me', 'step back(?:wards)?', 'not (?:really )?(?:interested|excited) in (?:the|this) (?:role|job|position)',
  'glorified \\w+', 'junior role', 'no growth', 'going nowhere', 'soul[- ]crushing', 'mind[- ]numbing', 'lame',
  'ennuyeu(?:x|se)', 'sans intérêt', 'voie de garage', 'poste bidon', 'pas intéressant', 'rébarbatif',
  'langweilig\\w*', 'sackgasse', 'stumpfsinnig\\w*', 'uninteressant\\w*', 'öde',
  'aburrid[oa]s?', 'sin futuro', 'callejón sin salida', 'poco interesante', 'tedioso',
]);

/** The company's future looks bleak. */
export const BLEAK = words([
  'layoffs?', 'laid off', 'lay-offs?', 'winding down', 'wind(?:ing)? up', 'insolven\\w*', 'bankrupt\\w*', 'going under',
  'shutting down', 'closing down', 'bleak', 'sinking(?: ship)?', 'struggling', 'out of (?:money|runway|cash)', 'no runway',
  'hiring freeze', 'failing', 'in administration', 'restructuring', 'downsizing', 'going bust', 'folding', 'losing money',
  'rounds? of cuts', 'job cuts', 'doomed', 'dying company', 'on its last legs',
  'licenciements?', 'plan social', 'liquidation', 'redressement judiciaire', 'faillite', 'en difficulté', 'fermeture',
  'entlassungen', 'stellenabbau', 'insolvenz', 'pleite', 'abwicklung', 'kurzarbeit',
  'despidos', 'ERE', 'quiebra', 'concurso de acreedores', 'cierre', 'en crisis',
]);

/** Something that draws the owner. */
export const APPEAL = words([
  'great', 'love', 'like', 'exciting', 'excited', 'interesting', 'curious', 'impressive', 'meet (?:their|the)', 'learn',
  'good', 'nice', 'fun', 'smart', 'amazing', 'promising', 'growing', 'cool', 'keen', 'dream', 'fascinating', 'brilliant',
  'super', 'intéressant', 'intéressante', 'génial', 'géniale', 'sympa', "j'aime", 'passionnant', 'passionnante',
  'spannend\\w*', 'interessant\\w*', 'toll\\w*', 'gefällt', 'reizvoll\\w*', 'super\\w*',
  'interesantes?', 'genial(?:es)?', 'me gusta', 'emocionantes?', 'atractiv[oa]s?',
]);

/** A word that negates what follows it within a few words: "not a dead end at all". */
export const NEGATION = /(?:^|[^\p{L}])(?:not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|hardly|don'?t|doesn'?t|didn'?t|nothing|without|pas|ne|n'|jamais|aucun\w*|nicht|kein\w*|nie|ohne|no|nunca|ningún|ninguna|sin)(?:[^\p{L}]+[\p{L}'’-]+){0,3}[^\p{L}]*$/iu;

/** Hedges: the owner is not sure. A hedged dud or bleak outlook never makes a decline on its own. */
export const HEDGE = words([
  'maybe', 'might', 'perhaps', 'possibly', 'probably', 'a bit', 'a little', 'somewhat', 'kind of', 'sort of', 'slightly',
  'not sure', 'i guess', 'could be', 'may be', 'seems?', 'a tad', 'potentially',
  'peut-être', 'un peu', 'plutôt', 'vielleicht', 'etwas', 'eher', 'quizás', 'quizá', 'tal vez', 'un poco', 'algo',
]);

/** Someone else's opinion, reported by the owner. */
export const REPORTED = words([
  '(?:friends?|people|someone|somebody|they|reviews?|glassdoor|colleagues?|co-?workers?|the recruiter|my \\w+|everyone|reddit|the news)\\s+(?:say|says|said|think|thinks|told me|claim|claims|reckon|reckons|warned(?: me)?)',
  'i (?:heard|read)', 'apparently', 'rumou?rs?', 'supposedly', 'on dit', 'il paraît', 'angeblich', 'dicen que',
]);

/** The owner disputes what was reported. */
export const DISPUTE = words([
  "i (?:don'?t|do not) (?:think|believe|buy)(?: (?:so|it|that))?", 'i disagree', 'not convinced', 'i doubt (?:it|that)',
  "(?:that'?s|they'?re|he'?s|she'?s) wrong", 'nonsense', 'not (?:so )?sure about that', 'not true', 'i think otherwise',
  'je ne (?:pense|crois) pas', 'pas d’accord', "pas d'accord", 'glaube ich nicht', 'stimmt nicht', 'no lo creo', 'no estoy de acuerdo',
]);

/** Role words in the invitation itself that suggest a dud (commission-only, unpaid, cold calling…). */
export const DUD_ROLE = words([
  'data entry', 'commission[- ]only', 'unpaid', 'cold[- ]calling', 'door[- ]to[- ]door', 'pyramid', 'mlm',
  'saisie de données', 'non rémunéré', 'datenerfassung', 'unbezahlt', 'introducción de datos', 'no remunerado',
]);

/** The invitation asks the candidate to relocate. */
export const RELOCATION = words([
  'relocat(?:e|ion) (?:is )?(?:required|necessary|mandatory)', '(?:must|will need to|would need to|required to) relocate',
  'relocation to \\p{Lu}[\\p{L}-]+ (?:is )?required', 'déménagement (?:obligatoire|nécessaire)', 'umzug (?:erforderlich|notwendig)',
  'reubicación (?:obligatoria|necesaria)', 'traslado (?:obligatorio|necesario)',
]);

/** A long interview: a full-day loop, several back-to-back rounds, a "superday". */
export const FULL_DAY = words([
  'full[- ]day', 'all[- ]day', 'superday', 'onsite loop', 'half[- ]day', 'back[- ]to[- ]back (?:interviews|sessions)',
  '\\d\\s+(?:back-to-back )?interviews', 'journée complète', 'toute la journée', 'demi-journée', 'ganztägig', 'ganzen tag',
  'assessment center', 'jornada completa', 'todo el día',
]);

/** The interview needs travel beyond a local commute. */
export const TRAVEL = words([
  'flight', 'fly(?: you)? (?:in|out|to)', 'travel(?:ling)? to', 'hotel', 'accommodation', 'train ticket',
  'déplacement', 'billet', 'anreise', 'reisekosten', 'übernachtung', 'viaje', 'desplazamiento', 'alojamiento',
]);

/** Explicit instructions in the note: a first word, or a tag anywhere. */
export const INSTRUCTION_FIRST_WORD = /^\s*#?(decline|skip|pass|no|attend|accept|go|yes)\b[\s.!,:]*(?:$|\n)/i;
export const TAGS = /(?:^|\s)#(decline|attend|dud|bleak|dream)\b/gi;
