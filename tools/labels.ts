/**
 * Compares a triage result with a label file (`<name>.expected.json`, docs/triage-contract.md):
 * only the fields the label has are checked; a null in the label must come out null.
 */
export interface FieldCheck {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const CASE_INSENSITIVE = new Set(['role']);
const MAILBOX_FIELDS = new Set(['replyTo', 'original.from']);

export function checkLabels(expected: Record<string, unknown>, actual: unknown): FieldCheck[] {
  const checks: FieldCheck[] = [];
  walk(expected, actual, '', checks);
  return checks;
}

function walk(expected: unknown, actual: unknown, path: string, checks: FieldCheck[]): void {
  const push = (ok: boolean): void => {
    checks.push({ field: path, ok, expected, actual });
  };
  if (expected === null) return push(actual === null);
  if (MAILBOX_FIELDS.has(path)) return push(sameMailbox(expected, actual));
  if (/^slots\.\d+\.(start|end)$/.test(path) && typeof expected === 'string') {
    return push(typeof actual === 'string' && Date.parse(actual) === Date.parse(expected));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return push(false);
    if (expected.length === 0) return push(actual.length === 0);
    expected.forEach((item, i) => walk(item, actual[i], `${path}.${i}`, checks));
    // More items than labelled (an extra slot read from a footer, say) is a miss too.
    checks.push({ field: `${path}.length`, ok: actual.length === expected.length, expected: expected.length, actual: actual.length });
    return;
  }
  if (typeof expected === 'object') {
    const record = (actual ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
      walk(value, typeof actual === 'object' && actual !== null ? record[key] : undefined, path ? `${path}.${key}` : key, checks);
    }
    return;
  }
  if (path === 'company' && typeof expected === 'string') {
    return push(typeof actual === 'string' && withoutLegalForm(actual) === withoutLegalForm(expected));
  }
  if (path === 'location' && typeof expected === 'string') {
    return push(typeof actual === 'string' && sameAddress(expected, actual));
  }
  if (CASE_INSENSITIVE.has(path) && typeof expected === 'string') {
    return push(typeof actual === 'string' && withoutGenderEndings(actual) === withoutGenderEndings(expected));
  }
  return push(expected === actual);
}

/**
 * A company's name with or without its legal form is the same company: writers label it both ways ("Venturi
 * Italia S.r.l." and "Venturi Italia", "Kranich Logistik Services GmbH"), and either is right in a draft.
 */
const LEGAL_FORM = /[,\s]+(?:GmbH(?: & Co\.? KG)?(?:\/S\.?r\.?l\.?)?|AG|KG|SE|e\.V\.|e\.U\.|OG|UG|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|Corp\.?|Pvt\.? Ltd\.?|B\.?V\.?|N\.?V\.?|S\.?A\.?(?: de C\.?V\.?|\.?S\.?|U\.?)?|S\.?L\.?(?:U\.?|N\.?E\.?)?|SAS|SARL|S\.?p\.?A\.?|S\.?r\.?l\.?|Lda\.?|Ltda\.?|Sp\. z o\.o\.|K\.K\.|Oy|AB|A\/S|ApS|OHG|GbR|e\.K\.|KGaA|S\.?n\.?c\.?|S\.?a\.?s\.?|S[àa]rl|vzw|bvba|asbl)\s*$/i;
export function withoutLegalForm(name: string): string {
  // "Hijos de Ruiz y Cía., S.L.": the abbreviation's full stop before the legal form goes with it.
  return name.replace(LEGAL_FORM, '').trim().replace(/(?<=\p{L})\.$/u, '').toLowerCase();
}

/**
 * A title with or without a word's gender ending is the same title: writers label "Administrativo/a de
 * exportación" and "Administrativo de exportación", "Gestor/a" and "Gestor", "Webentwickler/in" and
 * "Webentwickler", both ways (the product keeps the title as the mail writes it). Compared in lowercase.
 */
export function withoutGenderEndings(title: string): string {
  return title.replace(/(?<=\p{Ll})(?:\/(?:a|o|as|os|ora|essa|e|-?in|-?innen)|\((?:a|o|as|os|ora|in|innen)\))(?![\p{L}])/gu, '').toLowerCase();
}

/**
 * An address with or without the name of its building, venue or company before the street, or a detail in
 * brackets after it, is the same address: the label format asks for "the street address as written", and
 * writers label "Stadhuis, Raadhuisplein 1, 7941 AB Lindeveen" and "Raadhuisplein 1, 7941 AB Lindeveen",
 * "Keizersgracht 313, 1016 EE Amsterdam (3rd floor)" and the same without its floor, both ways. The name may
 * be one or two parts (split at a comma or a dash) of at most six words each, none with a digit: a person's
 * name and title before a company's ("Sonia Peralta, Técnica de Selección, Grupo Alcotán, …") are no part
 * of an address, and neither is a different street or number.
 */
export function sameAddress(expected: string, actual: string): boolean {
  const a = addressCore(expected);
  const b = addressCore(actual);
  return a === b || withoutPlaceName(a) === b || withoutPlaceName(b) === a;
}

function addressCore(address: string): string {
  return address.replace(/\s*\([^()]*\)\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function withoutPlaceName(address: string): string {
  const parts = address.split(/,\s+|\s+[–—-]\s+/);
  for (let names = 1; names <= 2 && names < parts.length; names++) {
    const name = parts[names - 1]!;
    if (/\d/.test(name) || name.split(' ').length > 6) return address;
    if (/\d/.test(parts[names]!)) return address.slice(address.indexOf(parts[names]!, parts.slice(0, names).join(' ').length));
  }
  return address;
}

function sameMailbox(expected: unknown, actual: unknown): boolean {
  if (actual === null || typeof actual !== 'object') return false;
  const box = actual as { address?: string; name?: string | null };
  if (typeof expected === 'string') return box.address?.toLowerCase() === expected.toLowerCase();
  const wanted = expected as { address?: string; name?: string | null };
  if (wanted.address !== undefined && box.address?.toLowerCase() !== wanted.address.toLowerCase()) return false;
  return wanted.name === undefined || wanted.name === box.name;
}

/** Groups checks by top-level-ish field name for per-field accuracy ("slots.0.start" → "slots[].start"). */
export function fieldName(field: string): string {
  return field.replace(/\.\d+(?=\.|$)/g, '[]');
}
