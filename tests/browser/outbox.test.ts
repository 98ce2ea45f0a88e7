/**
 * Local mode's outbox (local/outbox.ts) in Debian's headless Chromium: newest first, mail to a recruiter
 * marked, each recommendation readable in full at phone and desktop widths, the raw .eml one click away,
 * and the list kept across restarts (it reads the saved copies). Screenshots go to test-results/screenshots/.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../local/browser.js';
import { startOutbox, type Outbox } from '../../local/outbox.js';
import { writeSampleOutbox, type SampleOutbox } from '../../local/sample-outbox.js';

const available = hasChromium();
if (!available && process.env.CI) throw new Error('CI must run the browser test: .ci/run installs Debian’s chromium package');
if (!available) console.warn('browser test skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)');

describe.skipIf(!available)('the outbox in Chromium', () => {
  let browser: Browser;
  let outbox: Outbox;
  let sample: SampleOutbox;
  const shots = 'test-results/screenshots';
  beforeAll(async () => {
    sample = await writeSampleOutbox(mkdtempSync(join(tmpdir(), 'outbox-')));
    outbox = await startOutbox({ dir: sample.dir, port: 0, ownerAddresses: ['alex@example.com'] });
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await outbox?.stop();
  });

  it.each([
    ['phone', 375],
    ['desktop', 1280],
  ] as const)('lists the newest first, marks mail to a recruiter, and opens a recommendation in full at %s width (%i px)', async (name, width) => {
    // Prepare
    const { triage, mail } = sample.recommendation;
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(outbox.url)) elsewhere.push(request.url());
    });

    // Act: the list
    await page.goto(outbox.url);
    await page.screenshot({ path: `${shots}/outbox-${name}.png`, fullPage: true });
    const items = await page.locator('li').allInnerTexts();

    // Assess: newest first; the draft sent to the recruiter is marked as such, the rest is to the owner.
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('invite-advisor: sent to');
    expect(items[1]).toContain(triage.drafts.accept.subject);
    expect(items[1]).toContain('to a recruiter');
    expect(items[2]).toContain(mail.subject);
    expect(items[2]).toContain('to you');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);

    // Act: open the recommendation
    await page.getByText(mail.subject).click();
    await page.screenshot({ path: `${shots}/outbox-recommendation-${name}.png`, fullPage: true });

    // Assess: the whole recommendation is on the page itself (no frame to cut it off), nothing wider than the screen.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Recommendation: attend');
    expect(await page.locator('iframe').count()).toBe(0);
    for (const reason of triage.decision.reasons) expect(await page.getByText(reason.text).isVisible()).toBe(true);
    expect(await page.locator('pre').first().innerText()).toBe(triage.drafts.accept.body);
    expect(await page.locator('pre').nth(1).innerText()).toBe(triage.drafts.decline.body);
    const lastDraft = await page.locator('pre').nth(1).boundingBox();
    expect((lastDraft?.y ?? Infinity) + (lastDraft?.height ?? 0)).toBeLessThanOrEqual(await page.evaluate<number>('document.documentElement.scrollHeight'));
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    expect(await page.getByText('to you').isVisible()).toBe(true);

    // Act / Assess: the raw .eml, byte for byte.
    const raw = page.getByRole('link', { name: 'raw .eml' });
    const href = await raw.getAttribute('href');
    const answer = await page.request.get(new URL(href ?? '', outbox.url).href);
    expect(answer.headers()['content-type']).toBe('message/rfc822');
    expect(Buffer.from(await answer.body()).equals(readFileSync(join(sample.dir, sample.files.recommendation)))).toBe(true);

    expect(elsewhere).toEqual([]);
    await page.close();
  });

  it('shows the mail to a recruiter in full, marked as not delivered in local mode', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(new URL(`/mail/${sample.files.toRecruiter}`, outbox.url).href);
    expect(await page.getByText('to a recruiter — local mode: not delivered').isVisible()).toBe(true);
    expect((await page.locator('pre').innerText()).trim()).toBe(sample.recommendation.triage.drafts.accept.body.trim());
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('keeps the list across a restart: it reads the saved copies', async () => {
    await outbox.stop();
    outbox = await startOutbox({ dir: sample.dir, port: 0, ownerAddresses: ['alex@example.com'] });
    const page = await browser.newPage();
    await page.goto(outbox.url);
    expect(await page.locator('li').count()).toBe(3);
    await page.close();
  });

  it('answers a name it does not hold (or one that climbs out of the folder) with 404', async () => {
    for (const path of ['/mail/nope.eml', '/mail/..%2F..%2Fetc%2Fpasswd', '/mail/x/raw']) {
      expect((await fetch(new URL(path, outbox.url))).status).toBe(404);
    }
  });
});
