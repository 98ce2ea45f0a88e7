/**
 * The SES adapter against a stand-in HTTP server that answers the way SES does (REST-JSON errors with
 * `x-amzn-ErrorType`), with the real SDK in between: what a send that fails looks like to the use cases
 * (a 4xx is a refusal, anything else an unknown outcome), and that the client which mails recruiters
 * sends a request at most once, whatever the answer, while the SDK's default client sends it three times.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterEach, describe, expect, it } from 'vitest';
import { atMostOnceSesClient, SesV2Mailer } from '../../../functions/adapters/sesv2-mailer.js';
import { MailRefusedError } from '../../../functions/errors.js';

const RAW = new TextEncoder().encode('From: a@in.example.com\r\nTo: b@example.com\r\nSubject: x\r\n\r\nhello\r\n');
const ENVELOPE = { from: 'advisor@in.example.com', to: ['sofia.brandt@oakmoorbank.example'] };

type Answer = (response: ServerResponse) => void;
const error = (status: number, type: string, message: string): Answer => (response) => {
  response.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
  response.end(JSON.stringify({ message }));
};
const accepted: Answer = (response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ MessageId: '0100019c-accepted' }));
};
/** Reads the request and never answers. */
const silence: Answer = () => undefined;

let server: Server | null = null;

/** A stand-in for SES that answers every SendEmail with `answer`, counting the requests. */
async function standIn(answer: Answer): Promise<{ endpoint: string; requests: () => number }> {
  let requests = 0;
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests += 1;
    request.resume();
    request.on('end', () => answer(response));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

const local = (endpoint: string) => ({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

describe('the SES adapter', () => {
  it('returns the message id SES gives', async () => {
    // Prepare
    const ses = await standIn(accepted);
    const mailer = new SesV2Mailer(atMostOnceSesClient(local(ses.endpoint)));
    // Act
    const id = await mailer.sendRaw(RAW, ENVELOPE);
    // Assess
    expect(id).toBe('0100019c-accepted');
  });

  it.each([
    ['MessageRejected', 400, { throttled: false, permanent: true }],
    ['TooManyRequestsException', 429, { throttled: true, permanent: false }],
    ['LimitExceededException', 400, { throttled: true, permanent: false }],
    ['AccessDeniedException', 403, { throttled: false, permanent: false }],
  ] as const)('turns a %s (%i) into a refusal: nothing went out', async (type, status, expected) => {
    // Prepare
    const ses = await standIn(error(status, type, 'refused for a reason'));
    const mailer = new SesV2Mailer(atMostOnceSesClient(local(ses.endpoint)));
    // Act
    const sending = mailer.sendRaw(RAW, ENVELOPE);
    // Assess
    await expect(sending).rejects.toBeInstanceOf(MailRefusedError);
    await expect(sending).rejects.toMatchObject({ code: type, message: 'refused for a reason', ...expected });
    expect(ses.requests()).toBe(1);
  });

  it('passes a 5xx on as it is (the outcome is unknown), after exactly one request', async () => {
    // Prepare
    const ses = await standIn(error(500, 'InternalFailure', 'internal error after accepting'));
    const mailer = new SesV2Mailer(atMostOnceSesClient(local(ses.endpoint)));
    // Act
    const sending = mailer.sendRaw(RAW, ENVELOPE);
    // Assess
    await expect(sending).rejects.toMatchObject({ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } });
    await expect(sending).rejects.not.toBeInstanceOf(MailRefusedError);
    expect(ses.requests()).toBe(1);
  });

  it('fails a send that gets no answer within the run (the SDK alone would only warn), after exactly one request', async () => {
    // Prepare
    const ses = await standIn(silence);
    const client = atMostOnceSesClient({ ...local(ses.endpoint), requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true } });
    const mailer = new SesV2Mailer(client);
    // Act
    const sending = mailer.sendRaw(RAW, ENVELOPE);
    // Assess
    await expect(sending).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(sending).rejects.not.toBeInstanceOf(MailRefusedError);
    expect(ses.requests()).toBe(1);
  });
});

describe("the client that mails recruiters (the SDK's retries turned off)", () => {
  it('counts every attempt, the first included: one, even when AWS_MAX_ATTEMPTS says more', async () => {
    // Prepare
    const before = process.env.AWS_MAX_ATTEMPTS;
    process.env.AWS_MAX_ATTEMPTS = '5';
    try {
      // Act
      const maxAttempts = await atMostOnceSesClient({ region: 'us-east-1' }).config.maxAttempts();
      // Assess
      expect(maxAttempts).toBe(1);
    } finally {
      if (before === undefined) delete process.env.AWS_MAX_ATTEMPTS;
      else process.env.AWS_MAX_ATTEMPTS = before;
    }
  });

  it.each([
    ['a 5xx', error(503, 'ServiceUnavailable', 'try later')],
    ['throttling', error(429, 'TooManyRequestsException', 'slow down')],
  ])('never sends again after %s, where the default client sends three times', async (_name, answer) => {
    // Prepare
    const ses = await standIn(answer);
    const atMostOnce = new SesV2Mailer(atMostOnceSesClient(local(ses.endpoint)));
    const byDefault = new SesV2Mailer(new SESv2Client(local(ses.endpoint)));
    // Act
    await atMostOnce.sendRaw(RAW, ENVELOPE).catch(() => undefined);
    const once = ses.requests();
    await byDefault.sendRaw(RAW, ENVELOPE).catch(() => undefined);
    // Assess
    expect(once).toBe(1);
    expect(ses.requests() - once).toBe(3);
  });
});
