/**
 * Is it an interview invitation? Yes for a fixed time, proposed slots, a scheduling link, an availability
 * request or a reschedule; no for cold outreach, a take-home test or assessment, a rejection, an offer,
 * a job alert or newsletter, an application receipt, a survey, a recruiting event.
 */

/** Interview words, in compounds too ("Videointerview", "Vorstellungsgespräch", "sollicitatiegesprek"). */
const INTERVIEW = /interview|entretien|entrevista|gespr.{1,2}ch|colloquio|sollicitatie|kennismakingsgesprek|gesprek|面接|面談|phone screen|screening call|(?:video|phone|teams|zoom) call|llamada|échange (?:téléphonique|en visio)|premier échange|telefonat/i;

/** Someone asks to meet at a time, offers times, or sends a link to pick one. */
const INVITE_ACT = new RegExp(
  [
    String.raw`\binvit(?:e|ing) you\b`,
    String.raw`\bwould (?:like|love) to (?:invite|schedule|set up|meet|speak|chat|talk|have)`,
    String.raw`\b(?:we'd|I'd) (?:like|love) to (?:invite|schedule|set up|meet|speak|chat|talk|have)`,
    String.raw`\bselected to interview\b`,
    String.raw`\bcome in for an interview\b`,
    String.raw`\b(?:are you|would you be) available\b`,
    String.raw`\bwould (?:either|any|one) of (?:these|the following)`,
    String.raw`\b(?:pick|choose|select|book) (?:a|your) (?:time|slot)\b`,
    String.raw`\b(?:let me know|send me|share) (?:your|a few) (?:availability|availabilities|times)\b`,
    String.raw`\b(?:your|a few) (?:availability|times that work)\b`,
    String.raw`\bcould we (?:do|have|schedule|set up)\b`,
    String.raw`\bconfirm (?:your attendance|the time|that this time)\b`,
    String.raw`\b(?:reschedul\w+|move your interview|new time)\b`,
    String.raw`\bnous (?:aimerions|souhaiterions|souhaitons|voudrions) (?:vous|organiser|convenir)`,
    String.raw`\bj'aimerais vous (?:proposer|rencontrer|inviter)`,
    String.raw`\bvous (?:proposer|inviter|convier)\b`,
    String.raw`\bvous proposons\b`,
    String.raw`\bcréneau`,
    String.raw`\bdécaler votre entretien`,
    String.raw`\bmöchten (?:wir )?Sie\b.*\beinladen`,
    String.raw`\b(?:laden|luden) (?:wir )?Sie\b.*\bein\b`,
    String.raw`\beinladen\b`,
    String.raw`\bEinladung\b`,
    String.raw`\bTermin(?:e|vorschläge?)?\b`,
    String.raw`\bwann (?:Sie|Ihnen)\b`,
    String.raw`\bverfügbar\b`,
    String.raw`\bnos gustaría (?:invitarte|invitarle|conocerte|hablar|tener)`,
    String.raw`\bpodr(?:íamos|ías) (?:hacer|tener|venir)`,
    String.raw`\b(?:invitarte|invitarle|te propongo|te proponemos)\b`,
    String.raw`\b(?:opciones|disponibilidad)\b`,
    String.raw`\bgostaríamos de (?:convidar|agendar|conversar)`,
    String.raw`\bvorremmo invitarl[ae]\b|\binvitarla\b|\binvitarti\b`,
    String.raw`\bwillen (?:we|wij) (?:je|u) graag uitnodigen|\bnodigen (?:we|wij) (?:je|u)\b|\buitnodig`,
    String.raw`ご案内|お越しください|ご都合`,
  ].join('|'),
  'i',
);

const NOT_AN_INVITATION = new RegExp(
  [
    // offers
    String.raw`\boffer (?:of employment|letter)\b|\b(?:pleased|delighted|happy|thrilled) to (?:extend (?:you )?an offer|offer you)\b|\bjob offer\b|\bpromesse d'embauche\b|\bVertragsangebot\b|\boferta (?:de empleo|laboral)\b`,
    // rejections
    String.raw`\bregret to inform\b|\bnot (?:be )?(?:moving|move) forward\b|\bdecided to (?:move|proceed|pursue|go) (?:forward )?with (?:other|another)\b|\bno longer (?:being )?considered\b|\bnous avons le regret\b|\bne pas donner suite\b|\bleider\b.*\b(?:absagen|nicht berücksichtigen|nicht weiter|anderen? (?:Kandidat|Bewerber))|\bAbsage\b|\blamentablemente\b|\bno (?:continuar|seguir) con tu candidatura\b`,
    // tests and assessments
    String.raw`\btake-?home\b|\bcoding (?:challenge|assignment|exercise|test)\b|\bonline assessment\b|\bassessment (?:link|invitation)\b|\bcomplete (?:the|an|a short|our|your) (?:online )?(?:assessment|test|exercise)\b|\btest technique\b|\bOnline-Test\b|\bprueba técnica\b`,
    // job alerts, newsletters
    String.raw`\bjob alert\b|\bnew jobs? for\b|\bjobs? (?:matching|recommended for)\b|\balerte emploi\b|\bJobalarm\b`,
    // application receipts
    String.raw`\b(?:we(?:'ve| have) received|received|receipt of) your application\b|\bhemos recibido (?:tu|su) (?:candidatura|solicitud)\b|\bnous avons bien reçu votre candidature\b|\bwir haben Ihre Bewerbung erhalten\b|\bEingangsbestätigung\b`,
    // surveys
    String.raw`\bsurvey\b|\bhow was your interview\b|\bfeedback on your (?:interview|experience)\b|\bencuesta\b|\bUmfrage\b|\bquestionnaire de satisfaction\b`,
    // recruiting events (an invitation may mention the career fair where the candidate was met)
    String.raw`\b(?:join us for|register for|invite you to|attend) (?:our|the|a|an) (?:[\w-]+ ){0,3}(?:open house|webinar|info(?:rmation)? session|career fair|recruiting event)\b|\bjournée portes ouvertes\b|\b(?:virtual )?open house\b:`,
  ].join('|'),
  'i',
);

/** Cold outreach: an unsolicited "would you be open to a chat", unless it asks for an actual interview. */
const COLD_OUTREACH = /\b(?:would you be|are you) open to (?:a|an)\b|\bcame across your (?:profile|resume|cv)\b|\bje me permets de vous contacter\b|\bprise de contact\b|\bchasseur de têtes\b|\bI'm (?:a|an) (?:\w+ )?recruiter at\b/i;
const ASKS_FOR_INTERVIEW = /\b(?:phone|video|virtual|onsite|on-site|in-person|first|formal) interview\b|\binterview (?:on|at|for)\b|\bentretien (?:le|téléphonique|en visio)\b|\bVorstellungsgespräch (?:am|für)\b|\bentrevista (?:el|telefónica|por)\b/i;

/** Newsletters and digests say why they were received. */
const NEWSLETTER = /\b(?:because you (?:subscribed|signed up)|you(?:'re| are) subscribed to|you subscribed to|newsletter|weekly digest)\b/i;

/** What tells a real invitation from a mail that merely mentions an interview. */
export function looksLikeInvite(subject: string, body: string, hasSchedule: boolean, footer = ''): boolean {
  const text = `${subject}\n${body}`;
  if (NOT_AN_INVITATION.test(text) || NEWSLETTER.test(`${text}\n${footer}`)) return false;
  if (COLD_OUTREACH.test(text) && !ASKS_FOR_INTERVIEW.test(text)) return false;
  if (!INTERVIEW.test(text) && !/\b(?:call|chat|meet|rencontrer|conocerte|kennenlernen)\b/i.test(text)) return false;
  return hasSchedule || INVITE_ACT.test(text);
}
