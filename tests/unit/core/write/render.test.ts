import { describe, expect, it } from 'vitest';
import { composeDrafts } from '../../../../functions/core/write/drafts.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';
import { buildMime } from '../../../../functions/core/write/mime.js';
import { mailto, renderRecommendation } from '../../../../functions/core/write/render.js';
import { parseMessage } from '../../../../functions/core/mail/parse.js';

const hostile: InviteFacts = {
  isInvite: true,
  language: 'en',
  company: '<script>alert(1)</script>Acme',
  role: 'Analyst <img src=https://tracker.example/p.gif>',
  format: 'video',
  meetingLink: 'javascript:alert(1)',
  location: null,
  slots: [{ start: '2026-03-12T14:30:00-04:00', end: null, written: 'Thursday, March 12 at 2:30 pm ET' }],
  schedulingLink: null,
  replyTo: { name: 'Priya "the recruiter" Raman', address: 'priya@acme.example' },
  inferred: ['slot-time-zone'],
};
const owner = { name: 'Alex Morgan', signature: 'Alex', availability: 'weekdays', timeZone: 'Europe/Paris' };

function render(facts: InviteFacts) {
  const drafts = composeDrafts({ facts, originalSubject: 'Interview\r\nBcc: victim@target.example', owner });
  return renderRecommendation({
    inviteId: 'abcdefghijklmnop',
    facts,
    decision: { verdict: 'attend', reasons: [{ code: 'practice', text: 'practice <b>matters</b>' }], proposeOtherTimes: false },
    drafts,
    original: { subject: 'Interview\r\nBcc: victim@target.example', from: hostile.replyTo },
    owner,
  });
}

describe('renderRecommendation', () => {
  it('percent-encodes the "Drafts answer" address: a ?cc= inside a Reply-To adds no recipient (RFC 6068)', () => {
    // Prepare: an address taken from the mail that carries a mailto query.
    const facts: InviteFacts = { ...hostile, replyTo: { name: 'Jordan', address: 'jordan@acme.example?cc=victim@evil.example' } };
    // Act
    const { html } = render(facts);
    // Assess: the browser decodes Mustache's entity escapes; the href then has no query of its own.
    const hrefs = [...html.matchAll(/href="(mailto:[^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&#x3D;/g, '=').replace(/&#x2F;/g, '/').replace(/&amp;/g, '&'));
    const answer = hrefs.find((href) => href.startsWith('mailto:jordan'));
    expect(answer).toBe('mailto:jordan@acme.example%3Fcc%3Dvictim@evil.example');
    for (const href of hrefs) expect(new URL(href).searchParams.has('cc')).toBe(false);
  });

  it('escapes everything taken from the invitation and links only http(s) and mailto', () => {
    const { html } = render(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('mailto:priya@acme.example');
  });

  it('shows the time in the invitation’s zone and in the owner’s, and says when the zone was assumed', () => {
    const { text } = render(hostile);
    expect(text).toContain('Note: The invitation gives no time zone for its times');
    expect(text).toContain('"Thursday, March 12 at 2:30 pm ET" — Thursday, March 12, 2026 at 2:30 PM (UTC-04:00)');
    expect(text).toMatch(/for you: Thu, Mar 12, 7:30\s?PM GMT\+1/);
  });

  it('keeps line breaks out of the subject (no header injection)', async () => {
    const rendered = render(hostile);
    expect(rendered.subject).not.toMatch(/[\r\n]/);
    const raw = await buildMime({
      from: { name: 'invite-advisor', address: 'advisor@in.example.com' },
      to: ['alex@example.com'],
      replyTo: 'interviews+token@in.example.com',
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      inReplyTo: '<fwd-1@example.com>',
      references: ['<fwd-1@example.com>'],
      autoSubmitted: true,
      date: new Date('2026-03-01T00:00:00Z'),
    });
    const sent = await parseMessage(raw);
    expect(sent.headers.filter((h) => h.name === 'bcc')).toEqual([]);
    expect(sent.to.map((t) => t.address)).toEqual(['alex@example.com']);
    expect(sent.headers.find((h) => h.name === 'auto-submitted')?.value).toBe('auto-replied');
    expect(sent.headers.find((h) => h.name === 'in-reply-to')?.value).toBe('<fwd-1@example.com>');
    expect(sent.replyTo?.address).toBe('interviews+token@in.example.com');
  });

  it('builds a mailto link from text with a lone surrogate (encodeURIComponent threw URIError), writing U+FFFD', () => {
    // Prepare: a subject cut mid-pair, an address that was decoded from a broken encoded word
    const draft = { to: 'jordan\ud800@acme.example', subject: `Re: Interview ${'\ud83d\ude00'.slice(0, 1)}`, body: 'Hello\udc00' };
    // Act
    const link = mailto(draft, 'interviews+x@in.example.com');
    // Assess
    expect(link).toBe('mailto:jordan%EF%BF%BD@acme.example?subject=Re%3A%20Interview%20%EF%BF%BD&body=Hello%EF%BF%BD&bcc=interviews%2Bx@in.example.com');
  });
});

