/**
 * `npm run screenshot -- [sample.eml] [out-dir]` — renders a sample's recommendation in headless
 * Chromium at phone and desktop widths and writes PNGs (the README's picture is docs/recommendation-phone.png).
 * `npm run screenshot -- --outbox [sample.eml] [out-dir]` — the same for local mode's outbox: its list at
 * phone width and the recommendation opened in it at desktop width (docs/outbox-*.png).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasChromium, launchChromium, CHROMIUM } from './browser.js';
import { startOutbox } from './outbox.js';
import { sampleRecommendation } from './sample-recommendation.js';
import { writeSampleOutbox } from './sample-outbox.js';

const args = process.argv.slice(2);
const outboxMode = args.includes('--outbox');
const [file = 'samples/02-outlook-phone-screen.eml', outDir = 'docs'] = args.filter((a) => a !== '--outbox');
if (!hasChromium()) {
  console.error(`screenshot: no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  if (outboxMode) {
    const sample = await writeSampleOutbox(mkdtempSync(join(tmpdir(), 'invite-advisor-outbox-')), file);
    const outbox = await startOutbox({ dir: sample.dir, port: 0, ownerAddresses: ['alex@example.com'] });
    try {
      const list = await browser.newPage({ viewport: { width: 390, height: 560 }, deviceScaleFactor: 2 });
      await list.goto(outbox.url);
      await list.screenshot({ path: resolve(outDir, 'outbox-phone.png'), fullPage: true });
      const opened = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await opened.goto(new URL(`/mail/${sample.files.recommendation}`, outbox.url).href);
      await opened.screenshot({ path: resolve(outDir, 'outbox-desktop.png') });
      process.stdout.write(`${resolve(outDir, 'outbox-phone.png')}\n${resolve(outDir, 'outbox-desktop.png')}\n`);
    } finally {
      await outbox.stop();
    }
  } else {
    const { mail } = await sampleRecommendation(file);
    const html = join(tmpdir(), 'invite-advisor-recommendation.html');
    writeFileSync(html, mail.html);
    for (const [name, width] of [['phone', 390], ['desktop', 1280]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: name === 'phone' ? 2 : 1 });
      await page.goto(`file://${html}`);
      const out = resolve(outDir, `recommendation-${name}.png`);
      await page.screenshot({ path: out, fullPage: true });
      process.stdout.write(`${out}\n`);
    }
  }
} finally {
  await browser.close();
}
