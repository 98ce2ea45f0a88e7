/**
 * The recommendation email in a real browser (Debian's headless Chromium): at phone and desktop widths
 * the verdict, the reasons, both drafts and their links are visible and correct. Screenshots go to
 * test-results/screenshots/ (git-ignored). CI installs Chromium; elsewhere the test is skipped, with a
 * note, when Chromium is missing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../local/browser.js';
import { sampleRecommendation } from '../../local/sample-recommendation.js';
import type { InviteFacts } from '../../functions/core/extract/extract.js';
import { composeDrafts, renderRecommendation } from '../../functions/core/write/write.js';

const available = hasChromium();
if (!available && process.env.CI) throw new Error('CI must run the browser test: .ci/run installs Debian’s chromium package');
if (!available) console.warn('browser test skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)');

/** The few DOM calls that measure where words are drawn (the type-check has no DOM library; they run in the page). */
interface PageDom {
  document: {
    createTreeWalker(root: unknown, show: number): { nextNode(): { data: string } | null };
    createRange(): { setStart(node: unknown, offset: number): void; setEnd(node: unknown, offset: number): void; getBoundingClientRect(): { left: number } };
  };
  NodeFilter: { SHOW_TEXT: number };
}

describe.skipIf(!available)('the recommendation email in Chromium', () => {
  let browser: Browser;
  const shots = 'test-results/screenshots';
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['phone', 375],
    ['desktop', 1280],
  ] as const)('reads well at %s width (%i px)', async (name, width) => {
    const { triage, mail } = await sampleRecommendation('samples/02-outlook-phone-screen.eml');
    const file = join(mkdtempSync(join(tmpdir(), 'rec-')), 'recommendation.html');
    writeFileSync(file, mail.html);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const blocked: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) blocked.push(request.url());
    });
    await page.goto(`file://${file}`);
    await page.screenshot({ path: `${shots}/recommendation-${name}.png`, fullPage: true });

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Recommendation: attend');
    for (const reason of triage.decision.reasons) expect(await page.getByText(reason.text).isVisible()).toBe(true);
    expect(await page.getByText('Draft 1: accept').isVisible()).toBe(true);
    expect(await page.getByText('Draft 2: polite decline').isVisible()).toBe(true);
    expect(await page.locator('pre').first().innerText()).toBe(triage.drafts.accept.body);
    expect(await page.locator('pre').nth(1).innerText()).toBe(triage.drafts.decline.body);

    // Two proposed slots: one accept link per slot, then the decline link; each opens the right draft.
    const links = page.locator('a[href^="mailto:"]').filter({ hasText: /Accept time|Open this draft/ });
    const hrefs = (await Promise.all((await links.all()).map((a) => a.getAttribute('href')))).map((h) => h ?? '');
    expect(hrefs).toHaveLength(3);
    const expected = [...triage.drafts.acceptSlots, triage.drafts.decline];
    hrefs.forEach((href, i) => {
      const url = new URL(href);
      expect(decodeURIComponent(url.pathname)).toBe(expected[i]!.to);
      expect(url.searchParams.get('subject')).toBe(expected[i]!.subject);
      expect(url.searchParams.get('body')).toBe(expected[i]!.body);
      expect(url.searchParams.get('bcc')).toMatch(/^interviews\+[a-z2-7]{39}-(accept-[12]|decline)@in\.example\.com$/);
    });
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);

    // Nothing wider than the screen on a phone; nothing fetched from anywhere.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('shows right-to-left names in their own order, and the English around them in its order', async () => {
    // Prepare: an Arabic recruiter with a Latin suffix, a Hebrew company named inside a reason.
    const facts: InviteFacts = {
      isInvite: true,
      language: 'en',
      company: 'שרותי בריאות',
      role: null,
      format: 'video',
      meetingLink: null,
      location: null,
      slots: [],
      schedulingLink: null,
      replyTo: { name: 'محمد العلي (HR)', address: 'mohammed@clalit.example' },
      inferred: [],
    };
    const owner = { name: 'Alex Morgan', signature: 'Alex', availability: 'weekdays', timeZone: 'Europe/Paris' };
    const { html } = renderRecommendation({
      inviteId: 'abcdefghijklmnop',
      facts,
      decision: { verdict: 'attend', reasons: [{ code: 'networking', text: 'Whoever you talk to at שרותי בריאות may open doors later.' }], proposeOtherTimes: false },
      drafts: composeDrafts({ facts, originalSubject: 'Interview', owner }),
      original: { subject: 'Interview', from: facts.replyTo },
      owner,
    });
    const file = join(mkdtempSync(join(tmpdir(), 'rec-')), 'rtl.html');
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${file}`);
    // Act: where each word of a phrase is drawn, left to right, in the first element that shows it.
    const leftEdges = (selector: string, words: string[]) =>
      page.locator(selector).first().evaluate((element, words) => {
        const { document, NodeFilter } = globalThis as unknown as PageDom;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const edges: Record<string, number> = {};
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of words) {
            const at = node.data.indexOf(word);
            if (at < 0 || word in edges) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            edges[word] = range.getBoundingClientRect().left;
          }
        }
        return edges;
      }, words);
    const from = await leftEdges('tr:has-text("From") td:nth-child(2)', ['محمد', 'العلي', '(HR)', 'mohammed@clalit.example']);
    const reason = await leftEdges('li', ['Whoever', 'שרותי', 'בריאות', 'may open']);
    await page.close();
    // Assess: the name reads right to left (its suffix last, at its left), the address after it on the right;
    // the company reads right to left, inside an English sentence that still runs left to right.
    expect(from['محمد']).toBeGreaterThan(from['العلي'] ?? Infinity);
    expect(from['العلي']).toBeGreaterThan(from['(HR)'] ?? Infinity);
    expect(from['mohammed@clalit.example']).toBeGreaterThan(from['محمد'] ?? Infinity);
    expect(reason['שרותי']).toBeGreaterThan(reason['בריאות'] ?? Infinity);
    expect(reason['בריאות']).toBeGreaterThan(reason.Whoever ?? Infinity);
    expect(reason['may open']).toBeGreaterThan(reason['שרותי'] ?? Infinity);
  });
});
