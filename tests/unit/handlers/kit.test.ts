import { describe, expect, it } from 'vitest';
import { deliveryOf, SesEventSchema } from '../../../functions/handlers/kit.js';
import { sesReceiptEvent } from '../../fakes/ses-event.js';

const sample = () => sesReceiptEvent();

describe('the SES receipt event schema', () => {
  it('accepts what SES sends: no dmarcPolicy when DMARC passes, absent To and Message-ID, DISABLED scanning', () => {
    const event = sample();
    event.Records[0]!.ses.receipt.virusVerdict.status = 'DISABLED';
    const parsed = SesEventSchema.parse(event);
    expect(deliveryOf(parsed.Records[0]!.ses)).toEqual({
      messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
      mailFrom: 'alex@example.com',
      recipients: ['interviews@in.example.com'],
      headers: [{ name: 'From', value: 'Alex Morgan <alex@example.com>' }],
      headersTruncated: false,
      from: ['Alex Morgan <alex@example.com>'],
      verdicts: { spam: 'PASS', virus: 'DISABLED', dkim: 'PASS', dmarc: 'PASS' },
    });
  });

  it('refuses what is not an SES receipt event (another source, another action, a bad timestamp, no records)', () => {
    const paths = (event: unknown) => SesEventSchema.safeParse(event).error?.issues.map((i) => i.path.join('.'));
    const mutate = (change: (e: ReturnType<typeof sample>) => void) => {
      const event = sample();
      change(event);
      return event;
    };
    expect(paths(mutate((e) => Object.assign(e.Records[0]!, { eventSource: 'aws:sns' })))).toEqual(['Records.0.eventSource']);
    expect(paths(mutate((e) => Object.assign(e.Records[0]!.ses.receipt.action, { invocationType: 'RequestResponse' })))).toEqual(['Records.0.ses.receipt.action.invocationType']);
    expect(paths(mutate((e) => Object.assign(e.Records[0]!.ses.mail, { timestamp: 'yesterday' })))).toEqual(['Records.0.ses.mail.timestamp']);
    expect(paths(mutate((e) => Object.assign(e.Records[0]!.ses.receipt, { dmarcPolicy: 'ignore' })))).toEqual(['Records.0.ses.receipt.dmarcPolicy']);
    expect(paths({ Records: [] })).toEqual(['Records']);
    expect(paths({})).toEqual(['Records']);
  });
});
