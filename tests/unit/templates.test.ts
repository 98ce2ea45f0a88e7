/** The template registry (templates/templates.ts): every draft language is complete and fills. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_WORDS, fillHtml, fillText, isDraftLanguage, type DraftLanguage } from '../../templates/templates.js';
import { composeDrafts } from '../../functions/core/write/write.js';
import type { InviteFacts } from '../../functions/core/extract/extract.js';

const facts = (language: DraftLanguage): InviteFacts => ({
  isInvite: true,
  language,
  company: 'Northwind Traders',
  role: 'Data Analyst',
  format: 'video',
  meetingLink: null,
  location: null,
  slots: [{ start: '2026-03-12T14:30:00-04:00', end: null }],
  schedulingLink: null,
  replyTo: null,
  inferred: [],
});

describe('the template registry', () => {
  it.each(Object.keys(DRAFT_WORDS) as DraftLanguage[])('%s: both drafts fill completely, with no address and with one', (language) => {
    // Act
    for (const replyTo of [null, { name: 'Priya Raman', address: 'priya@northwind.example' }]) {
      const drafts = composeDrafts({ facts: { ...facts(language), replyTo }, originalSubject: null, owner: { name: 'Alex Morgan', signature: '', availability: 'weekdays' } });
      // Assess
      for (const draft of [drafts.accept, drafts.decline]) {
        expect(draft.body).not.toMatch(/\{\{|\}\}/);
        expect(draft.body).toContain('Alex Morgan');
        expect(draft.subject).toBe(DRAFT_WORDS[language].drafts.subjectWhenNone);
      }
    }
  });

  it('has drafts in every language the note reader reads', () => {
    // Assess: the eight languages of functions/core/decide/concepts.ts
    expect(Object.keys(DRAFT_WORDS).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });

  it('derives the language type from the registry', () => {
    expect(isDraftLanguage('fr')).toBe(true);
    expect(isDraftLanguage('xx')).toBe(false);
  });

  it('fills text without escaping and HTML with escaping, in one place', () => {
    expect(fillText('{{v}}', { v: '<b>&' })).toBe('<b>&');
    expect(fillHtml('{{v}}', { v: '<b>&' })).toBe('&lt;b&gt;&amp;');
  });
});

/**
 * Every string a template module exports, however deep, with its path: the words of every mail and
 * draft in every language (a new templates/xx.ts is scanned without being listed here).
 */
async function everyTemplate(): Promise<[string, string][]> {
  const files = readdirSync(new URL('../../templates/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'templates.ts');
  const out: [string, string][] = [];
  const walk = (path: string, value: unknown): void => {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(`${path}.${key}`, inner);
  };
  for (const file of files) walk(file, (await import(/* @vite-ignore */ new URL(`../../templates/${file}`, import.meta.url).href)) as object);
  return out;
}

/**
 * A form that marks both genders inside a word: a letter then brackets ("ravi(e)", "heureux(se)",
 * "rédacteur(trice)"), a slash ("encantado/a", "Lehrer/in"), a middle dot, a star, a colon, an
 * underscore or a dot before a short ending ("heureux·se", "Bewerber*innen", "Bewerber:innen",
 * "ravi.e"), or a capital I inside a word ("BewerberInnen"). Mustache tags, HTML tags, addresses and
 * file paths are left out first: they are no words.
 */
export function genderedForms(text: string): string[] {
  const words = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\S*:\/\/\S*/g, ' ')
    .replace(/[\w./-]+\.(?:md|ts|json|js)\b/g, ' ');
  const forms = [
    /\p{L}+\(\p{L}{1,5}\)/gu,
    /\p{L}+\/\p{L}+/gu,
    /\p{L}+[·•⋅*_]\p{L}+/gu,
    /\p{L}+:(?:in|innen|e|es|a|as|x)\b/gu,
    /\p{L}+\.(?:e|es|se|ses|ne|nes|euse|rice|a|as)(?![\p{L}.])/gu,
    /\p{L}*\p{Ll}(?:In|Innen)\b/gu,
  ];
  return forms.flatMap((form) => [...words.matchAll(form)].map((m) => m[0]));
}

describe('no gendered forms', () => {
  it('the scan catches the forms it is for, and not ordinary writing', () => {
    for (const bad of ['heureux(se)', 'ravi(e)', 'encantado/a', 'heureux·se', 'Bewerber*innen', 'Bewerber:innen', 'ravi.e', 'BewerberInnen', 'interessato/a'])
      expect(genderedForms(`Je suis ${bad} ici.`)).toEqual([expect.stringContaining(bad.slice(0, 4))]);
    expect(genderedForms('See docs/deploy.md at https://example.com/a/b, <p>{{#x}}time{{/x}}</p>. Fin. font-family:inherit')).toEqual([]);
  });

  it('no template of any language writes one', async () => {
    // Act
    const templates = await everyTemplate();
    const found = templates.flatMap(([path, text]) => genderedForms(text).map((form) => `${path}: ${form}`));
    // Assess
    expect(templates.map(([path]) => path)).toEqual(expect.arrayContaining(['en.ts.notices.sent.text', 'fr.ts.drafts.decline', 'pl.ts.drafts.accept']));
    expect(found).toEqual([]);
  });
});

describe.each([
  ['it', /^Gentile Priya,\n\nvi ringrazio[\s\S]*giovedì 12 marzo 2026 alle 14:30\.[\s\S]*Cordiali saluti,/, /ho deciso di non proseguire/],
  ['nl', /^Beste Priya,\n\nHartelijk dank[\s\S]*donderdag 12 maart 2026 om 14:30\.[\s\S]*Met vriendelijke groet,/, /heb ik besloten niet op deze kans in te gaan/],
  ['pt', /^Olá, Priya,\n\nAgradeço o convite[\s\S]*quinta-feira, 12 de março de 2026 às 14:30\.[\s\S]*Atenciosamente,/, /decidi não dar continuidade/],
  ['pl', /^Dzień dobry,\n\nDziękuję za zaproszenie[\s\S]*czwartek, 12 marca 2026 o 14:30\.[\s\S]*Z poważaniem\n/, /rezygnuję jednak z dalszego udziału/],
] as const)('the %s drafts', (language, accept, decline) => {
  const owner = { name: 'Alex Morgan', signature: '', availability: 'weekdays' };
  const compose = (proposeOtherTimes: boolean, change: Partial<InviteFacts> = {}) =>
    composeDrafts({ facts: { ...facts(language), replyTo: { name: 'Priya Raman', address: 'priya@northwind.example' }, ...change }, originalSubject: null, owner, proposeOtherTimes });

  it('accept and decline render in the language, with the time as it is written there', () => {
    // Act
    const drafts = compose(false);
    // Assess
    expect(drafts.language).toBe(language);
    expect(drafts.accept.body).toMatch(accept);
    expect(drafts.decline.body).toMatch(decline);
    expect(drafts.accept.body).toContain('Northwind Traders');
  });

  it('every variant fills completely and marks no gender', () => {
    const variants = [
      compose(false),
      compose(true),
      compose(false, { slots: [] }),
      compose(false, { slots: [], schedulingLink: 'https://cal.example/p' }),
      compose(false, { slots: [{ start: '2026-03-12T14:30:00-04:00', end: null }, { start: '2026-03-14T10:00:00-04:00', end: null }] }),
      compose(false, { replyTo: null, role: null, company: null }),
    ];
    for (const drafts of variants)
      for (const draft of [drafts.accept, drafts.decline, ...drafts.acceptSlots]) {
        expect(draft.body).not.toMatch(/\{\{|\}\}/);
        expect(draft.body).not.toMatch(/ {2}|\s[.,;:]/);
        expect(genderedForms(draft.body)).toEqual([]);
        expect(draft.body).not.toMatch(/Dear|Thank you|Best regards/);
      }
  });
});
