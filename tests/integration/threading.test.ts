/**
 * Threading of the mail that reaches the recruiter (issue #14, item 3), on the local stack: the owner
 * forwards an invitation by SMTP in each client's shape, replies "accept", and the mail the SES stand-in
 * was asked to send to the recruiter carries In-Reply-To / References with the invitation's Message-ID
 * where the forward carried it, and neither header where it did not (none is made up). Which client
 * puts the id where: docs/email-facts.md, "Threading a reply to the invitation".
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { fixture, header, INBOX, localConfig, OWNER, repliesTo, sendSmtp, sentMail, type SentMail, uniqueId, uniqueNames, withMessageId } from './helpers.js';

const awsEnv = inject('awsEnv');
let app: InviteAdvisorLocal;

beforeAll(async () => {
  const configFile = localConfig('threading', { replies: { sendOnBehalf: true } });
  app = await startInviteAdvisor({ awsEnv, configFile, ...uniqueNames('threading') });
});
afterAll(async () => {
  await app?.stop();
});

/** A client's forward: a file, the recruiter it names, and what is changed in its headers for this shape. */
interface Shape {
  file: string;
  recruiter: string;
  drop?: string[];
  add?: string[];
}

const INVITE = '<0c1f9e27.4b6d@mail.hiring.example>';
const GMAIL_ID = '<CAF3p7hQx2m1Rk9eWn0tYvZ8cLd4sGa6bJu5iHo1Ee_pN3Kq7Tw@mail.pinecrest.example>';
const OUTLOOK_ID = '<SA1PR19MB5520E3B7C94F6A02D1C8B3F9D7352@SA1PR19MB5520.namprd19.prod.brightlinemktg.example>';
const APPLE_ID = '<CAN4y1Rb8dT3QwLk0Zp6vX2mJs9HfE7cGu5aNo3Yi1KeR4tUq8A@mail.halvorsenprinting.example>';
const ATTACHED_ID = '<01000196a7c3e5f2-7d1b4a8e-b2c9-3f6e1d0a5b8c-000000@email.ats.example>';

const GMAIL: Shape = { file: '../samples/01-gmail-video-interview.eml', recruiter: 'renee.castellanos@pinecrest.example' };
const OUTLOOK: Shape = { file: '../samples/02-outlook-phone-screen.eml', recruiter: 'dwhitfield@brightlinemktg.example' };
const OUTLOOK_WEB: Shape = { file: 'fixtures/labelled/outlook-web-en-html-only-no-text-part.eml', recruiter: 'nprice@blueheroncu.example' };
const APPLE: Shape = { file: '../samples/03-apple-mail-onsite-decline.eml', recruiter: 'marcus.lee@halvorsenprinting.example' };
const ATTACHMENT: Shape = { file: '../samples/04-attachment-ats-video.eml', recruiter: 'jordan.okafor@lumenfield.example' };
const THUNDERBIRD: Shape = { file: 'fixtures/labelled/thunderbird-en-FWD-uppercase-subject.eml', recruiter: 'goyelowo@ferncastlereid.example' };
const OWNER_THREAD: Shape = { file: 'fixtures/labelled/outlook-web-en-fw-re-thread.eml', recruiter: 'cdiaz@harrowpike.example' };

/**
 * The shape's raw forward, with a recruiter domain of its own (other test files send to the same
 * samples' recruiters on the same SES stand-in) and its headers changed as the shape says.
 */
function forwardOf(shape: Shape, recruiter: string): Buffer {
  // The domain is replaced, not the address: quoted-printable may break a line inside the address.
  const domain = (address: string) => `@${address.split('@')[1]}`;
  let text = fixture(shape.file).toString('latin1').split(domain(shape.recruiter)).join(domain(recruiter));
  const end = text.search(/\r?\n\r?\n/);
  let head = text.slice(0, end);
  for (const name of shape.drop ?? []) head = head.replace(new RegExp(`^${name}:.*(?:\\r?\\n[ \\t].*)*(?:\\r?\\n|$)`, 'gim'), '');
  text = `${(shape.add ?? []).map((line) => `${line}\r\n`).join('')}${head.replace(/(?:\r?\n)+$/, '')}${text.slice(end)}`;
  return Buffer.from(text, 'latin1');
}

/** Forwards the shape, replies "accept" to the recommendation, and returns the mail sent to the recruiter. */
async function sentToRecruiter(shape: Shape): Promise<SentMail> {
  const [local, domain] = shape.recruiter.split('@');
  const recruiter = `${local}@t${randomBytes(4).toString('hex')}.${domain}`;
  const forwardId = uniqueId();
  await sendSmtp(app.smtp.port, withMessageId(forwardOf(shape, recruiter), forwardId), { from: OWNER, to: [INBOX] });
  await app.settled();
  const [recommendation] = await repliesTo(awsEnv, forwardId);
  const token = /^interviews\+([a-z2-7]+)@/.exec(recommendation?.parsed.replyTo?.address ?? '')?.[1];
  expect(token, `a recommendation with a reply address for ${shape.file}`).toBeTruthy();
  expect(recommendation?.parsed.text).toMatch(new RegExp(`^To: ${recruiter.replace(/[.+]/g, '\\$&')}$`, 'm'));
  const raw = await new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: `interviews+${token}@in.example.com`,
    subject: `Re: ${recommendation!.parsed.subject}`,
    text: 'accept\n',
    messageId: uniqueId(),
    inReplyTo: header(recommendation!.parsed, 'message-id') ?? '',
  })
    .compile()
    .build();
  await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [`interviews+${token}@in.example.com`] });
  await app.settled();
  const sent = (await sentMail(awsEnv)).filter((m) => m.destinations.includes(recruiter));
  expect(sent, `one mail to the recruiter of ${shape.file}`).toHaveLength(1);
  return sent[0]!;
}

function threadingOf(mail: SentMail): { inReplyTo: string | undefined; references: string | undefined } {
  return { inReplyTo: header(mail.parsed, 'in-reply-to'), references: header(mail.parsed, 'references') };
}

describe('the forward carries the invitation’s Message-ID: the mail to the recruiter answers it', () => {
  it.each([
    ['Gmail (In-Reply-To and References)', GMAIL, GMAIL_ID, GMAIL_ID],
    ['Outlook desktop on Exchange (In-Reply-To and References)', OUTLOOK, OUTLOOK_ID, OUTLOOK_ID],
    ['Outlook on the web, Microsoft 365 (In-Reply-To and References; HTML only)', { ...OUTLOOK_WEB, add: [`In-Reply-To: ${INVITE}`, `References: <root.1@mail.hiring.example> ${INVITE}`] }, INVITE, `<root.1@mail.hiring.example> ${INVITE}`],
    ['Apple Mail (References only)', APPLE, APPLE_ID, APPLE_ID],
    ['Thunderbird (X-Forwarded-Message-Id, In-Reply-To, References)', { ...THUNDERBIRD, add: [`X-Forwarded-Message-Id: ${INVITE}`, `In-Reply-To: ${INVITE}`, `References: ${INVITE}`] }, INVITE, INVITE],
    ['attached as a message (its own Message-ID)', ATTACHMENT, ATTACHED_ID, ATTACHED_ID],
  ])('%s', async (_name, shape, inReplyTo, references) => {
    // Act
    const mail = await sentToRecruiter(shape);
    // Assess
    expect(threadingOf(mail)).toEqual({ inReplyTo, references });
    expect(mail.parsed.subject).toMatch(/^Re: /);
  });
});

describe('the forward does not carry it: no threading header is made up', () => {
  it.each([
    ['Outlook desktop with an IMAP or POP account (no threading headers; its header block has no Message-ID)', { ...OUTLOOK, drop: ['In-Reply-To', 'References'] }],
    ['Outlook on the web without threading headers', OUTLOOK_WEB],
    ['Apple Mail without References', { ...APPLE, drop: ['References'] }],
    ['Gmail with the subject edited by the owner (its In-Reply-To is not shown to be the invitation’s)', { ...GMAIL, drop: ['Subject'], add: ['Subject: have a look at this one'] }],
    ['a forwarded thread whose top is the owner’s own reply (In-Reply-To names that reply)', { ...OWNER_THREAD, add: ['In-Reply-To: <own.reply.1@example.com>', 'References: <0c1f9e27.4b6d@mail.harrowpike.example> <own.reply.1@example.com>'] }],
  ])('%s', async (_name, shape) => {
    const mail = await sentToRecruiter(shape);
    expect(threadingOf(mail)).toEqual({ inReplyTo: undefined, references: undefined });
  });
});
