/**
 * The one configuration schema: the owner, the inbox, how mail is sent, and the owner's decision
 * preferences. The same JSON file is bundled with the Lambda function, used by local mode, and read by
 * `triage --profile`. Later features extend this schema rather than add their own.
 */
import * as z from 'zod';
import { asciiAddress, asciiDomain } from './idn.js';

const email = z.email({ error: 'must be an e-mail address' });

/**
 * An address the owner writes from, converted to the form it is compared in: lower case, the domain in
 * A-labels (`xn--…`) by a strict UTS #46 conversion (config/idn.ts). Unicode domains may be written either
 * way; a domain that is not valid under UTS #46 is refused here.
 */
const ownerAddress = z
  .string()
  .trim()
  .transform((address, ctx) => {
    const ascii = asciiAddress(address);
    if (!ascii || !z.email().safeParse(ascii).success) {
      ctx.addIssue({ code: 'custom', input: address, message: 'must be an e-mail address whose domain is a valid host name (UTS #46)' });
      return z.NEVER;
    }
    return ascii;
  });

/** An SES identity as SES names it: a domain, or an address (`ownerAddress`'s form): lower case, A-labels. */
const sesIdentity = z
  .string()
  .trim()
  .transform((identity, ctx) => {
    const ascii = identity.includes('@') ? asciiAddress(identity) : asciiDomain(identity.replace(/\.$/, ''));
    if (!ascii) {
      ctx.addIssue({ code: 'custom', input: identity, message: 'must be a domain or an e-mail address, as SES names its identities' });
      return z.NEVER;
    }
    return ascii.toLowerCase();
  });

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be an IANA time zone such as "Europe/Paris" or "America/New_York"' },
);

export const PreferencesSchema = z
  .object({
    /** roles the owner is aiming for; an invitation for one of these is more than practice */
    targetRoles: z.array(z.string().min(1)).default([]),
    targetIndustries: z.array(z.string().min(1)).default([]),
    /** companies the owner would love to work for some day: a later, better opening there matters */
    dreamCompanies: z.array(z.string().min(1)).default([]),
    dealbreakers: z
      .object({
        /** companies the owner will not work for, whatever the role */
        companies: z.array(z.string().min(1)).default([]),
        /** pay below this, when the invitation states pay, is a polite no */
        minimumPay: z
          .object({
            amount: z.number().positive(),
            currency: z.enum(['USD', 'EUR', 'GBP']),
            per: z.enum(['year', 'month', 'hour']).default('year'),
          })
          .strict()
          .nullable()
          .default(null),
        /** true: an invitation that requires moving is a polite no */
        relocation: z.boolean().default(false),
      })
      .strict()
      .default({ companies: [], minimumPay: null, relocation: false }),
    /**
     * How much interview practice the owner wants: "none" drops the practice reason, "some" (default) values
     * it until a few recent interviews, "lots" until many.
     */
    practice: z.enum(['none', 'some', 'lots']).default('some'),
    /** hours a week the owner can spare for interviews (travel included); null: no budget */
    hoursPerWeek: z.number().positive().max(80).nullable().default(null),
  })
  .strict();

export const OwnerSchema = z
  .object({
    addresses: z.array(ownerAddress).min(1, { error: 'needs at least one address the owner forwards from' }),
    /**
     * Owner addresses whose provider does not sign mail with DKIM (rare): mail from them is accepted when
     * DMARC and DKIM do not FAIL, instead of needing DMARC PASS or an aligned DKIM pass. Anyone can forge
     * such an address on a domain without DMARC: list one only when forwards from it are not answered.
     * Reply commands always need the pass.
     */
    unsignedAddresses: z.array(ownerAddress).default([]),
    /**
     * Addresses the owner used to have (an old work or alumni address) that still forward mail to an owner
     * address: a forward of a forward through one of them is unwrapped to the invitation inside. Never
     * answered and never trusted as a sender: mail from them is a stranger's, like any other.
     */
    formerAddresses: z.array(ownerAddress).default([]),
    /** bounded, like everything a draft holds (core/triage/bounds.ts): the stored invitation stays small */
    name: z.string().trim().min(1).max(100),
    /** the lines under "Best regards," in the drafts; empty: the owner's name alone */
    signature: z.string().max(1000).default(''),
    timeZone,
    language: z.enum(['en']).default('en'),
    /** offered in the accept draft when the invitation asks for availability; the default is written in each draft's own language (templates/*.ts defaultAvailability) */
    availability: z.string().trim().min(1).max(300).default('on weekdays between 9:00 and 17:00'),
  })
  .strict();

/**
 * How to deploy to AWS (infra/ and `npm run doctor` read it; the Lambda function and local mode ignore
 * it). Optional here so local mode and the bundled copy accept the same file; infra/deploy-config.ts makes
 * it required and adds the checks that only matter for a deployment (placeholder domain, apex domain,
 * receiving region).
 */
export const DeploySchema = z
  .object({
    /** where SES receives the mail: a region with an SES "inbound-smtp" endpoint */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'must be an AWS region such as "eu-west-1"' }),
    /**
     * REQUIRED, no default: "create" makes and activates a receipt rule set of its own (refused if another
     * set is active, unless replaceActiveRuleSet); "existing:<name>" adds the inbox rule to your set.
     */
    ruleSet: z.union([
      z.literal('create'),
      z.string().regex(/^existing:[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$/, {
        error: 'must be "create" or "existing:<rule set name>"',
      }),
    ]),
    /** with ruleSet "create": switch off the currently active rule set (and the mail it receives) */
    replaceActiveRuleSet: z.boolean().default(false),
    /** receiving on the apex of a domain replaces its MX records, i.e. every mailbox on it: opt in explicitly */
    allowApexDomain: z.boolean().default(false),
    /** a public Route 53 zone that contains the receiving domain: the stack then writes the MX and DKIM records */
    hostedZone: z.object({ id: z.string().regex(/^Z[A-Z0-9]{1,31}$/, { error: 'must be a hosted zone id such as "Z0123456789ABC"' }), name: z.string().min(1) }).strict().optional(),
    /** who gets the alarm mails; defaults to the first owner address */
    alarmEmail: email.optional(),
    /** create an SES identity (a verification mail) for each owner address; false when they are verified already */
    verifyOwnerAddresses: z.boolean().default(true),
    /** create the SES identity of the receiving domain; false when it exists already (outside this stack) */
    createDomainIdentity: z.boolean().default(true),
    /**
     * SES identities that exist already in this account and region (the receiving domain, owner addresses):
     * the stack uses them (IAM grants them by ARN) without creating them, since creating one twice fails the
     * deploy ("already exists"). `npm run doctor` lists the ones that exist and checks adopted ones are verified.
     */
    adoptExistingIdentities: z.array(sesIdentity).default([]),
    /** concurrent executions reserved for the function; null reserves none (accounts whose limit is 10) */
    reservedConcurrency: z.number().int().min(1).max(100).nullable().default(null),
    /** CloudFormation stack name; also names the rule set ("<stackName>-rules") and the rule ("<stackName>-inbox") */
    stackName: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,50}$/, { error: 'must start with a letter and hold only letters, digits and "-" (at most 51)' }).default('InviteAdvisor'),
  })
  .strict();

export const ConfigSchema = z
  .object({
    inbox: z.object({ address: email }).strict(),
    sending: z
      .object({
        /** on the verified domain; never the owner's own Gmail/Outlook address (DMARC would fail) */
        address: email,
        name: z.string().trim().min(1).default('invite-advisor'),
      })
      .strict(),
    owner: OwnerSchema,
    preferences: PreferencesSchema.default(() => PreferencesSchema.parse({})),
    limits: z
      .object({
        /**
         * The loop breaker: every mail to the owner counts toward it, per clock hour (UTC). Past it, notes
         * and answers are held back (one "paused" notice says so); notices about a draft sent to a
         * recruiter always go out. What is held back is answered in one digest in the next hour.
         */
        mailsToOwnerPerHour: z.number().int().min(1).max(1000).default(30),
        /**
         * Recommendations per clock hour: a limit of their own, at least `mailsToOwnerPerHour`, so that
         * forwarding many invitations at once is not held back with the notes.
         */
        recommendationsPerHour: z.number().int().min(1).max(1000).default(100),
        /** how long the reply address of a recommendation stays valid */
        replyTokenDays: z.number().int().min(1).max(365).default(60),
      })
      .strict()
      .default({ mailsToOwnerPerHour: 30, recommendationsPerHour: 100, replyTokenDays: 60 }),
    replies: z
      .object({
        /**
         * Reply "accept" / "decline" to a recommendation and invite-advisor sends that draft to the
         * recruiter for you. Off by default: it mails a third party in your name (and needs SES
         * production access).
         */
        sendOnBehalf: z.boolean().default(false),
      })
      .strict()
      .default({ sendOnBehalf: false }),
    drafts: z
      .object({
        /**
         * The "open this draft" links Bcc the invitation's own +token address, so invite-advisor learns
         * which draft you sent (the copy records your choice; it is never treated as a command).
         */
        bccChoiceToInbox: z.boolean().default(true),
      })
      .strict()
      .default({ bccChoiceToInbox: true }),
    followThrough: z
      .object({
        /**
         * One reminder to the owner when no choice is recorded (no reply command, no Bcc copy of a draft,
         * no `done`) within min(`nudgeAfterHours`, half the time to the first proposed slot), moved out of
         * the owner's night. Off: no nudge is scheduled.
         */
        nudge: z.boolean().default(true),
        /** the longest the nudge waits after the recommendation */
        nudgeAfterHours: z.number().min(1).max(24 * 14).default(36),
        /** the owner's night, in their time zone, as whole hours: a reminder due from `nightStartHour` to `nightEndHour` waits until `nightEndHour` */
        nightStartHour: z.number().int().min(0).max(23).default(22),
        nightEndHour: z.number().int().min(0).max(23).default(8),
        /**
         * Reminders of an accepted interview with a fixed time (an `accept` reply command, or a Bcc copy
         * of the accept draft): the evening before and shortly before, with the time, the link or address,
         * who they meet and the owner's note. Off: none is scheduled, and one scheduled sends nothing.
         */
        onTheDay: z.boolean().default(true),
        /** the evening-before reminder's whole hour in the owner's zone, the day before the interview; null: none */
        eveningBeforeHour: z.number().int().min(0).max(23).nullable().default(19),
        /** how many minutes before the interview the last reminder comes; null: none */
        minutesBefore: z.number().int().min(10).max(24 * 60).nullable().default(60),
        /**
         * One mail a week (opt-in): invitations waiting for an answer, interviews ahead, recent outcomes.
         * On: the stack creates a recurring schedule at `weeklyDigestHour`:00 on `weeklyDigestDay` in the
         * owner's zone. Off: no schedule, and one left behind sends nothing.
         */
        weeklyDigest: z.boolean().default(false),
        /** as EventBridge Scheduler's cron writes a day (core/follow/digests.ts WEEK_DAYS) */
        weeklyDigestDay: z.enum(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']).default('MON'),
        weeklyDigestHour: z.number().int().min(0).max(23).default(8),
        /**
         * "How did it go?": one question after an interview the owner accepted at a fixed time; the answer
         * is kept with the invitation and counts in the history (core/follow/outcome.ts). Off: none is
         * scheduled, one scheduled sends nothing, and an answer to an earlier one is still recorded.
         */
        howDidItGo: z.boolean().default(true),
        /** minutes after the interview's end that the question comes (then moved out of the owner's night) */
        howDidItGoAfterMinutes: z.number().int().min(0).max(48 * 60).default(60),
      })
      .strict()
      .default({ nudge: true, nudgeAfterHours: 36, nightStartHour: 22, nightEndHour: 8, onTheDay: true, eveningBeforeHour: 19, minutesBefore: 60, weeklyDigest: false, weeklyDigestDay: 'MON', weeklyDigestHour: 8, howDidItGo: true, howDidItGoAfterMinutes: 60 }),
    retention: z
      .object({
        /** raw mail in S3 (and the per-message idempotency records) */
        rawMailDays: z.number().int().min(1).max(3650).default(30),
        /** what was read from each invitation, the decision and the owner's choice */
        invitationDays: z.number().int().min(1).max(3650).default(730),
      })
      .strict()
      .default({ rawMailDays: 30, invitationDays: 730 }),
    deploy: DeploySchema.optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const inboxDomain = config.inbox.address.split('@')[1]?.toLowerCase();
    const sendingDomain = config.sending.address.split('@')[1]?.toLowerCase();
    if (inboxDomain !== sendingDomain) {
      ctx.addIssue({
        code: 'custom',
        path: ['sending', 'address'],
        input: config.sending.address,
        message: `must be on the inbox's domain "${inboxDomain}" (the domain SES verifies)`,
      });
    }
    for (const [i, unsigned] of config.owner.unsignedAddresses.entries()) {
      if (!config.owner.addresses.includes(unsigned)) {
        ctx.addIssue({ code: 'custom', path: ['owner', 'unsignedAddresses', i], input: unsigned, message: 'must also be in owner.addresses' });
      }
    }
    for (const [i, owner] of config.owner.addresses.entries()) {
      if (withoutSubaddress(owner) === withoutSubaddress(config.inbox.address)) {
        ctx.addIssue({ code: 'custom', path: ['owner', 'addresses', i], input: owner, message: 'must not be the inbox itself (a mail loop)' });
      }
    }
    // Recommendations have the higher limit: a lower one would hold them back before the notes.
    if (config.limits.recommendationsPerHour < config.limits.mailsToOwnerPerHour) {
      ctx.addIssue({
        code: 'custom',
        path: ['limits', 'recommendationsPerHour'],
        input: config.limits.recommendationsPerHour,
        message: `must be at least limits.mailsToOwnerPerHour (${config.limits.mailsToOwnerPerHour}): recommendations have the higher limit`,
      });
    }
    // A reply address must not outlive its invitation: once the invitation expires, a later forward of it
    // starts its versions again, and a still-valid old address would name one of them.
    if (config.limits.replyTokenDays > config.retention.invitationDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['limits', 'replyTokenDays'],
        input: config.limits.replyTokenDays,
        message: `must not exceed retention.invitationDays (${config.retention.invitationDays}): a reply address would outlive its invitation`,
      });
    }
  });

/** `local+label@domain` → `local@domain`, lower case: the inbox and its `+label` forms are one mailbox. */
function withoutSubaddress(address: string): string {
  return address.trim().toLowerCase().replace(/\+[^@]*(?=@[^@]*$)/, '');
}

/** What `triage --profile` accepts: the same file, where only owner and preferences are read. */
export const ProfileSchema = z
  .object({
    owner: OwnerSchema.partial().optional(),
    preferences: PreferencesSchema.optional(),
  })
  .loose();

export type Config = z.infer<typeof ConfigSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type OwnerSettings = z.infer<typeof OwnerSchema>;
export type DeploySettings = z.infer<typeof DeploySchema>;
