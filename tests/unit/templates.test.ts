/** The template registry (templates/templates.ts): every draft language is complete and fills. */
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

  it('derives the language type from the registry', () => {
    expect(isDraftLanguage('fr')).toBe(true);
    expect(isDraftLanguage('xx')).toBe(false);
  });

  it('fills text without escaping and HTML with escaping, in one place', () => {
    expect(fillText('{{v}}', { v: '<b>&' })).toBe('<b>&');
    expect(fillHtml('{{v}}', { v: '<b>&' })).toBe('&lt;b&gt;&amp;');
  });
});
