/**
 * The weekly digest's mail (issue #17, item 4; what it lists: core/follow/weekly.ts, which plans the lists this renders): the invitations
 * waiting for an answer with their advice and first time, the interviews ahead in the owner's zone, and
 * how recent ones went. Every value read from mail (a subject, a company, the owner's words) is cut to a
 * bound and isolated in the HTML, as in every notice. It answers nothing: no reply address.
 */
import { fillHtml, fillText, ownerWords } from '../../../templates/templates.js';
import { weeklyCounts, weeklyHtml, weeklyText, weeklyTitle, weeklyVerdict } from '../../../templates/en-weekly.js';
import { capText } from '../mail/mail.js';
import { dayInZone, inZone, isolating, oneLine, type RenderedMail } from './render.js';

/** A value read from mail, as the digest shows it at most. */
const VALUE_CHARS = 300;

/** One invitation in a list of the weekly digest (core/follow/weekly.ts plans them). */
export interface WeeklyEntry {
  subject: string | null;
  company: string | null;
  role: string | null;
  verdict: 'attend' | 'decline';
  /** waiting: the first proposed time; upcoming: the accepted time; outcomes: when it happened */
  at: string | null;
  receivedAt: string;
  /** outcomes only: the owner's words */
  outcome?: string;
}

export interface WeeklyDigestInput {
  owner: { name: string; timeZone: string };
  plan: {
    waiting: readonly WeeklyEntry[];
    upcoming: readonly WeeklyEntry[];
    outcomes: readonly WeeklyEntry[];
    /** how many each list left out */
    more: { waiting: number; upcoming: number; outcomes: number };
  };
  now: Date;
}

export function renderWeeklyDigest(input: WeeklyDigestInput): RenderedMail {
  const { owner, plan } = input;
  const view = (e: WeeklyEntry) => {
    const role = e.role ? capText(e.role, VALUE_CHARS) : null;
    const company = e.company ? capText(e.company, VALUE_CHARS) : null;
    const title = oneLine(capText(e.subject ?? (fillText(ownerWords.phrases.roleAtCompany, { role, company }) || ownerWords.phrases.anInvitation), VALUE_CHARS));
    const outcome = e.outcome === undefined ? null : oneLine(capText(e.outcome, VALUE_CHARS));
    const read = [title, company, outcome];
    return {
      title,
      titleParts: isolating(title, read),
      company,
      companyParts: isolating(company ?? '', read),
      verdict: weeklyVerdict[e.verdict],
      attend: e.verdict === 'attend',
      when: e.at && !Number.isNaN(Date.parse(e.at)) ? inZone(e.at, owner.timeZone) : null,
      received: inZone(e.receivedAt, owner.timeZone),
      outcome,
      outcomeParts: isolating(outcome ?? '', read),
    };
  };
  const waiting = plan.waiting.map(view);
  const upcoming = plan.upcoming.map(view);
  const outcomes = plan.outcomes.map(view);
  const count = (template: string, list: unknown[], more: number) => (list.length > 0 ? fillText(template, { n: list.length + more, one: list.length + more === 1 }) : null);
  const counts = [count(weeklyCounts.waiting, waiting, plan.more.waiting), count(weeklyCounts.upcoming, upcoming, plan.more.upcoming), count(weeklyCounts.outcomes, outcomes, plan.more.outcomes)]
    .filter((c): c is string => c !== null)
    .join(', ');
  const values = {
    today: dayInZone(input.now.toISOString(), owner.timeZone),
    waiting,
    upcoming,
    outcomes,
    hasWaiting: waiting.length > 0,
    hasUpcoming: upcoming.length > 0,
    hasOutcomes: outcomes.length > 0,
    moreWaiting: plan.more.waiting || null,
    moreUpcoming: plan.more.upcoming || null,
    moreOutcomes: plan.more.outcomes || null,
    ownerName: owner.name,
  };
  return {
    subject: oneLine(fillText(ownerWords.subjects.notice, { title: fillText(weeklyTitle, { counts }) })),
    text: fillText(weeklyText, values),
    html: fillHtml(weeklyHtml, values),
  };
}
