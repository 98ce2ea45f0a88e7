/**
 * The one configuration schema: the owner, the inbox, how mail is sent, and the owner's decision
 * preferences. The same JSON file is bundled with the Lambda function, used by local mode, and read by
 * `triage --profile`. Later features extend this schema rather than add their own.
 */
import { z } from 'zod';
import { isAddressOrPlusForm } from '../core/mail/addresses.js';

const email = z.email({ error: 'must be an e-mail address' });

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
      })
      .default({ companies: [] }),
  })
  .strict();

export const OwnerSchema = z
  .object({
    addresses: z.array(email).min(1, { error: 'needs at least one address the owner forwards from' }),
    name: z.string().trim().min(1),
    /** the lines under "Best regards," in the drafts; empty: the owner's name alone */
    signature: z.string().default(''),
    timeZone,
    language: z.enum(['en']).default('en'),
    /** offered in the accept draft when the invitation asks for availability */
    availability: z.string().trim().min(1).default('on weekdays between 9:00 and 17:00'),
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
    preferences: PreferencesSchema.default({ targetRoles: [], targetIndustries: [], dreamCompanies: [], dealbreakers: { companies: [] } }),
    limits: z
      .object({
        /** mail to the owner per clock hour; one "paused" notice is sent when it trips */
        mailsToOwnerPerHour: z.number().int().min(1).max(1000).default(30),
        /** how long the reply address of a recommendation stays valid */
        replyTokenDays: z.number().int().min(1).max(365).default(60),
      })
      .strict()
      .default({ mailsToOwnerPerHour: 30, replyTokenDays: 60 }),
    retention: z
      .object({
        /** raw mail in S3 (and the per-message idempotency records) */
        rawMailDays: z.number().int().min(1).max(3650).default(30),
        /** what was read from each invitation, the decision and the owner's choice */
        invitationDays: z.number().int().min(1).max(3650).default(730),
      })
      .strict()
      .default({ rawMailDays: 30, invitationDays: 730 }),
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
    for (const [i, owner] of config.owner.addresses.entries()) {
      if (isAddressOrPlusForm(owner, config.inbox.address)) {
        ctx.addIssue({ code: 'custom', path: ['owner', 'addresses', i], input: owner, message: 'must not be the inbox itself (a mail loop)' });
      }
    }
  });

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
