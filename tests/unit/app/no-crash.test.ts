/**
 * No crash on any input (issue 11, item 5): each message here once made receiveMail throw or run past the
 * function's 30 s (then three Lambda attempts, the failure queue, and no word to the owner). Now bad input
 * is a "could not be read" note to the owner, or a message read as well as it can be; a stranger's is
 * still dropped without a word. One test per cause, on in-memory ports.
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { deliver, fakeInboundDeps, OWNER, sesId } from '../../fakes/ports.js';

const CRLF = '\r\n';

/** A raw message: header lines, then the body, with CRLF line ends. */
function message(headers: string[], body: string[]): Buffer {
  return Buffer.from([...headers, '', ...body].join(CRLF), 'latin1');
}

const OWNER_HEADERS = [`From: Alex Morgan <${OWNER}>`, 'To: interviews@in.example.com', 'Date: Tue, 17 Mar 2026 10:22:48 -0400', 'Message-ID: <no-crash@mail.example.com>', 'MIME-Version: 1.0'];
const STRANGER_HEADERS = ['From: Eve <eve@stranger.example>', 'To: interviews@in.example.com', 'Date: Tue, 17 Mar 2026 10:22:48 -0400', 'Message-ID: <no-crash-stranger@mail.example.com>', 'MIME-Version: 1.0'];

/** The owner's inline forward of an invitation, as Gmail writes it. */
const INVITATION = [
  'worth a look',
  '',
  '---------- Forwarded message ---------',
  'From: Sofia Brandt <sofia.brandt@oakmoorbank.example>',
  'Date: Mon, Mar 16, 2026 at 9:05 AM',
  'Subject: Video interview - Data Analyst',
  'To: Alex Morgan <alex@example.com>',
  '',
  'Hello Alex,',
  '',
  'We would like to invite you to a video interview for the Data Analyst position at Oakmoor Bank',
  'on Monday, March 23 at 11:00 AM ET. Join link: https://zoom.us/j/123456789',
  '',
  'Kind regards,',
  'Sofia Brandt',
];

/** Every mail sent, parsed: to whom (envelope), its subject and its text. */
async function sentMail(deps: ReturnType<typeof fakeInboundDeps>) {
  return (await deps.mailer.parsed()).map((m) => ({ to: m.envelope.to, subject: m.mail.subject, text: m.mail.text ?? '' }));
}

describe('no crash on any input', () => {
  it('a part with an empty Content-Type: a stranger is still dropped without a word, the owner gets the part read as text', async () => {
    // Prepare: the part header that made mailparser give `false` for a content type, before the trust check
    const body = ['--b', 'Content-Type:', '', ...INVITATION, '--b--'];
    const fromStranger = message([...STRANGER_HEADERS, 'Subject: Interview', 'Content-Type: multipart/mixed; boundary="b"'], body);
    const fromOwner = message([...OWNER_HEADERS, 'Subject: Fwd: Interview', 'Content-Type: multipart/mixed; boundary="b"'], body);
    const deps = fakeInboundDeps();
    const strangerId = sesId('empty-type-stranger');
    // Act
    const stranger = await receiveMail(deps, deliver(deps.rawMail, strangerId, fromStranger, { mailFrom: 'eve@stranger.example' }));
    const sentToStranger = deps.mailer.sent.length;
    const owner = await receiveMail(deps, deliver(deps.rawMail, sesId('empty-type-owner'), fromOwner));
    // Assess
    expect(stranger).toEqual({ outcome: 'dropped', reason: 'stranger' });
    expect(sentToStranger).toBe(0);
    expect(await deps.store.claimMessage(strangerId, 'test-run', deps.clock.now(), 60)).toEqual({ status: 'claimed' });
    // RFC 2045 §5.2: an empty Content-Type is read as text/plain.
    expect(owner).toMatchObject({ outcome: 'recommended' });
    expect(await sentMail(deps)).toMatchObject([{ to: [OWNER], subject: expect.stringMatching(/^Attend: /) }]);
  });

  it.each([
    ['empty', [], 'not a mail message: the file is empty'],
    ['not a mail message', ['This is a note, not a message.'], 'not a mail message: it does not start with a header field'],
  ])('a message/rfc822 attachment that is %s: the owner is told it could not be read, nothing is stored', async (_, attachment, reason) => {
    // Prepare
    const raw = message(
      [...OWNER_HEADERS, 'Subject: Fwd: Interview', 'Content-Type: multipart/mixed; boundary="b"'],
      ['--b', 'Content-Type: text/plain', '', 'see the attached invitation', '--b', 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="invitation.eml"', '', ...attachment, '--b--'],
    );
    const deps = fakeInboundDeps();
    const id = sesId('rfc822');
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, id, raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice' });
    const [notice, ...more] = await sentMail(deps);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ to: [OWNER], subject: 'invite-advisor: your message could not be read' });
    expect(notice?.text).toContain(`"Fwd: Interview": the message attached to it could not be read (${reason})`);
    expect(notice?.text).toContain(`kept as ${id}`);
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toEqual([]);
    expect(await deps.store.claimMessage(id, 'test-run', deps.clock.now(), 60)).toEqual({ status: 'done', outcome: 'answered-notice' });
    expect(deps.log.lines).toContainEqual({ level: 'warn', message: 'message could not be read', extra: { messageId: id, error: 'UnreadableMailError' } });
  });

  it('a readable message/rfc822 attachment after an unreadable one is the invitation', async () => {
    // Prepare
    const original = ['From: Sofia Brandt <sofia.brandt@oakmoorbank.example>', 'Subject: Video interview - Data Analyst', 'Date: Mon, 16 Mar 2026 09:05:00 -0400', '', ...INVITATION.slice(8)];
    const raw = message(
      [...OWNER_HEADERS, 'Subject: Fwd: Interview', 'Content-Type: multipart/mixed; boundary="b"'],
      ['--b', 'Content-Type: text/plain', '', 'two tries', '--b', 'Content-Type: message/rfc822', '', '', '--b', 'Content-Type: message/rfc822', '', ...original, '--b--'],
    );
    const deps = fakeInboundDeps();
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('rfc822'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(await sentMail(deps)).toMatchObject([{ to: [OWNER], subject: 'Attend: Video interview - Data Analyst' }]);
  });

  it('a calendar offset like TZOFFSETTO:-9999: the recommendation comes without that time, and the next one still reads the history', async () => {
    // Prepare: an invitation whose only time is in a zone whose rule has no valid offset
    const calendar = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VTIMEZONE', 'TZID:Recruiter Time', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETTO:-9999', 'END:STANDARD', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:bogus-offset', 'SUMMARY:Interview: Data Analyst', 'DTSTART;TZID=Recruiter Time:20260323T110000', 'DTEND;TZID=Recruiter Time:20260323T120000', 'END:VEVENT', 'END:VCALENDAR',
    ];
    const raw = message(
      [...OWNER_HEADERS, 'Subject: Fwd: Video interview - Data Analyst', 'Content-Type: multipart/mixed; boundary="b"'],
      ['--b', 'Content-Type: text/plain', '', ...INVITATION.map((line) => line.replace('on Monday, March 23 at 11:00 AM ET. ', '')), '--b', 'Content-Type: text/calendar; method=REQUEST', '', ...calendar, '--b--'],
    );
    const deps = fakeInboundDeps();
    // Act
    const first = await receiveMail(deps, deliver(deps.rawMail, sesId('bad-offset'), raw));
    const stored = await deps.store.getInvitation((first as { inviteId: string }).inviteId);
    const second = await receiveMail(deps, deliver(deps.rawMail, sesId('forward'), message([...OWNER_HEADERS.slice(0, 3), 'Message-ID: <second@mail.example.com>', 'Subject: Fwd: Video interview - Data Analyst'], INVITATION)));
    // Assess
    expect(first).toMatchObject({ outcome: 'recommended' });
    expect(second).toMatchObject({ outcome: 'recommended' });
    expect(stored?.facts.slots).toEqual([]);
    const [withoutTime] = await sentMail(deps);
    expect(withoutTime?.text).toMatch(/Not found in the invitation: [^\n]*time/);
  });

  it('a subject whose encoded word decodes to a lone surrogate: the recommendation and its draft links are built', async () => {
    // Prepare: an invitation forwarded as an attachment, its Subject a UTF-16BE encoded word holding half a
    // pair (D800); the drafts answer "Re: <subject>" and their mailto links carry it (URIError)
    const original = ['From: Sofia Brandt <sofia.brandt@oakmoorbank.example>', 'Subject: =?UTF-16BE?B?2AA=?= Video interview - Data Analyst', 'Date: Mon, 16 Mar 2026 09:05:00 -0400', '', ...INVITATION.slice(8)];
    const raw = message(
      [...OWNER_HEADERS, 'Subject: Fwd: Video interview', 'Content-Type: multipart/mixed; boundary="b"'],
      ['--b', 'Content-Type: text/plain', '', 'worth a look', '--b', 'Content-Type: message/rfc822', 'Content-Disposition: attachment', '', ...original, '--b--'],
    );
    const deps = fakeInboundDeps();
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('surrogate'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    const [mail, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(mail?.envelope.to).toEqual([OWNER]);
    expect(mail?.mail.subject).toBe('Attend: \ufffd Video interview - Data Analyst');
    expect(String(mail?.mail.html)).toMatch(/href="mailto:sofia\.brandt@oakmoorbank\.example\?subject&#x3D;Re%3A%20%EF%BF%BD%20Video/);
  });

  // The next two once ran for minutes (a Lambda timeout: three attempts, the failure queue). Nothing here
  // measures time; without the fix, vitest's test timeout is what would stop them.
  it.each([
    ['bare CRs', '\r'],
    ['blank lines', '\r\n'],
  ])('a forward whose note holds 60,000 %s: the forward is found (the runs are cut short before email-forward-parser reads them)', async (_, unit) => {
    // Prepare
    const [note, ...forward] = INVITATION;
    const raw = message([...OWNER_HEADERS, 'Subject: Fwd: Video interview - Data Analyst', 'Content-Type: text/plain; charset=utf-8'], [`${note}${unit.repeat(60_000)}`, ...forward]);
    const deps = fakeInboundDeps();
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('runs'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    const stored = await deps.store.getInvitation((result as { inviteId: string }).inviteId);
    expect(stored?.drafts.accept.to).toBe('sofia.brandt@oakmoorbank.example');
  });

  it('an invitation with a run of 60,000 tabs: the recommendation is made (reading its clauses no longer backtracks through the run)', async () => {
    // Prepare: the owner's own message is the invitation, its body read whole by the decision
    const raw = message([...OWNER_HEADERS, 'Subject: Video interview - Data Analyst'], [...INVITATION.slice(8, 11), `Details${'\t'.repeat(60_000)}follow.`, ...INVITATION.slice(11)]);
    const deps = fakeInboundDeps();
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('tabs'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect((await sentMail(deps)).map((m) => m.to)).toEqual([[OWNER]]);
  });

  it.each([
    ['in prose', 'on 9999-12-31T23:59:59'],
    ['in a calendar', null],
  ])('an interview time on 31 December 9999 (%s): no history query past the year 9999', async (_, prose) => {
    // Prepare: the history's window reaches a week past the slot; `+010000-01-07` sorts before 2026
    const calendar = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:y9999', 'DTSTART:99991231T100000Z', 'END:VEVENT', 'END:VCALENDAR'];
    const text = INVITATION.map((line) => (prose ? line.replace('on Monday, March 23 at 11:00 AM ET', prose) : line.replace('on Monday, March 23 at 11:00 AM ET. ', '')));
    const raw = prose
      ? message([...OWNER_HEADERS, 'Subject: Fwd: Video interview - Data Analyst'], text)
      : message([...OWNER_HEADERS, 'Subject: Fwd: Video interview - Data Analyst', 'Content-Type: multipart/mixed; boundary="b"'], ['--b', 'Content-Type: text/plain', '', ...text, '--b', 'Content-Type: text/calendar; method=REQUEST', '', ...calendar, '--b--']);
    const deps = fakeInboundDeps();
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('y9999'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    const stored = await deps.store.getInvitation((result as { inviteId: string }).inviteId);
    expect(stored?.facts.slots).toEqual([]);
  });

  it.each([
    ['conference URL', 'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example/l/meetup-join/', INVITATION],
    ['location', 'LOCATION:Room 12, ', INVITATION.map((line) => line.replace(' Join link: https://zoom.us/j/123456789', '').replace('a video interview', 'an interview at our office'))],
  ])('a calendar whose %s is 300 KB: the recommendation comes with its calendar hold (the hold library folded it in quadratic time)', async (_, property, text) => {
    // Prepare
    const calendar = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:long', 'DTSTART:20260323T150000Z', 'DTEND:20260323T160000Z', `${property}${'é'.repeat(150_000)}`, 'END:VEVENT', 'END:VCALENDAR'];
    const raw = Buffer.from(
      [...OWNER_HEADERS, 'Subject: Fwd: Video interview - Data Analyst', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', ...text, '--b', 'Content-Type: text/calendar; charset=utf-8; method=REQUEST', '', ...calendar, '--b--'].join(CRLF),
      'utf8',
    );
    const deps = fakeInboundDeps();
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('long-calendar'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    const [mail] = await deps.mailer.parsed();
    expect(mail?.mail.attachments.map((a) => a.filename)).toEqual(['interview-hold.ics']);
  });
});

