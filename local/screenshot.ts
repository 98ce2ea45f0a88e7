/**
 * `npm run screenshot -- [sample.eml] [out-dir]` — renders a sample's recommendation in headless
 * Chromium at phone and desktop widths and writes PNGs (the README's picture is docs/recommendation-phone.png).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasChromium, launchChromium, CHROMIUM } from './browser.js';
import { sampleRecommendation } from './sample-recommendation.js';

const [file = 'samples/02-outlook-phone-screen.eml', outDir = 'docs'] = process.argv.slice(2);
if (!hasChromium()) {
  console.error(`screenshot: no Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
const { mail } = await sampleRecommendation(file);
const html = join(tmpdir(), 'invite-advisor-recommendation.html');
writeFileSync(html, mail.html);
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  for (const [name, width] of [['phone', 390], ['desktop', 1280]] as const) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: name === 'phone' ? 2 : 1 });
    await page.goto(`file://${html}`);
    const out = resolve(outDir, `recommendation-${name}.png`);
    await page.screenshot({ path: out, fullPage: true });
    process.stdout.write(`${out}\n`);
  }
} finally {
  await browser.close();
}
