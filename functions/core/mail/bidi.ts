/**
 * The bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) in text a sender
 * chose reorder what the owner reads: a subject that shows `invoice‮fdp.exe` as `invoiceexe.pdf`, a name
 * whose override runs on over the address after it. They are removed where subjects and names enter
 * (parsing and extraction); the HTML isolates every untrusted value besides (templates/en.ts), so
 * right-to-left names still read right. The marks (LRM, RLM) stay: they open no embedding, and
 * right-to-left text needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A subject or a name as read: without bidi controls, trimmed; null when nothing is left. */
export function displayText(text: string | null | undefined): string | null {
  return text ? withoutBidiControls(text).trim() || null : null;
}
