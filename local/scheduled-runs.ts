/**
 * One line for what a run of the follow-through function came to, from the schedule's input (a reminder,
 * the digest of held mail, the weekly digest) and what the function returned: `npm start` prints it for
 * every run, `npm run tick` for each schedule it fired. Reminders and digests have no message of their own,
 * so this line is how a local user learns whether anything was sent, and if not, why.
 */
import type { FiredSchedule } from './services/scheduler.js';

/** The follow-through function's results (app/follow-through.ts, app/answer-held-mail.ts, app/weekly-digest.ts), in words. */
const WHY_NOTHING: Record<string, string> = {
  'already-claimed': 'another run had it already (sent, or sending)',
  'switched-off': 'switched off in the configuration (followThrough)',
  forgotten: 'the invitation was forgotten',
  answered: 'a choice is recorded (a reply command, a Bcc copy of a draft, or done)',
  rescheduled: 'the invitation was rescheduled',
  'not-accepted': 'the invitation is no longer accepted (declined, or the accept draft was not sent)',
  outdated: 'the invitation was forwarded again since: the newer recommendation has its own',
  'interview-passed': 'the interview time has passed (by the real clock)',
  none: 'nothing was held back before this hour (by the real clock)',
  taken: "another run has this hour's digest",
  'nothing-to-send': 'everything held was answered meanwhile, or forgotten',
  'nothing-to-list': 'nothing to list this week',
};

const REMINDERS: Record<string, string> = {
  nudge: 'the nudge',
  'evening-before': 'the reminder the evening before',
  'shortly-before': 'the reminder shortly before',
  'how-did-it-go': '"How did it go?"',
};

/** What the run was about: `the nudge of invitation <id>`, `the digest of held mail (held 15:00–16:00 UTC on 2026-03-17)`, `the weekly digest`. */
export function scheduledRunSubject(input: unknown): string {
  const call = (input ?? {}) as { kind?: unknown; inviteId?: unknown; hour?: unknown };
  const kind = typeof call.kind === 'string' ? call.kind : '';
  if (kind === 'held-digest' && typeof call.hour === 'string') {
    const hour = Number(call.hour.slice(11, 13));
    const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    return `the digest of held mail (held ${hh(hour)}–${hh(hour + 1)} UTC on ${call.hour.slice(0, 10)})`;
  }
  if (kind === 'weekly-digest') return 'the weekly digest';
  if (kind === 'nudges-due') return 'the check for nudges due (every 15 minutes)';
  const reminder = REMINDERS[kind] ?? `a ${kind || 'scheduled'} run`;
  return typeof call.inviteId === 'string' ? `${reminder} of invitation ${call.inviteId}` : reminder;
}

/** What the run came to, in words: sent, held back, or nothing sent and why. */
export function scheduledRunOutcome(input: unknown, result: unknown, error?: string): string {
  if (error !== undefined) return `failed: ${error} (Lambda tries it again in a minute; see npm start's terminal)`;
  const check = nudgesChecked(result);
  if (check) {
    if (check.due === 0) return 'nothing due';
    const what = Object.entries(check.results).map(([outcome, n]) => `${n} ${outcome === 'sent' ? 'sent (see the outbox)' : `not sent: ${WHY_NOTHING[outcome] ?? outcome}`}`);
    return `${check.due} nudge(s) due: ${what.join('; ')}`;
  }
  switch (result) {
    case undefined:
      return 'handed to the follow-through function (see npm start\'s terminal for what it came to)';
    case 'sent':
      return 'sent (see the outbox)';
    case 'held-by-cap': {
      const kind = (input as { kind?: unknown } | null)?.kind;
      const kept = kind !== 'shortly-before' && kind !== 'how-did-it-go';
      return `held back by the hourly cap (limits.mailsToOwnerPerHour)${kept ? ': it comes in the digest of held mail at the start of the next hour' : ', and not kept (it would come too late, or needs its own reply address)'}`;
    }
    case 'may-not-have-gone-out':
      return 'may not have gone out (SES gave no answer); never sent twice';
    case 'not-due-yet': {
      const hour = (input as { hour?: unknown } | null)?.hour;
      const due = typeof hour === 'string' ? `${String((Number(hour.slice(11, 13)) + 1) % 24).padStart(2, '0')}:00 UTC` : 'its hour';
      return `nothing sent yet: fired before its time by the real clock (--at moves only the scheduler's clock); scheduled again for ${due}`;
    }
    default: {
      const text = String(result);
      return `nothing sent: ${WHY_NOTHING[text] ?? text}`;
    }
  }
}

/** The result of the recurring check for nudges due (app/follow-through.ts, sendNudgesDue), or null. */
function nudgesChecked(result: unknown): { due: number; results: Record<string, number> } | null {
  if (typeof result !== 'object' || result === null || typeof (result as { due?: unknown }).due !== 'number') return null;
  return result as { due: number; results: Record<string, number> };
}

/** How many mails a run sent: the check for nudges due counts each it sent. */
function sentBy(result: unknown): number {
  return result === 'sent' ? 1 : (nudgesChecked(result)?.results.sent ?? 0);
}

/** A run not worth a line in `npm start`'s terminal: the 15-minute check for nudges when none was due. */
export function isQuietRun(result: unknown): boolean {
  return nudgesChecked(result)?.due === 0;
}

/** `npm start`'s line for one run of the follow-through function. */
export function scheduledRunLine(input: unknown, result: unknown, error?: string): string {
  return `${scheduledRunSubject(input)}: ${scheduledRunOutcome(input, result, error)}`;
}

/** What a tick did: each schedule that came due, what its run came to (sent, held, or nothing and why), and a recurring one's next time. */
export function tickReport(at: string, fired: readonly FiredSchedule[]): string {
  if (fired.length === 0) return `nothing due at ${at}: no schedule is due by then\n`;
  const sent = fired.reduce((n, f) => n + sentBy(f.result), 0);
  const lines = [`${fired.length} schedule(s) due by ${at}; ${sent === 0 ? 'nothing' : sent} sent:`];
  for (const f of fired) {
    const what = f.invoked ? scheduledRunLine(f.input, f.result, f.error) : `${scheduledRunSubject(f.input)}: not run: its function could not be invoked; the next tick tries again`;
    const repeats = f.next ? `; it repeats ${(f.input as { kind?: unknown } | null)?.kind === 'nudges-due' ? 'every 15 minutes' : 'weekly'}: next due ${f.next}` : '';
    lines.push(`  ${what}`, `    schedule ${f.name}, due ${f.at}${repeats}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An ISO 8601 instant with its zone: a date, a time (minutes at least) and `Z` or an offset. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * `tick --at`: the instant, or what is wrong with it. A bare date or a time without a zone is refused:
 * JavaScript reads `2026-03-19` as midnight UTC but `2026-03-19T09:00` in this machine's zone, and either
 * could fire more, or less, than the user meant.
 */
export function parseTickAt(text: string): Date | string {
  const example = 'e.g. 2026-03-19T09:00:00Z or 2026-03-19T10:00+01:00';
  if (!INSTANT.test(text)) {
    const what = /^\d{4}-\d{2}-\d{2}$/.test(text) ? 'a date without a time' : /^\d{4}-\d{2}-\d{2}T[\d:.]+$/i.test(text) ? 'a time without a zone' : 'not an ISO instant';
    return `--at needs a date, a time and a zone (Z or ±hh:mm), ${example}; "${text}" is ${what}`;
  }
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? `--at is not a real instant (${example}): "${text}"` : at;
}
