/**
 * SES identities and DNS: the receiving domain (verified through Easy DKIM, which also signs what the
 * function sends), and each owner address (SES mails a verification link; needed while the account is in
 * the SES sandbox, where mail may only go to verified addresses). An identity that exists already is
 * adopted: not created here; IAM grants it by ARN all the same (stack.ts).
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { inboundSmtpHost } from '../receiving-regions.js';

export interface MailIdentitiesProps {
  readonly receivingDomain: string;
  /**
   * the domain identity exists already (outside this stack): use it, do not create it (creating it again
   * fails the deploy with "already exists"); its DKIM records are then not listed nor written either
   * @default false
   */
  readonly adoptDomainIdentity?: boolean;
  /**
   * the owner addresses, in configuration order: an identity is created for each one not adopted (SES
   * mails it a verification link). The construct id is `Owner<index in this list>`, so adopting one address
   * never renames (and so replaces) another's identity.
   * @default - none
   */
  readonly ownerAddresses?: readonly { readonly address: string; readonly adopted: boolean }[];
  /**
   * a public hosted zone containing the receiving domain: the MX and DKIM records are written there.
   * @default - none: the outputs list the records to create at your DNS provider
   */
  readonly hostedZone?: { readonly id: string; readonly name: string };
}

export class MailIdentities extends Construct {
  /** "TYPE name value" lines: what DNS must hold for mail to arrive and to be signed */
  readonly dnsRecords: string[] = [];

  constructor(scope: Construct, id: string, props: MailIdentitiesProps) {
    super(scope, id);
    const domain = props.receivingDomain;
    const zone = props.hostedZone
      ? route53.PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', { hostedZoneId: props.hostedZone.id, zoneName: props.hostedZone.name.replace(/\.$/, '') })
      : null;

    const mx = `10 ${inboundSmtpHost(Stack.of(this).region)}`;
    this.dnsRecords.push(`MX ${domain} ${mx}`);
    if (zone) {
      // Fails (rather than overwrites) if the name already has an MX record: existing mail is never taken over silently.
      new route53.MxRecord(this, 'Mx', { zone, recordName: `${domain}.`, values: [{ priority: 10, hostName: inboundSmtpHost(Stack.of(this).region) }] });
    }

    if (!props.adoptDomainIdentity) {
      // Identity.domain, not Identity.publicHostedZone: that one verifies the ZONE's name, which is the
      // parent (example.com) when the receiving domain is a subdomain (in.example.com).
      const identity = new ses.EmailIdentity(this, 'Domain', { identity: ses.Identity.domain(domain), dkimSigning: true });
      identity.dkimRecords.forEach((record, i) => {
        this.dnsRecords.push(`CNAME ${record.name} ${record.value}`);
        if (zone) {
          new route53.CfnRecordSet(this, `Dkim${i + 1}`, { hostedZoneId: zone.hostedZoneId, name: record.name, type: 'CNAME', resourceRecords: [record.value], ttl: '1800' });
        }
      });
    }

    (props.ownerAddresses ?? []).forEach(({ address, adopted }, i) => {
      if (!adopted) new ses.EmailIdentity(this, `Owner${i}`, { identity: ses.Identity.email(address) });
    });

    this.dnsRecords.forEach((record, i) => {
      new CfnOutput(this, `DnsRecord${i + 1}`, {
        description: zone ? 'DNS record written to the hosted zone' : 'DNS record to create at your DNS provider',
        value: record,
      });
    });
  }
}
