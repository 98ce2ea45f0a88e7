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

const available = hasChromium();
if (!available && process.env.CI) throw new Error('CI must run the browser test: .ci/run installs Debian’s chromium package');
if (!available) console.warn('browser test skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)');

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
      expect(url.searchParams.get('bcc')).toMatch(/^interviews\+[a-z2-7]{36}-(accept-[12]|decline)@in\.example\.com$/);
    });
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);

    // Nothing wider than the screen on a phone; nothing fetched from anywhere.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    expect(blocked).toEqual([]);
    await page.close();
  });
});
