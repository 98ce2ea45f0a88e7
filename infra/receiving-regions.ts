/**
 * Regions where Amazon SES is known to receive mail (it SENDS in many more). A stack in a region that does
 * not receive fails at the receipt rule or never gets mail; since AWS keeps adding receiving regions, a
 * region missing here is a warning (deploy-config.ts), not a refusal, and `npm run doctor` resolves its
 * inbound endpoint live. Opt-in regions need nothing more: the S3 action's bucket is in the same region
 * (docs/email-facts.md, "Opt-in regions and the S3 action").
 *
 * Source: the "Email receiving endpoints" table of https://docs.aws.amazon.com/general/latest/gr/ses.html
 * (11 regions in its January 2024 form), plus regions AWS added later and projects confirmed by resolving
 * inbound-smtp.<region>.amazonaws.com: eu-north-1, ap-northeast-2, ap-south-1. AWS keeps adding regions:
 * when yours is missing and that table lists it, add it here (`npm run doctor` checks the endpoint live).
 */
export const RECEIVING_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-northeast-1',
  'ap-northeast-2',
];

/** The host the MX record must name: `10 inbound-smtp.<region>.amazonaws.com`. */
export function inboundSmtpHost(region: string): string {
  return `inbound-smtp.${region}.amazonaws.com`;
}
