/**
 * SES identities and DNS: the receiving domain (verified through Easy DKIM, which also signs what the
 * function sends), and each owner address (SES mails a verification link; needed while the account is in
 * the SES sandbox, where mail may only go to verified addresses).
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { inboundSmtpHost } from '../receiving-regions.js';

export interface MailIdentitiesProps {
  readonly receivingDomain: string;
  /**
   * create the domain identity here
   * @default true (false when it already exists outside this stack: creating it again fails)
   */
  readonly createDomainIdentity?: boolean;
  /**
   * addresses to create identities for (each gets a verification mail)
   * @default - none
   */
  readonly verifyAddresses?: readonly string[];
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

    if (props.createDomainIdentity ?? true) {
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

    (props.verifyAddresses ?? []).forEach((address, i) => {
      new ses.EmailIdentity(this, `Owner${i}`, { identity: ses.Identity.email(address) });
    });

    this.dnsRecords.forEach((record, i) => {
      new CfnOutput(this, `DnsRecord${i + 1}`, {
        description: zone ? 'DNS record written to the hosted zone' : 'DNS record to create at your DNS provider',
        value: record,
      });
    });
  }
}
