/**
 * AWS's "Sample incoming email event" (the receipt rule's Lambda action), DMARC passing: no dmarcPolicy,
 * as SES sends it. The parts a test cares about are parameters; everything else is the sample's.
 */
export interface SesEventFields {
  messageId?: string;
  timestamp?: string;
  subject?: string;
  headers?: { name: string; value: string }[];
}

export function sesReceiptEvent({ messageId = 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1', timestamp = '2026-12-02T07:00:00.000Z', subject = 'Fwd: invite', headers }: SesEventFields = {}) {
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: 'alex@example.com',
            messageId,
            destination: ['interviews@in.example.com'],
            headersTruncated: false,
            headers: headers ?? [{ name: 'From', value: 'Alex Morgan <alex@example.com>' }],
            commonHeaders: { returnPath: 'alex@example.com', from: ['Alex Morgan <alex@example.com>'], date: new Date(Date.parse(timestamp)).toUTCString().replace('GMT', '+0000'), subject },
          },
          receipt: {
            timestamp,
            processingTimeMillis: 574,
            recipients: ['interviews@in.example.com'],
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            action: { type: 'Lambda', functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:inbound', invocationType: 'Event' },
          },
        },
      },
    ],
  };
}
