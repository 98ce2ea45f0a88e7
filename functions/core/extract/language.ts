/**
 * The language an invitation is written in, from common words. `TextLanguage` is what the readers
 * understand (chrono locales, word lists); the drafts exist in en/fr/de/es only.
 */
export type TextLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'ja';

const MARKERS: [TextLanguage, RegExp][] = [
  ['ja', /[\u3040-\u30ff]|面接|株式会社/g],
  ['fr', /\b(?:entretien|poste|bonjour|heure|cordialement|disponibilités?|nous|vous|votre|avec|pour|le|la|les|des|et)\b/gi],
  ['de', /\b(?:vorstellungsgespr[äa]ch|uhr|sehr|geehrte|freundlichen|stelle|einladung|wir|sie|ihr|ihre|und|der|die|das|mit|für|zu)\b/gi],
  ['es', /\b(?:entrevista|puesto|estimad[oa]|saludos|disponibilidad|nos|tu|su|para|con|el|los|las|del|y|que)\b/gi],
  ['it', /\b(?:colloquio|gentile|cordiali|saluti|posizione|della|delle|il|per|con|che|ci|siamo|alle|ore)\b/gi],
  ['nl', /\b(?:sollicitatie\w*|gesprek|beste|groet(?:en)?|functie|wij|graag|het|een|van|voor|met|uur|je|jou|uw)\b/gi],
  ['pt', /(?<![\p{L}])(?:entrevista|vaga|olá|obrigad[oa]|atenciosamente|horário|você|para|com|não|uma|às|ao|em|da|do|das|dos|nosso|nossa|gostaríamos|agradeço|cumprimentos|reunião|também|está|esteja|estamos|feira|seu|sua|conversa|equipa|equipe)(?![\p{L}])/giu],
  ['pl', /(?<![\p{L}])(?:rozmow\p{L}*|spotkani\p{L}*|stanowisk\p{L}*|dzi[eę]kuj\p{L}*|pozdrawiam|zaprasza\p{L}*|godz|si[eę]|jest|oraz|że|pani|panem|bardzo|prosz[eę]|czasu|wtorek|środ[aęy]|czwartek|piątek|poniedziałek)(?![\p{L}])/giu],
  ['en', /\b(?:the|and|you|your|we|our|interview|with|for|to|would|like|please|thank)\b/gi],
];

export function detectTextLanguage(text: string): TextLanguage {
  const sample = text.slice(0, 6000);
  let best: TextLanguage = 'en';
  let bestScore = 0;
  for (const [language, pattern] of MARKERS) {
    const score = (sample.match(pattern) ?? []).length * (language === 'ja' ? 5 : 1);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
