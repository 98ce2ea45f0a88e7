/**
 * The registry of the words invite-advisor writes. English (en.ts) holds every mail to the owner and the
 * English drafts; each other language file holds the drafts in that language, in the same shape.
 *
 * To add a draft language: write `xx.ts` like fr.ts (the type below checks its shape) and add it to
 * DRAFT_WORDS. The language type of the whole product (`DraftLanguage`) is derived from this list.
 * A draft never marks the writer's gender: where a language would ("ravi(e)", "encantado/a"), the
 * sentence is rephrased so it needs none (tests/unit/templates.test.ts scans every template for such forms).
 */
import Mustache from 'mustache';
import * as de from './de.js';
import * as en from './en.js';
import * as es from './es.js';
import * as fr from './fr.js';
import * as it from './it.js';
import * as nl from './nl.js';
import * as pl from './pl.js';
import * as pt from './pt.js';

/** What a draft language provides: its drafts and how it writes a time. */
export interface DraftWords {
  slotWords: { readonly locale: string; readonly at: string };
  drafts: { readonly [K in keyof typeof en.drafts]: string };
}

export const DRAFT_WORDS = { en, fr, de, es, it, nl, pt, pl } as const satisfies Record<string, DraftWords>;

export type DraftLanguage = keyof typeof DRAFT_WORDS;

export function isDraftLanguage(code: string): code is DraftLanguage {
  return Object.hasOwn(DRAFT_WORDS, code);
}

/** Every mail to the owner is in English. */
export const ownerWords = en;

/**
 * Fills a template for a text part or a header: no HTML escaping (the one place that says so; HTML
 * templates are filled with Mustache's own escaping).
 */
export function fillText(template: string, view: object): string {
  return Mustache.render(template, view, {}, { escape: (value: unknown) => String(value) });
}

/** Fills an HTML template: every value is HTML-escaped. */
export function fillHtml(template: string, view: object): string {
  return Mustache.render(template, view);
}
