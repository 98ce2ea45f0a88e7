import { describe, expect, it } from 'vitest';
import { composeDrafts } from '../../../../functions/core/write/drafts.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';
import { buildMime } from '../../../../functions/core/write/mime.js';
import { isolating, mailto, renderNotice, renderRecommendation } from '../../../../functions/core/write/render.js';
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

describe('the recommendation footer lists done with the other reply commands (new-user review)', () => {
  it.each([true, false])('names done in the text and the HTML (commands %s)', (commandsEnabled) => {
    // Prepare
    const drafts = composeDrafts({ facts: hostile, originalSubject: 'Interview', owner });
    // Act
    const { text, html } = renderRecommendation({
      inviteId: 'abcdefghijklmnop',
      facts: hostile,
      decision: { verdict: 'attend', reasons: [], proposeOtherTimes: false },
      drafts,
      original: { subject: 'Interview', from: hostile.replyTo },
      owner,
      commandsEnabled,
    });
    // Assess: every command that works from a recommendation, whether or not it sends a draft
    for (const command of ['history', 'forget', 'done']) {
      expect(text).toContain(`"${command}"`);
      expect(html).toContain(`<b>${command}</b>`);
    }
  });
});

describe('right-to-left text read from the mail is isolated in the HTML', () => {
  // Prepare: a Hebrew company and role, an Arabic recruiter with a Latin suffix, a time in Hebrew.
  const rtl: InviteFacts = {
    ...hostile,
    company: 'שרותי בריאות (כללית)',
    role: 'מנתח נתונים',
    meetingLink: 'https://zoom.example/j/1',
    slots: [
      { start: '2026-03-12T14:30:00+02:00', end: null, written: 'יום חמישי בשעה 14:30' },
      { start: '2026-03-13T10:00:00+02:00', end: null },
    ],
    replyTo: { name: 'محمد العلي (HR)', address: 'mohammed@clalit.example' },
  };
  const renderRtl = () => {
    const drafts = composeDrafts({ facts: rtl, originalSubject: 'ראיון עבודה', owner });
    return renderRecommendation({
      inviteId: 'abcdefghijklmnop',
      facts: rtl,
      decision: { verdict: 'attend', reasons: [{ code: 'networking', text: 'Whoever you talk to at שרותי בריאות (כללית) may open doors later.' }], proposeOtherTimes: false },
      drafts,
      original: { subject: 'ראיון עבודה', from: rtl.replyTo },
      owner,
    });
  };

  it('puts each value read from the mail, and only those, in a <bdi>', () => {
    // Act
    const { html } = renderRtl();
    // Assess: the values as whole cells, inside the reason's and the link's English, and a mailbox's two parts.
    expect(html).toContain('<bdi>שרותי בריאות (כללית)</bdi></td>');
    expect(html).toContain('<bdi>מנתח נתונים</bdi></td>');
    expect(html).toContain('<li>Whoever you talk to at <bdi>שרותי בריאות (כללית)</bdi> may open doors later.</li>');
    expect(html).toContain('&quot;<bdi>יום חמישי בשעה 14:30</bdi>&quot; — Thursday, March 12, 2026');
    expect(html).toContain('<bdi>محمد العلي (HR)</bdi> &lt;<bdi>mohammed@clalit.example</bdi>&gt;');
    expect(html).toContain('Accept time 1: <bdi>יום חמישי בשעה 14:30</bdi></a>');
    expect(html).toContain('To: <bdi>mohammed@clalit.example</bdi><br>Subject: <bdi>Re: ראיון עבודה</bdi>');
    expect(html).toMatch(/<pre dir="auto"[^>]*>Dear محمد,/);
    // Our own words stay out of it: the format, the headline, the normalised time.
    expect(html).toContain('>Video call</td>');
    expect(html).not.toMatch(/<bdi>(?:Video call|Recommendation|Thursday)/);
  });

  it('leaves the plain-text part as it was', () => {
    // Act
    const { text } = renderRtl();
    // Assess
    expect(text).not.toContain('bdi');
    expect(text).toContain('- From: محمد العلي (HR) <mohammed@clalit.example>');
    expect(text).toContain('- Whoever you talk to at שרותי בריאות (כללית) may open doors later.');
  });

  it('isolates the values a notice is filled with', () => {
    // Act
    const { html, text } = renderNotice('bounced', { to: 'mohammed@clalit.example', subject: 'ראיון עבודה (2)', kind: 'a permanent bounce', diagnostic: null });
    // Assess
    expect(html).toContain('<h1 style="font-size:20px;">your answer to <bdi>mohammed@clalit.example</bdi> bounced</h1>');
    expect(html).toContain('about &quot;<bdi>ראיון עבודה (2)</bdi>&quot; was not delivered');
    expect(text).toContain('about "ראיון עבודה (2)" was not delivered');
  });
});

describe('isolating', () => {
  it('splits a line at every place a value appears, the longest first where two start together', () => {
    expect(isolating('at Acme Corp, Acme said', ['Acme', 'Acme Corp', null, ''])).toEqual([
      { text: 'at ', isolate: false },
      { text: 'Acme Corp', isolate: true },
      { text: ', ', isolate: false },
      { text: 'Acme', isolate: true },
      { text: ' said', isolate: false },
    ]);
  });

  it('searches a long line once per piece and value, not once per piece for every value', () => {
    // Prepare: 20,000 places where one value appears, and 50 values that appear nowhere.
    const line = 'ab '.repeat(20_000);
    const values = ['ab', ...Array.from({ length: 50 }, (_, i) => `missing-${i}`)];
    const indexOf = String.prototype.indexOf;
    let searches = 0;
    String.prototype.indexOf = function (this: string, ...args: Parameters<string['indexOf']>) {
      searches += 1;
      return indexOf.apply(this, args);
    };
    let parts: ReturnType<typeof isolating>;
    try {
      // Act
      parts = isolating(line, values);
    } finally {
      String.prototype.indexOf = indexOf;
    }
    // Assess: a value that appears nowhere is searched for once, not 20,000 times.
    expect(parts.filter((p) => p.isolate)).toHaveLength(20_000);
    expect(searches).toBeLessThanOrEqual(20_000 + values.length);
  });
});


describe('a time that has passed (issue #13, class 10)', () => {
  it('is said in the recommendation, text and HTML', () => {
    const rendered = render({ ...hostile, timePassed: true });
    expect(rendered.text).toContain('The time they proposed has already passed: the accept draft asks for a new time');
    expect(rendered.html).toContain('The time they proposed has already passed');
    expect(render(hostile).text).not.toContain('has already passed');
  });
});

describe('a notice echoes a bounded share of the mail', () => {
  it('a value is cut to 1,000 characters, a link never', () => {
    const link = `https://calendly.com/oakmoor/${'x'.repeat(2000)}`;
    const { text, subject } = renderNotice('noRecipient', { subject: 'S'.repeat(1_000_000), schedulingLink: link });
    expect(text.length).toBeLessThan(10_000);
    expect(text).toContain(link);
    expect(subject.length).toBeLessThanOrEqual(300);
    const { text: unread } = renderNotice('unreadable', { subject: 'S'.repeat(1_000_000), problem: 'not a mail message', reference: 'abc' });
    expect(unread).toContain(`"${'S'.repeat(999)}…"`);
    expect(unread.length).toBeLessThan(3_000);
  });
});
