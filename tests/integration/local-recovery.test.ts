/**
 * Local mode runs the recovery parts as the stack does (local/stack.ts): the inbound function with
 * Lambda's two retries and its failure record going to the failure notice, which mails the owner once;
 * and the sweep on its schedule, through the local Lambda Invoke stand-in, with the unchanged handlers.
 * (The waits are short here: Lambda's minute and two minutes, and the 15-minute schedule, are the defaults.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FAILURE_NOTICE_FUNCTION, INBOUND_FUNCTION, startInviteAdvisor, SWEEP_FUNCTION, type InviteAdvisorLocal } from '../../local/stack.js';
import { fixture, OWNER, sendSmtp, sentMail, uniqueId, uniqueNames, withMessageId, INBOX } from './helpers.js';

const awsEnv = inject('awsEnv');
let app: InviteAdvisorLocal;

beforeAll(async () => {
  app = await startInviteAdvisor({ awsEnv, ...uniqueNames('local-recovery'), retryDelaysMs: [20, 20], sweepEveryMs: 300 });
});
afterAll(async () => {
  await app?.stop();
});

describe('local mode, when the inbound function fails every attempt', () => {
  it('tries it three times, then the failure notice tells the owner once which message failed', async () => {
    // Prepare: a receipt event for a message whose raw mail is not in the bucket (RawMailMissingError)
    await sendSmtp(app.smtp.port, withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), uniqueId()), { from: OWNER, to: [INBOX] });
    await app.settled();
    const missing = `localrecovery${Date.now().toString(36)}`;
    const event = structuredClone(app.events.at(-1)) as { Records: { ses: { mail: { messageId: string } } }[] };
    event.Records[0]!.ses.mail.messageId = missing;
    // Act: as the SES receipt rule invokes it
    await expect(app.lambda.invoke(INBOUND_FUNCTION, event)).rejects.toThrow();
    await app.settled();
    // Assess: three attempts, then one notice run, and one notice to the owner naming the message
    const attempts = app.lambda.invocations().filter((i) => i.functionName === INBOUND_FUNCTION && !i.ok);
    expect(attempts).toHaveLength(3);
    expect(app.lambda.invocations().filter((i) => i.functionName === FAILURE_NOTICE_FUNCTION)).toEqual([{ functionName: FAILURE_NOTICE_FUNCTION, ok: true }]);
    const notices = (await sentMail(awsEnv)).filter((m) => m.parsed.subject === 'invite-advisor: a message could not be processed' && (m.parsed.text ?? '').includes(missing));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.destinations).toEqual([OWNER]);
    expect(notices[0]!.parsed.text).toContain('failed three times (RawMailMissingError), so no answer went out for it.');
  });
});

describe('local mode, on its schedule', () => {
  it('runs the sweep through the Lambda stand-in, as EventBridge runs it', async () => {
    const ran = async () => app.lambda.invocations().some((i) => i.functionName === SWEEP_FUNCTION && i.ok);
    for (let tries = 0; tries < 600 && !(await ran()); tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await ran()).toBe(true);
  });
});
