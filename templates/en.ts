/**
 * Every word invite-advisor writes in English, as Mustache templates. No logic beyond filling in:
 * `{{x}}` is escaped in HTML templates, `{{#x}}…{{/x}}` shows a part only when x is set.
 * The text templates are rendered without HTML escaping.
 */

/**
 * One sentence per decision reason; the codes are part of the triage contract. Besides company, role and
 * note, each sentence gets the details its rule found (see functions/core/decide/rules.ts).
 */
export const reasons = {
  'owner-instruction': `You said so in your note: "{{said}}". Your instruction comes before every other rule.`,
  dealbreaker: `{{#company_}}{{company}} is on your list of dealbreakers, so this one is a polite no whatever the role.{{/company_}}{{#relocation_}}The invitation says the job requires moving, one of your dealbreakers: a polite no.{{/relocation_}}{{#pay_}}The pay stated ({{pay}} a year at most) is below your minimum of {{minimum}}: a polite no.{{/pay_}}`,
  'nothing-appealing': `{{#whole}}You wrote "{{said}}": nothing about this opportunity appeals to you. That is the one case where declining, politely, is the better use of your time.{{/whole}}{{^whole}}Nothing here appeals: {{#role}}the {{role}} role{{/role}}{{^role}}the role{{/role}} looks like a dud ({{#dudFromInvite}}the invitation says{{/dudFromInvite}}{{^dudFromInvite}}you wrote{{/dudFromInvite}} "{{dudSaid}}") and {{#company}}{{company}}'s{{/company}}{{^company}}the company's{{/company}} future looks bleak ({{#bleakFromInvite}}the invitation says{{/bleakFromInvite}}{{^bleakFromInvite}}you wrote{{/bleakFromInvite}} "{{bleakSaid}}"), and nothing draws you. That is the one case where declining, politely, is the better use of your time.{{/whole}}`,
  'time-budget': `This interview would take about {{hours}} hours{{#committed}}, on top of {{committed}} already planned that week{{/committed}}: more than the {{budget}} hours a week you can spare, and nothing about it draws you.`,
  'schedule-conflict': `It clashes with your {{otherCompany}} interview{{#several}} and others{{/several}} at the same time: attend, but ask for another time. The accept draft proposes your usual availability instead of the time they offered.`,
  'target-match': `{{#role}}{{role}}{{/role}}{{^role}}This role{{/role}} is one of the kinds of role you are aiming for: this interview could be the real thing.`,
  practice: `{{#plenty}}You have had {{recent}} interviews in the last {{windowDays}} days, plenty of practice already: this one adds a little more.{{/plenty}}{{^plenty}}{{#none}}Interview experience never hurts: {{#role}}the {{role}} interview{{/role}}{{^role}}this interview{{/role}}{{#company}} at {{company}}{{/company}} is practice that makes the interviews that matter easier.{{/none}}{{#one}}You have had one interview in the last {{windowDays}} days: this one is practice before the ones that matter.{{/one}}{{#many}}You have had {{recent}} interviews in the last {{windowDays}} days: this one is more practice before the ones that matter.{{/many}}{{/plenty}}`,
  networking: `{{#named}}You wrote "{{said}}": that draws you, and{{/named}}{{^named}}Every interview is a chance to meet people:{{/named}} whoever you talk to{{#company}} at {{company}}{{/company}} may open doors later.`,
  'might-want-it': `{{#doubted}}{{#said}}You have doubts about the role ({{#fromInvite}}the invitation says{{/fromInvite}}{{^fromInvite}}you wrote{{/fromInvite}} "{{said}}"){{/said}}{{^said}}You have doubts about the role{{/said}}, but a job description rarely sums it up{{/doubted}}{{^doubted}}A job description rarely sums up a role{{/doubted}}: {{#role}}the {{role}} position{{/role}}{{^role}}this position{{/role}} may turn out to be more interesting than it reads.`,
  'future-opening': `{{#dream}}{{company}} is a company you would love to work for: if{{/dream}}{{^dream}}{{#earlier}}{{company}} has invited you {{#earlierOne}}once{{/earlierOne}}{{^earlierOne}}{{earlier}} times{{/earlierOne}} before, so they keep you in mind: if{{/earlier}}{{^earlier}}{{#said}}{{#fromInvite}}The invitation says "{{said}}": they remember you, and if{{/fromInvite}}{{^fromInvite}}You wrote "{{said}}": if{{/fromInvite}}{{/said}}{{^said}}If{{/said}}{{/earlier}}{{/dream}} you impress them, {{#company}}{{company}}{{/company}}{{^company}}the company{{/company}} may come back to you when a better position opens.`,
  'time-cost': `It is a long one (about {{hours}} hours, travel included{{#said}}; you wrote "{{said}}"{{/said}}): block the time.`,
} as const;

/**
 * The reason the note model gives (functions/core/decide/note-model.ts) when the rules understood nothing of
 * the note: what the note reads most like, the words that weighed most, and how to say it plainly.
 */
export const modelReason = `{{#partly}}Read as a whole, your note reads most like{{/partly}}{{^partly}}Your note was not understood word for word, but it reads most like{{/partly}} the notes of owners who {{#nothing-appealing_}}found nothing in the opportunity for them{{/nothing-appealing_}}{{#decline-owner-instruction_}}asked for a polite no{{/decline-owner-instruction_}}{{#attend-owner-instruction_}}asked to attend{{/attend-owner-instruction_}}{{#practice_}}went for the practice{{/practice_}}{{#networking_}}went for the people they would meet{{/networking_}}{{#might-want-it_}}went because the role might be better than it reads{{/might-want-it_}}{{#future-opening_}}went to be remembered when a better position opens{{/future-opening_}}{{#time-cost_}}went and blocked the time it takes{{/time-cost_}} (the words that weighed most: {{words}}). If that is not what you meant, add #attend or #decline to your note and forward it again.`;

export const subjects = {
  recommendation: `{{#attend}}Attend{{/attend}}{{^attend}}Politely decline{{/attend}}: {{subject}}`,
  notice: `invite-advisor: {{title}}`,
} as const;

export const verdictHeadline = {
  attend: 'Recommendation: attend',
  decline: 'Recommendation: politely decline',
} as const;

/** How a slot is written in the drafts: Intl locale and the word between date and time. */
export const slotWords = { locale: 'en-US', at: 'at' } as const;

export const drafts = {
  /** `{{name}}`: the recruiter's first name; `{{fullName}}`: their whole name (German writes "Guten Tag Sofia Brandt,") */
  greetingNamed: `Dear {{name}},`,
  greetingUnnamed: `Hello,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Dear {{company}} team,`,
  /** the reply subject when the invitation has none */
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `on weekdays between 9:00 and 17:00`,
  subjectWhenNone: `Re: your interview invitation`,
  noAddress: `[invite-advisor found no address to reply to: send this through {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}the recruiter's application portal or scheduling page{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Thank you for the invitation to interview{{#role}} for the {{role}} position{{/role}}{{#company}} at {{company}}{{/company}}. {{#passed}}I am sorry that the time you proposed{{#slot}} ({{slot}}){{/slot}} has already passed by the time I write. I would still be glad to meet: I am available {{availability}}; could we find a new time?{{/passed}}{{^passed}}{{#conflict}}I would be glad to meet, but I already have a commitment {{#slot}}on {{slot}}{{/slot}}{{^slot}}at that time{{/slot}}. I am available {{availability}}; would another time work for you?{{/conflict}}{{^conflict}}{{#slot}}I am glad to confirm {{#several}}the time you proposed on {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}I will book a time through your scheduling link.{{/schedulingLink}}{{^schedulingLink}}I am available {{availability}}; please let me know which time suits you best.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

I look forward to speaking with you.

Best regards,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Thank you for inviting me to interview{{#role}} for the {{role}} position{{/role}}{{#company}} at {{company}}{{/company}}. After careful thought, I have decided not to go ahead with this opportunity.

I appreciated hearing from you, and I would be glad to stay in touch: if a position closer to my goals opens up{{#company}} at {{company}}{{/company}}, I would be happy to hear about it.

Best regards,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;

/** Said plainly under the facts when something was inferred rather than read. */
/** Said under what was read when every proposed time had passed when the invitation was forwarded. */
export const timePassedNote = 'The time they proposed has already passed: the accept draft asks for a new time instead of confirming it.';

/** A time whose zone label names no place invite-advisor knows (core/extract/zones.ts): no slot is given for it. */
export const timeNotUnderstoodNote = 'Time not understood: "{{words}}" names a zone invite-advisor cannot place, so no time is given for it. Read it in the invitation before you confirm.';

/** The attached calendar's time and the text's differ: the calendar's is kept (core/extract/extract.ts). */
export const timeConflictNote = 'The attached calendar says {{calendar}} but the text says "{{text}}": the calendar\'s time is used. Check with the sender which is right.';

/** When the invitation proposed more times than are kept (core/triage/bounds.ts). */
export const moreSlotsNote = 'The invitation proposes {{more}} more times than the {{shown}} listed here: only the earliest upcoming ones are shown and have an accept draft.';

export const inferredNotes = {
  'slot-time-zone': 'The invitation gives no time zone for its times: invite-advisor assumed one (from a city it names, or from its Date header). Check before you confirm.',
} as const;

const formatNames = { video: 'Video call', phone: 'Phone call', onsite: 'On site', unknown: null } as const;
export { formatNames };

/** The labels of the recommendation: its fact rows, its draft boxes and their buttons. */
export const labels = {
  facts: {
    company: 'Company',
    role: 'Role',
    time: 'Time',
    timeNumbered: 'Time {{n}}',
    format: 'Format',
    meetingLink: 'Meeting link',
    location: 'Location',
    schedulingLink: 'Scheduling link',
    from: 'From',
    draftsAnswer: 'Drafts answer',
  },
  /** a time row: the invitation's own words, the time with its offset, and the owner's local time */
  slotValue: `{{#written}}"{{written}}" — {{/written}}{{normalised}}; for you: {{forYou}}`,
  missing: { company: 'company', role: 'role', time: 'time', format: 'format', replyTo: 'an address to reply to' },
  acceptDraft: 'Draft 1: accept',
  declineDraft: 'Draft 2: polite decline',
  openDraft: 'Open this draft in my mail app',
  acceptTime: 'Accept time {{n}}: {{time}}',
  noAddressTo: 'no address found (see the first line of the draft)',
  /** the subject when the invitation has none */
  anInvitation: 'interview invitation',
  /** who a draft went to when the address was not recorded */
  theRecruiter: 'the recruiter',
  /** the digest of held mail: its title, what it holds, and an invitation's first time */
  digestTitle: 'held back by the hourly limit: {{counts}}',
  digestRecommendations: '{{n}} recommendation{{^one}}s{{/one}}',
  digestNotes: '{{n}} note{{^one}}s{{/one}}',
  digestWhen: '{{time}}{{#several}}, the first of {{count}} times proposed{{/several}}',
  digestVerdict: { attend: 'Attend', decline: 'Politely decline' },
  digestOpen: { attend: 'Open the accept draft', decline: 'Open the polite decline' },
} as const;

export const recommendationText = `{{headline}}

{{#earlier}}{{earlier}}

{{/earlier}}{{#reasons}}- {{text}}
{{/reasons}}{{#noteNotRead}}
Your note is not in a language invite-advisor reads (English, French, German, Spanish, Italian, Dutch, Portuguese, Polish), so it was not read: write #attend or #decline in it to decide yourself.
{{/noteNotRead}}{{#hasNotUnderstood}}
Not understood in your note (if it matters, forward again with #attend, #decline, #dud, #bleak or #dream):
{{#notUnderstood}}- "{{.}}"
{{/notUnderstood}}{{/hasNotUnderstood}}

What invite-advisor read
{{#facts}}- {{label}}: {{value}}
{{/facts}}{{#unknown}}
Not found in the invitation: {{unknown}}.
{{/unknown}}{{#inferred}}
Note: {{.}}
{{/inferred}}

== Draft 1: accept ==
To: {{accept.toText}}
Subject: {{accept.subject}}

{{#severalSlots}}(This draft confirms time 1; the HTML version has a link for each proposed time.)
{{/severalSlots}}
{{accept.body}}

== Draft 2: polite decline ==
To: {{decline.toText}}
Subject: {{decline.subject}}

{{decline.body}}

--
Send the draft you choose to the recruiter{{#replyToAddress}} ({{replyToAddress}}){{/replyToAddress}}: copy it into a reply, or use its link in the HTML version, which opens it ready to send in your mail app.
{{#commands}}Or reply to this email with one of these on the first line: "accept"{{#severalSlots}} or "accept 2" (a numbered time){{/severalSlots}}, "decline" (invite-advisor sends that draft for you; lines below the first replace its text), "done" (you answered the recruiter yourself: no reminder follows), "history", or "forget" (delete this invitation).
{{/commands}}{{^commands}}Replying "done" (you answered the recruiter yourself: no reminder follows), "history" or "forget" works; "accept" / "decline" send the draft for you once replies.sendOnBehalf is switched on.
{{/commands}}invite-advisor wrote this for {{ownerName}} only. Invitation {{inviteId}}.
`;

/**
 * A line the renderer split in pieces (core/write/render.ts, `isolating`): each piece read from the mail
 * is isolated in a <bdi>, so a right-to-left name reads right and leaves the English around it in order.
 */
const isolated = '{{#parts}}{{#isolate}}<bdi>{{text}}</bdi>{{/isolate}}{{^isolate}}{{text}}{{/isolate}}{{/parts}}';
/** The same, for a line the view holds under another name than `parts`. */
const isolatedIn = (name: string) => isolated.replaceAll('parts', name);

export const recommendationHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{headline}}</title></head>
<body style="margin:0;padding:0;background:#f6f7f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328;">
<div style="max-width:640px;margin:0 auto;padding:16px;">
<h1 style="font-size:22px;margin:0 0 12px;">{{headline}}</h1>
{{#earlier}}<p style="font-size:15px;background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:10px 12px;margin:0 0 12px;">${isolatedIn('earlierParts')}</p>
{{/earlier}}<ul style="padding-left:20px;margin:0 0 16px;line-height:1.5;">
{{#reasons}}<li>${isolated}</li>
{{/reasons}}</ul>
{{#noteNotRead}}<p style="font-size:14px;color:#57606a;">Your note is not in a language invite-advisor reads (English, French, German, Spanish, Italian, Dutch, Portuguese, Polish), so it was not read: write #attend or #decline in it to decide yourself.</p>
{{/noteNotRead}}{{#hasNotUnderstood}}<p style="font-size:14px;color:#57606a;">Not understood in your note (if it matters, forward again with #attend, #decline, #dud, #bleak or #dream):</p>
<ul style="font-size:14px;color:#57606a;">{{#notUnderstood}}<li>&ldquo;{{.}}&rdquo;</li>
{{/notUnderstood}}</ul>
{{/hasNotUnderstood}}
<h2 style="font-size:16px;margin:16px 0 8px;">What invite-advisor read</h2>
<table role="presentation" style="border-collapse:collapse;width:100%;font-size:14px;">
{{#facts}}<tr><td style="padding:4px 8px 4px 0;color:#57606a;vertical-align:top;white-space:nowrap;">{{label}}</td><td style="padding:4px 0;word-break:break-word;">{{#href}}<a href="{{href}}">${isolated}</a>{{/href}}{{^href}}${isolated}{{/href}}</td></tr>
{{/facts}}</table>
{{#unknown}}<p style="font-size:14px;color:#57606a;">Not found in the invitation: {{unknown}}.</p>{{/unknown}}
{{#inferred}}<p style="font-size:14px;color:#9a6700;">Note: {{.}}</p>{{/inferred}}
{{#draftList}}
<h2 style="font-size:16px;margin:20px 0 8px;">{{title}}</h2>
<p style="font-size:13px;color:#57606a;margin:0 0 6px;">To: <bdi>{{toText}}</bdi><br>Subject: <bdi>{{subject}}</bdi></p>
<pre dir="auto" style="white-space:pre-wrap;font-family:inherit;font-size:14px;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:0 0 8px;">${isolated}</pre>
{{#links}}<p style="margin:0 0 8px;"><a href="{{href}}" style="display:inline-block;background:#1f6feb;color:#fff;text-decoration:none;padding:10px 14px;border-radius:6px;">${isolated}</a></p>
{{/links}}
{{/draftList}}
<p style="font-size:12px;color:#57606a;margin-top:24px;">Each link opens the draft, ready to send, in your mail app. {{#commands}}Or reply with <b>accept</b>{{#severalSlots}}, <b>accept 2</b>{{/severalSlots}} or <b>decline</b> on the first line and invite-advisor sends it for you (lines below replace the draft's text); <b>done</b> (you answered the recruiter yourself: no reminder follows), <b>history</b> and <b>forget</b> work too.{{/commands}}{{^commands}}Replying <b>done</b> (you answered the recruiter yourself: no reminder follows), <b>history</b> or <b>forget</b> works; <b>accept</b> / <b>decline</b> send the draft for you once replies.sendOnBehalf is on.{{/commands}} invite-advisor wrote this for {{ownerName}} only. Invitation {{inviteId}}.</p>
</div></body></html>
`;

/**
 * The digest of what the hourly cap held back (core/write/render.ts, `renderDigest`): the held
 * recommendations, each with its verdict, reasons, first time and draft buttons, then the held notes.
 */
export const digestText = `invite-advisor held these back while its hourly limit was reached; here they are together.
{{#invitations}}

{{n}}. {{verdictTitle}}
   {{#nudge}}Not answered yet (a reminder held back at {{forwarded}}).{{/nudge}}{{^nudge}}Forwarded {{forwarded}}.{{/nudge}}{{#when}} Time for you: {{when}}.{{/when}}
{{#earlier}}   {{earlier}}
{{/earlier}}{{#reasons}}   - {{text}}
{{/reasons}}{{#noAddress}}   No address to reply to was found: forward the invitation again for the full recommendation, which says where to answer.
{{/noAddress}}{{/invitations}}{{#hasInvitations}}

Each recommendation's drafts open, ready to send, from its buttons in the HTML version of this mail. For a full recommendation (what was read, the drafts' text, a calendar hold and reply commands), forward that invitation again.
{{/hasInvitations}}{{#hasNotices}}

Notes held back:
{{/hasNotices}}{{#notices}}

-- {{title}} (your message{{#subject}} "{{subject}}"{{/subject}}, {{heldAt}})
{{text}}
{{/notices}}{{#more}}

More was held back than one digest lists: the rest comes with the next digest.
{{/more}}

--
invite-advisor wrote this for {{ownerName}} only. Replies to this digest are not read.
`;

export const digestHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Held back by the hourly limit</title></head>
<body style="margin:0;padding:0;background:#f6f7f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328;">
<div style="max-width:640px;margin:0 auto;padding:16px;">
<h1 style="font-size:22px;margin:0 0 8px;">Held back by the hourly limit</h1>
<p style="font-size:14px;color:#57606a;margin:0 0 16px;">invite-advisor held these back while its hourly limit was reached; here they are together.</p>
{{#invitations}}<div style="background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 14px;margin:0 0 14px;">
<h2 style="font-size:17px;margin:0 0 4px;">{{n}}. <span style="color:{{#attend}}#1a7f37{{/attend}}{{^attend}}#9a6700{{/attend}};">{{verdict}}</span></h2>
<p style="font-size:15px;margin:0 0 6px;word-break:break-word;">${isolatedIn('titleParts')}</p>
<p style="font-size:13px;color:#57606a;margin:0 0 8px;">{{#nudge}}Not answered yet (a reminder held back at {{forwarded}}).{{/nudge}}{{^nudge}}Forwarded {{forwarded}}.{{/nudge}}{{#when}} Time for you: {{when}}.{{/when}}</p>
{{#earlier}}<p style="font-size:14px;background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 10px;margin:0 0 8px;">${isolatedIn('earlierParts')}</p>
{{/earlier}}<ul style="padding-left:20px;margin:0 0 10px;line-height:1.5;font-size:14px;">
{{#reasons}}<li>${isolated}</li>
{{/reasons}}</ul>
{{#links}}<p style="margin:0 0 8px;"><a href="{{href}}" style="display:inline-block;background:#1f6feb;color:#fff;text-decoration:none;padding:9px 13px;border-radius:6px;">${isolated}</a></p>
{{/links}}{{#noAddress}}<p style="font-size:13px;color:#57606a;margin:0;">No address to reply to was found: forward the invitation again for the full recommendation, which says where to answer.</p>
{{/noAddress}}</div>
{{/invitations}}{{#hasInvitations}}<p style="font-size:13px;color:#57606a;">Each button opens that draft, ready to send, in your mail app. For a full recommendation (what was read, the drafts' text, a calendar hold and reply commands), forward that invitation again.</p>
{{/hasInvitations}}{{#hasNotices}}<h2 style="font-size:16px;margin:20px 0 8px;">Notes held back</h2>
{{#notices}}<div style="background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;margin:0 0 12px;">
<p style="font-size:14px;font-weight:600;margin:0 0 4px;">${isolatedIn('titleParts')}</p>
<p style="font-size:12px;color:#57606a;margin:0 0 6px;">your message{{#subject}} &ldquo;<bdi>{{subject}}</bdi>&rdquo;{{/subject}}, {{heldAt}}</p>
<pre dir="auto" style="white-space:pre-wrap;font-family:inherit;font-size:14px;margin:0;">${isolatedIn('textParts')}</pre>
</div>
{{/notices}}{{/hasNotices}}{{#more}}<p style="font-size:13px;color:#57606a;">More was held back than one digest lists: the rest comes with the next digest.</p>
{{/more}}<p style="font-size:12px;color:#57606a;margin-top:24px;">invite-advisor wrote this for {{ownerName}} only. Replies to this digest are not read.</p>
</div></body></html>
`;

/** Short notices to the owner when there is nothing to recommend. */
/** The calendar hold attached to a recommendation with one fixed time (never an RSVP). */
export const calendarHold = {
  fileName: 'interview-hold.ics',
  title: `Interview{{#what}}: {{what}}{{/what}}`,
  description: `A hold for your interview, added by invite-advisor. The organizer is not notified.{{#meetingLink}}
Join: {{meetingLink}}{{/meetingLink}}`,
} as const;

/** The small phrases notices are filled with: what a choice, a state or a bounce is called. */
export const phrases = {
  /** a held note that named an invitation forgotten since: left out, and said so without naming it */
  digestLeftOut: {
    title: 'a note left out',
    text: 'It named an invitation you asked invite-advisor to forget since, so it is not shown. Reply "history" to a recommendation for a fresh list.',
  },
  unknownProblem: 'unknown problem',
  emptyFirstLine: '(an empty first line)',
  noSubject: '(no subject)',
  anInvitation: 'an invitation',
  roleAtCompany: '{{role}}{{#role}}{{#company}} at {{/company}}{{/role}}{{company}}',
  /** which draft: "the accept draft" */
  draft: { attend: 'accept', decline: 'decline' },
  /** what the owner did: "You already accepted this invitation" */
  chose: { attend: 'accepted', decline: 'declined' },
  /** what a command asks for: "invite-advisor does not send a decline after that" */
  asked: { attend: 'an accept', decline: 'a decline' },
  recommended: { attend: 'attend', decline: 'decline' },
  draftSent: '{{what}} draft was sent on {{at}}',
  draftSending: '{{what}} draft is being sent',
  sentTo: '{{what}} to {{to}}',
  bounce: { complaint: 'marked as spam by the recipient', permanent: 'a permanent bounce', temporary: 'a temporary bounce' },
  /** a re-forwarded invitation: the choice already made, and what became of its draft */
  earlierChoice: `You already chose to {{verb}} this invitation on {{at}}{{#sent}}: the {{draft}} draft went to {{to}}{{/sent}}{{#sending}}: the {{draft}} draft is being sent to {{to}}{{/sending}}{{#uncertain}}: the {{draft}} draft to {{to}} may not have gone out (reply "resend" to this recommendation to send it again){{/uncertain}}{{#ownMail}}: you sent the {{draft}} draft from your own mail{{/ownMail}}.`,
} as const;

export const notices = {
  notAnInvite: {
    title: 'no interview invitation found',
    text: `invite-advisor read your message "{{subject}}" but found no interview invitation in it.

Forward the recruiter's invitation itself (inline or as an attachment); a note above the forward is welcome.
Nothing was lost: the message is kept{{#reference}} as {{reference}}{{/reference}}.`,
  },
  unreadable: {
    title: 'your message could not be read',
    text: `invite-advisor could not read your message{{#subject}} "{{subject}}"{{/subject}}: {{problem}}.

Forward the invitation again, inline or as an attachment. Nothing was lost: the message is kept{{#reference}} as {{reference}}{{/reference}}.`,
  },
  virus: {
    title: 'a message was held back (virus scan failed)',
    text: `Amazon SES flagged a message{{#subject}} "{{subject}}"{{/subject}} as carrying a virus, so invite-advisor did not open it.

It is kept{{#reference}} as {{reference}}{{/reference}} until the retention period ends; delete it there if you do not need it.`,
  },
  paused: {
    title: 'paused: too many {{#recommendations}}recommendations{{/recommendations}}{{^recommendations}}messages{{/recommendations}} this hour',
    text: `{{#recommendations}}invite-advisor has sent you {{limit}} recommendations this hour, its limit for them (limits.recommendationsPerHour), and holds back the next ones until the hour is over.{{/recommendations}}{{^recommendations}}invite-advisor has sent {{limit}} messages to you this hour, its limit (limits.mailsToOwnerPerHour), and holds back its notes and answers until the hour is over{{#recommendationLimit}}; recommendations still go out, up to {{recommendationLimit}} an hour{{/recommendationLimit}}.{{/recommendations}} Confirmations of drafts sent to a recruiter always go out.

Nothing is lost: what is held back is stored, and answered in one digest soon after {{resumeAt}}. If you did not send that many, something may be looping: check the inbox's recent mail.`,
  },
  ownMail: {
    title: "that is invite-advisor's own mail",
    text: `Your message{{#subject}} "{{subject}}"{{/subject}} forwards mail that invite-advisor wrote{{#forwarded}} ("{{forwarded}}"){{/forwarded}}, not a recruiter's invitation, so there is nothing to recommend.

Forward the recruiter's invitation itself (inline or as an attachment). invite-advisor answers a forward of its own mail once: if that mail is forwarded again, nothing is sent.`,
  },
  failed: {
    title: 'a message could not be processed',
    text: `invite-advisor could not process a message{{#subject}} "{{subject}}"{{/subject}}{{#receivedAt}} that arrived on {{receivedAt}}{{/receivedAt}}: it failed three times{{#errorType}} ({{errorType}}){{/errorType}}{{#nothing}}, so no answer went out for it{{/nothing}}{{#maybe}} after it had started to answer you, so an answer may have gone out: look for it before you process the message again{{/maybe}}{{#unchecked}}, and invite-advisor could not check whether an answer went out (its database did not answer): look for one before you process the message again{{/unchecked}}.

Nothing was lost: the message is kept as {{reference}} in {{location}} until the retention period ends.{{#sweepRetries}} invite-advisor tries it once more by itself within half an hour.{{/sweepRetries}} If no answer comes, fix the cause (the alarm mail and the function's logs say what failed), then run this from the project folder to process it again:

  {{command}}`,
  },
  sendFailed: {
    title: '{{#unchecked}}could not check whether your answer went out{{/unchecked}}{{^unchecked}}not sent: sending failed{{/unchecked}}',
    text: `{{#unchecked}}invite-advisor could not check whether the {{what}} draft to {{to}} went out: sending it failed three times{{#errorType}} ({{errorType}}){{/errorType}}, and its database did not answer. You are copied on every draft it sends: if the copy is not in your mail, it did not go out. Once the cause is fixed (the alarm mail and the function's logs say what failed), run this from the project folder: it sends the draft if it did not go out and tells you what became of it, and never sends it twice:

  {{command}}{{/unchecked}}{{^unchecked}}Nothing was sent to {{to}}: sending the {{what}} draft failed three times{{#errorType}} ({{errorType}}){{/errorType}} before anything went out. Reply "{{reply}}" to the recommendation again to send it, or send it yourself: {{link}}{{/unchecked}}`,
  },
  commandHelp: {
    title: 'reply not understood',
    text: `invite-advisor did not understand "{{firstLine}}".

Reply to a recommendation with one of these on the first line:
  accept        send the accept draft to the recruiter
  accept 2      accept the second proposed time (any numbered time)
  decline       send the polite decline
  resend        send again a draft that may not have gone out
  done          you answered the recruiter yourself: no reminder about it
  history       list your recent invitations and choices
  forget        delete this invitation, what was read from it and its stored mail
Lines you write below the first line replace the draft's text.`,
  },
  badToken: {
    title: 'that reply address is not valid',
    text: `invite-advisor could not match your reply to an invitation: {{#otherInvitation}}its reply address belongs to another invitation than the recommendation it answers{{/otherInvitation}}{{^otherInvitation}}{{#outdated}}its reply address was written by an earlier version of invite-advisor, whose reply addresses no longer work{{/outdated}}{{^outdated}}its reply address {{#expired}}has expired{{/expired}}{{^expired}}{{#otherSecret}}does not carry this invite-advisor's signature: most likely the recommendation was signed with an earlier reply secret (replaced since; in local mode, that of a run with --in-memory or another data folder), or the address has been changed{{/otherSecret}}{{^otherSecret}}has been changed or is not one invite-advisor wrote{{/otherSecret}}{{/expired}}{{/outdated}}{{/otherInvitation}}. Nothing was sent.

Forward the invitation again to get a fresh recommendation, or send your answer from your own mail.`,
  },
  unknownInvitation: {
    title: 'that invitation is gone',
    text: `invite-advisor no longer has the invitation this reply is about (it was forgotten, or its retention ended). Nothing was sent.`,
  },
  staleRecommendation: {
    title: '{{#forgotten}}not done: that recommendation was forgotten{{/forgotten}}{{^forgotten}}not sent: there is a newer recommendation{{/forgotten}}',
    text: `Nothing was {{#forgotten}}done{{/forgotten}}{{^forgotten}}sent{{/forgotten}}. {{#forgotten}}You asked invite-advisor to forget this invitation after the recommendation you answered: its reply addresses no longer work. You forwarded the invitation again since.{{/forgotten}}{{^forgotten}}{{#rescheduled}}The invitation was rescheduled since the recommendation you answered{{/rescheduled}}{{^rescheduled}}You forwarded the invitation again since the recommendation you answered{{/rescheduled}}, so its drafts may no longer be the ones to send.{{/forgotten}}

Reply to the newest recommendation, about "{{subject}}"{{#at}} (made {{at}}){{/at}}, after checking its drafts. If you did not get it, forward the invitation again.`,
  },
  sendingOff: {
    title: 'not sent: sending for you is off',
    text: `Nothing was sent. Sending drafts to recruiters on your behalf is off (replies.sendOnBehalf in the configuration).

Send it yourself: {{link}}`,
  },
  sandbox: {
    title: 'not sent: your SES account is in the sandbox',
    text: `Nothing was sent to {{to}}. Amazon SES keeps this account in its "sandbox" until production access is granted: it may only mail verified addresses, and the recruiter's is not one.

Send it yourself: {{link}}
To lift the limit, request production access (docs/deploy.md, "SES sandbox and production access").`,
  },
  leakRefused: {
    title: 'not sent: your text quotes the recommendation',
    text: `Nothing was sent. The text to send contains a line that invite-advisor wrote for you alone:

  "{{line}}"

Reply again with only what the recruiter should read (or just "{{command}}" to send the draft).`,
  },
  alreadySent: {
    title: 'already sent',
    text: `Nothing was sent again: the {{what}} draft {{#sent}}went to {{to}} on {{at}}{{/sent}}{{^sent}}is already on its way to {{to}}{{/sent}}.`,
  },
  conflictingChoice: {
    title: 'not sent: you already chose',
    text: `Nothing was sent. You already {{previous}} this invitation ({{at}}); invite-advisor does not send {{asked}} after that. If you changed your mind, write to the recruiter yourself.`,
  },
  notUncertain: {
    title: 'nothing to resend',
    text: `Nothing was sent. "resend" sends again a draft that may not have gone out; for this invitation {{#state}}the {{state}}{{/state}}{{^state}}nothing was sent yet: reply "accept" or "decline"{{/state}}.`,
  },
  noRecipient: {
    title: 'not sent: no address to send to',
    text: `Nothing was sent: invite-advisor found no recruiter address in the invitation. Answer through {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}the recruiter's portal or scheduling page{{/schedulingLink}}.`,
  },
  badSlot: {
    title: 'not sent: no such time',
    text: `Nothing was sent: there is no time {{slot}}; the invitation proposed {{count}}. Reply "accept 1"{{#several}} to "accept {{count}}"{{/several}}, or "accept".`,
  },
  history: {
    title: 'your recent invitations',
    text: `Invitations of the last {{days}} days, newest first:

{{#items}}- {{received}}: {{what}} — recommended: {{recommended}}{{#choice}}; your choice: {{choice}}{{/choice}}{{#sent}}; sent: {{sent}}{{/sent}}{{#outcome}}; how it went: {{outcome}}{{/outcome}}
{{/items}}{{^items}}(none)
{{/items}}`,
  },
  nudge: {
    title: 'no answer yet: {{subject}}',
    text: `You have not answered "{{subject}}" yet{{#firstSlot}}; the first proposed time is {{firstSlot}}{{/firstSlot}}. Recruiters usually expect an answer within a day or two.

Open a draft below and send it from your mail, or reply to this message with "accept" or "decline" on the first line{{^sendOnBehalf}} (sending for you is off: the answer gives you the draft's link){{/sendOnBehalf}}. Already answered them yourself? Reply "done" and invite-advisor will not remind you again.

This is the only reminder about this invitation.`,
    openAccept: 'Open the accept draft',
    openDecline: 'Open the decline draft',
  },
  onTheDay: {
    title: '{{#eveningBefore}}tomorrow{{/eveningBefore}}{{^eveningBefore}}soon{{/eveningBefore}}: {{subject}}',
    text: `Your interview{{#who}} with {{who}}{{/who}} is {{#eveningBefore}}tomorrow{{/eveningBefore}}{{^eveningBefore}}coming up{{/eveningBefore}}: {{time}}{{#theirTime}} ({{theirTime}} in the invitation's zone){{/theirTime}}.
{{#link}}
Join: {{link}}{{/link}}{{#location}}
Where: {{location}}{{/location}}{{#note}}

Your note: {{note}}{{/note}}

You accepted "{{subject}}". Plans changed? Reply "forget" to this message and invite-advisor will not remind you again.`,
  },
  done: {
    title: 'noted: you answered it yourself',
    text: `invite-advisor recorded that you answered "{{subject}}" outside it, and will not remind you to answer it. Nothing was sent.`,
  },
  howDidItGo: {
    title: 'how did it go? {{subject}}',
    text: `How did your interview{{#who}} with {{who}}{{/who}} go? It was on {{time}}.

Reply to this message with one line: how it went, what you would do differently, or that it did not take place ("cancelled", "they did not show up"). invite-advisor keeps that line with the invitation; the interviews that took place count as practice when it advises on the next ones.

A reply to this message is only ever read as your answer, never as a command (to forget the invitation, reply "forget" to the recommendation). This is the only time it asks about this interview.`,
  },
  outcomeRecorded: {
    title: 'noted: how it went',
    text: `invite-advisor kept your answer about "{{subject}}":

  {{answer}}

{{#happened}}It counts as an interview that took place.{{/happened}}{{^happened}}It reads as an interview that did not take place: it does not count as practice.{{/happened}} Reply to the question again to replace it. Nothing was sent.`,
  },
  outcomeEmpty: {
    title: 'nothing noted: no answer on the first line',
    text: `invite-advisor keeps the first line of your reply to "How did it go?" about "{{subject}}", and it was empty. Reply to the question again with one line above the quoted text.`,
  },
  forgotten: {
    title: 'forgotten',
    text: `Deleted: the invitation "{{subject}}", what was read from it, the recommendation, your choice, and the stored messages about it ({{messages}}: your forwards and your replies). Replies to its earlier recommendations no longer work. Point-in-time backups of the table age out within 35 days.`,
  },
  sent: {
    title: 'sent to {{to}}',
    text: `Sent to {{to}} (copy to you), {{at}}:

Subject: {{subject}}

{{body}}`,
  },
  uncertain: {
    title: 'your answer may not have gone out',
    text: `The {{what}} draft to {{to}} may not have gone out: sending stopped before invite-advisor could record the result. Check your thread with the recruiter; if it is not there, reply "resend" to this message's recommendation thread.`,
  },
  rejected: {
    title: 'not sent: Amazon SES refused it',
    text: `Nothing was sent to {{to}}: Amazon SES refused the message ({{reason}}). While the account is in the SES sandbox it may only mail verified addresses.

Send it yourself: {{link}}`,
  },
  bounced: {
    title: 'your answer to {{to}} bounced',
    text: `Your mail to {{to}} about "{{subject}}" was not delivered ({{kind}}){{#diagnostic}}: {{diagnostic}}{{/diagnostic}}.

Check the address in the invitation; the recruiter may have another.`,
  },
} as const;

export const noticeHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{title}}</title></head>
<body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328;">
<div style="max-width:640px;margin:0 auto;padding:16px;"><h1 style="font-size:20px;">{{#heading}}${isolated}{{/heading}}</h1>
<pre dir="auto" style="white-space:pre-wrap;font-family:inherit;font-size:14px;">{{#body}}${isolated}{{/body}}</pre>
{{#link}}<p><a href="{{link}}" style="display:inline-block;background:#1f6feb;color:#fff;text-decoration:none;padding:10px 14px;border-radius:6px;">Open the draft in my mail app</a></p>{{/link}}
{{#links}}<p><a href="{{href}}" style="display:inline-block;background:#1f6feb;color:#fff;text-decoration:none;padding:10px 14px;border-radius:6px;">{{label}}</a></p>{{/links}}
</div></body></html>
`;
