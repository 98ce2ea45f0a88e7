/**
 * An outbox folder as local mode leaves it after a sample was forwarded and its accept draft sent: the
 * recommendation, the draft to the recruiter (copied to the owner), and the owner's confirmation. Built
 * with the product's own renderer and MIME builder, named as the SES stand-in names its copies (for the
 * browser test and `npm run screenshot`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../functions/config/load.js';
import { buildMime, renderNotice } from '../functions/core/write/write.js';
import { sampleRecommendation } from './sample-recommendation.js';
import { DEFAULT_CONFIG_FILE } from './stack.js';

export interface SampleOutbox {
  dir: string;
  /** file names, oldest first */
  files: { recommendation: string; toRecruiter: string; confirmation: string };
  recommendation: Awaited<ReturnType<typeof sampleRecommendation>>;
}

export async function writeSampleOutbox(dir: string, sample = 'samples/02-outlook-phone-screen.eml'): Promise<SampleOutbox> {
  const config = loadConfig(DEFAULT_CONFIG_FILE);
  const owner = config.owner.addresses[0] ?? '';
  const recommendation = await sampleRecommendation(sample);
  const { mail, triage } = recommendation;
  const draft = triage.drafts.accept;
  const recruiter = draft.to ?? 'recruiter@example.com';
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 14, minute, 5));
  const from = { name: config.sending.name, address: config.sending.address };
  const common = { inReplyTo: null, references: [], attachments: [] };
  const mails = {
    recommendation: await buildMime({ ...common, from, to: [owner], replyTo: 'interviews+sample@in.example.com', subject: mail.subject, text: mail.text, html: mail.html, autoSubmitted: true, date: at(0) }),
    toRecruiter: await buildMime({
      ...common,
      from: { name: config.owner.name, address: config.sending.address },
      to: [recruiter],
      cc: [owner],
      replyTo: owner,
      subject: draft.subject,
      text: draft.body,
      html: null,
      autoSubmitted: false,
      date: at(3),
    }),
    confirmation: await (async () => {
      const notice = renderNotice('sent', { to: recruiter, at: 'Wed 2 Dec, 9:03', subject: draft.subject, body: draft.body });
      return buildMime({ ...common, from, to: [owner], replyTo: null, subject: notice.subject, text: notice.text, html: notice.html, autoSubmitted: true, date: at(3) });
    })(),
  };
  mkdirSync(dir, { recursive: true });
  const files = {
    recommendation: '20261202T140005Z-0001-ses-sample-1.eml',
    toRecruiter: '20261202T140305Z-0002-ses-sample-2.eml',
    confirmation: '20261202T140306Z-0003-ses-sample-3.eml',
  };
  for (const key of Object.keys(files) as (keyof typeof files)[]) writeFileSync(join(dir, files[key]), mails[key]);
  return { dir, files, recommendation };
}
