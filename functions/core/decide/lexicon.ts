/**
 * The words read in the invitation itself (relocation, a long loop, travel, and the few role and outlook
 * words kept from the first reader), in English, French, German and Spanish. The owner's note, and the
 * dud and bleak concepts in eight languages, are read with concepts.ts. Data only; every list is matched
 * case-insensitively on word boundaries.
 */
import { wordPattern } from './alternation.js';
const words = (list: readonly string[]) => wordPattern(list, 'iu');


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


/** A word that negates what follows it within a few words: "not a dead end at all". */
export const NEGATION = /(?:^|[^\p{L}])(?:not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|hardly|don'?t|doesn'?t|didn'?t|nothing|without|pas|ne|n'|jamais|aucun\w*|nicht|kein\w*|nie|ohne|no|nunca|ningún|ninguna|sin)(?:[^\p{L}]+[\p{L}'’-]+){0,3}[^\p{L}]*$/iu;




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
  // Several interviews one after another, in the other languages ("quattro colloqui consecutivi", "vier Gespräche hintereinander").
  '(?:\\d|due|tre|quattro|cinque) colloqui(?: \\p{L}+)? consecutivi', 'colloqui consecutivi', 'giornata intera', 'intera giornata',
  '(?:\\d|zwei|drei|vier|fünf) (?:\\p{L}+ )?gespräche (?:direkt )?(?:hintereinander|nacheinander)', 'ganztags',
  '(?:\\d|deux|trois|quatre|cinq) entretiens (?:à la suite|consécutifs|d[\'’]affilée|successifs)',
  '(?:\\d|dos|tres|cuatro|cinco) entrevistas (?:seguidas|consecutivas)', '(?:\\d|duas|três|quatro|cinco) entrevistas (?:seguidas|consecutivas)', 'dia inteiro',
  '(?:\\d|twee|drie|vier|vijf) gesprekken (?:achter elkaar|na elkaar)', 'hele dag', 'halve dag',
  '(?:\\d|dwie|trzy|cztery|pięć) (?:\\p{L}+ )?rozmow\\p{L}* (?:pod rząd|jedna po drugiej)', 'cały dzień',
]);

/** The interview needs travel beyond a local commute. */
export const TRAVEL = words([
  'flight', 'fly(?: you)? (?:in|out|to)', 'travel(?:ling)? to', 'hotel', 'accommodation', 'train ticket',
  'déplacement', 'billet', 'anreise', 'reisekosten', 'übernachtung', 'viaje', 'desplazamiento', 'alojamiento',
]);

