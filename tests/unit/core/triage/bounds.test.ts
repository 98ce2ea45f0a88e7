/**
 * What one invitation may hold (core/triage/bounds.ts): the slots kept (the earliest upcoming ones, and
 * how many more), each value capped; and, by construction, the stored invitation far below DynamoDB's
 * 400 KB with every value read at its bound and the owner's profile at the configuration's bounds.
 */
import { describe, expect, it } from 'vitest';
import { invitationItem } from '../../../../functions/adapters/dynamodb-store.js';
import type { StoredInvitation } from '../../../../functions/app/ports.js';
import { OwnerSchema, PreferencesSchema } from '../../../../functions/config/schema.js';
import type { ForwardAnalysis, InviteFacts, Slot } from '../../../../functions/core/extract/extract.js';
import { boundedFacts, boundedForward, LIMITS } from '../../../../functions/core/triage/bounds.js';
import { recommend, toTriageJson } from '../../../../functions/core/triage/triage.js';
import { buildMime, calendarHold, renderTriage } from '../../../../functions/core/write/write.js';
import { DYNAMODB_ITEM_LIMIT, dynamoItemBytes } from '../../../fakes/item-size.js';

const NOW = new Date('2026-03-17T15:00:00Z');
/** Characters UTF-8 writes in three bytes: the most a character of a value weighs in the item. */
const wide = (n: number) => '面接'.repeat(Math.ceil(n / 2)).slice(0, n);

function facts(patch: Partial<InviteFacts> = {}): InviteFacts {
  return { isInvite: true, language: 'en', company: 'Oakmoor Bank', role: 'Data Analyst', format: 'video', meetingLink: null, location: null, slots: [], inferred: [], schedulingLink: null, replyTo: null, ...patch };
}

/** `count` slots an hour apart from `first`, in UTC. */
function hourly(count: number, first: string): Slot[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.parse(first) + i * 3_600_000).toISOString().replace(/\.000Z$/, '+00:00');
    return { start, end: null };
  });
}

describe('the slots kept', () => {
  it('up to 10: all of them, passed or not, and nothing said', () => {
    const slots = hourly(10, '2026-03-16T09:00:00Z');
    const bounded = boundedFacts(facts({ slots }), NOW);
    expect(bounded.slots).toEqual(slots);
    expect(bounded.moreSlots).toBeUndefined();
  });

  it('more than 10: the 10 earliest still to come, and how many more there were', () => {
    const slots = hourly(25, '2026-03-17T10:00:00Z');
    const bounded = boundedFacts(facts({ slots }), NOW);
    expect(bounded.slots).toEqual(slots.slice(5, 15));
    expect(bounded.moreSlots).toBe(15);
  });

  it('more than 10, fewer to come: those, after the latest that had passed', () => {
    const slots = hourly(25, '2026-03-16T22:00:00Z');
    const bounded = boundedFacts(facts({ slots }), NOW);
    expect(bounded.slots).toEqual(slots.slice(15, 25));
    expect(bounded.slots.filter((s) => Date.parse(s.start) >= NOW.getTime())).toHaveLength(8);
    expect(bounded.moreSlots).toBe(15);
  });

  it('no Date to tell what is to come: the 10 earliest', () => {
    const slots = hourly(12, '2026-03-16T22:00:00Z');
    expect(boundedFacts(facts({ slots }), null).slots).toEqual(slots.slice(0, 10));
  });
});

describe('each value capped', () => {
  it('names, company, role, location, the words of a time; an overlong link or address is none', () => {
    const bounded = boundedFacts(
      facts({
        company: 'C'.repeat(5000),
        role: 'R'.repeat(5000),
        location: 'L'.repeat(5000),
        meetingLink: `https://zoom.us/j/${'1'.repeat(5000)}`,
        schedulingLink: 'https://calendly.com/x',
        replyTo: { name: 'N'.repeat(5000), address: 'sofia@oakmoorbank.example' },
        slots: [{ start: '2026-03-20T09:00:00+00:00', end: null, written: 'W'.repeat(5000) }],
      }),
      NOW,
    );
    expect(bounded.company).toHaveLength(LIMITS.name);
    expect(bounded.company!.endsWith('…')).toBe(true);
    expect(bounded.role).toHaveLength(LIMITS.name);
    expect(bounded.location).toHaveLength(LIMITS.location);
    expect(bounded.slots[0]!.written).toHaveLength(LIMITS.written);
    expect(bounded.replyTo).toEqual({ name: expect.stringMatching(/^N+…$/), address: 'sofia@oakmoorbank.example' });
    expect(bounded.meetingLink).toBeNull();
    expect(bounded.schedulingLink).toBe('https://calendly.com/x');
    expect(boundedFacts(facts({ replyTo: { name: null, address: `${'a'.repeat(400)}@x.example` } }), NOW).replyTo).toBeNull();
  });

  it("the original's subject, names and Message-ID, the note, the calendars read; a cut never splits a character", () => {
    const forward: ForwardAnalysis = {
      forwarded: true,
      via: 'inline',
      threading: null,
      note: `${'a'.repeat(LIMITS.note - 2)}😀😀`,
      original: {
        from: { name: 'F'.repeat(5000), address: 'sofia@oakmoorbank.example' },
        replyTo: null,
        cc: Array.from({ length: 500 }, (_, i) => ({ name: null, address: `cc${i}@oakmoorbank.example` })),
        subject: 'S'.repeat(1_000_000),
        date: null,
        messageId: `<${'m'.repeat(2000)}@oakmoorbank.example>`,
        body: 'hello',
        calendars: Array.from({ length: 900 }, () => 'BEGIN:VCALENDAR'),
      },
    };
    const bounded = boundedForward(forward);
    expect(bounded.original.subject).toHaveLength(LIMITS.subject);
    expect(bounded.original.from!.name).toHaveLength(LIMITS.name);
    expect(bounded.original.messageId).toBeNull();
    expect(bounded.original.cc).toHaveLength(LIMITS.cc);
    expect(bounded.original.calendars).toHaveLength(LIMITS.calendars);
    expect(bounded.note!.length).toBeLessThanOrEqual(LIMITS.note);
    expect(bounded.note).toMatch(/^a+…$/);
  });
});

describe('by construction', () => {
  it('every value at its bound, the owner at the configuration bounds: the stored item stays under a third of 400 KB, the reply under 256 KB', async () => {
    // Prepare: the most each value may hold, in three-byte characters; 10 slots with their words; both links.
    const owner = OwnerSchema.parse({ addresses: ['alex@example.com'], name: wide(100), signature: wide(1000), availability: wide(300), timeZone: 'America/New_York' });
    const link = `https://calendly.com/oakmoor/${'x'.repeat(LIMITS.link - 40)}`;
    const slots = hourly(12, '2026-03-20T09:00:00Z').map((s) => ({ ...s, written: wide(1000) }));
    const forward = boundedForward({
      forwarded: true,
      via: 'inline',
      threading: null,
      note: `not keen. ${wide(1_000_000)}`,
      original: { from: { name: wide(5000), address: `${'s'.repeat(60)}@${'o'.repeat(200)}.example` }, replyTo: null, cc: [], subject: wide(1_000_000), date: null, messageId: `<${'m'.repeat(980)}@x.example>`, body: wide(100_000), calendars: [] },
    });
    const read = boundedFacts(
      facts({ company: wide(5000), role: wide(5000), location: wide(5000), meetingLink: `https://zoom.us/j/${'1'.repeat(LIMITS.link - 20)}`, schedulingLink: link, replyTo: { name: wide(5000), address: `${'r'.repeat(64)}@${'o'.repeat(180)}.example` }, slots }),
      NOW,
    );
    const triage = recommend({ inviteId: 'abcdefghijklmnop', forward, facts: read }, owner, PreferencesSchema.parse({ dealbreakers: { companies: [wide(5000)] } }));
    // What recommend-invitation.ts stores for it.
    const json = toTriageJson(triage);
    const stored: StoredInvitation = {
      inviteId: triage.inviteId,
      sourceMessageIds: Array.from({ length: 20 }, (_, i) => `0100019c${String(i).padStart(8, '0')}-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee-000000`),
      receivedAt: NOW.toISOString(),
      ownerNote: triage.forward.note,
      original: { ...json.original, messageId: triage.forward.original.messageId },
      facts: triage.facts,
      decision: triage.decision,
      companyKey: 'o'.repeat(200),
      estimatedHours: 1,
      drafts: triage.drafts,
      choice: null,
      version: 1,
      firstVersion: 1,
      recommendedAt: NOW.toISOString(),
      versionFrom: 'x'.repeat(60),
    };
    // Act
    const bytes = dynamoItemBytes(invitationItem(stored, NOW, 730));
    const rendered = renderTriage(triage, owner, { choiceAddress: (c) => `interviews+${'t'.repeat(40)}-${c.verdict}-${c.slot ?? 0}@in.example.com`, commandsEnabled: true });
    const hold = calendarHold(triage.inviteId, triage.facts, NOW);
    const mime = await buildMime({ from: { name: 'invite-advisor', address: 'advisor@in.example.com' }, to: ['alex@example.com'], replyTo: null, subject: rendered.subject, text: rendered.text, html: rendered.html, inReplyTo: null, references: [], autoSubmitted: true, date: NOW, attachments: hold ? [{ filename: 'hold.ics', contentType: 'text/calendar', content: hold }] : [] });
    // Assess
    expect(triage.drafts.acceptSlots).toHaveLength(LIMITS.slots);
    // 120 KB on the day it was written: twelve drafts (accept, decline, one accept per slot), each with
    // the scheduling link twice (no address to answer), the signature and every name at its bound.
    expect(bytes).toBeLessThan(DYNAMODB_ITEM_LIMIT / 3);
    expect(mime.length).toBeLessThan(256 * 1024);
  });
});
