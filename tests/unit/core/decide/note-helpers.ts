/** What the reader tests ask of a note: the decision it leads to, and the owner's instruction read from it. */
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';

const preferences = PreferencesSchema.parse({});

/** "verdict/leading reason" for a note above a plain invitation, with default preferences. */
export function decided(note: string): string {
  const d = decide({ facts: { company: 'Acme', role: 'Analyst', format: 'video', slots: [] }, note, inviteText: 'We would like to invite you to an interview.', preferences });
  return `${d.verdict}/${d.reasons[0]?.code}`;
}

/** The same, for an invitation from `company` (a note may name it). */
export function decidedFor(note: string, company: string): string {
  const d = decide({ facts: { company, role: 'Analyst', format: 'video', slots: [] }, note, inviteText: 'We would like to invite you to an interview.', preferences });
  return `${d.verdict}/${d.reasons[0]?.code}`;
}

export function instruction(note: string): 'attend' | 'decline' | null {
  return readOwnerNote(note).instruction?.verdict ?? null;
}
