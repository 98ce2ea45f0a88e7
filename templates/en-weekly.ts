/**
 * The weekly digest's words (core/write/weekly.ts, `renderWeeklyDigest`; issue #17, item 4), kept apart
 * from en.ts while the follow-through mails land; like every mail to the owner, English. It answers
 * nothing: it has no reply address, and says so.
 */
export const weeklyTitle = 'your week: {{counts}}';
export const weeklyCounts = {
  waiting: '{{n}} waiting for an answer',
  upcoming: '{{n}} interview{{^one}}s{{/one}} ahead',
  outcomes: '{{n}} outcome{{^one}}s{{/one}}',
};
export const weeklyVerdict = { attend: 'Attend', decline: 'Politely decline' };

export const weeklyText = `Your weekly invite-advisor digest ({{today}}).
{{#hasWaiting}}

Waiting for your answer:
{{/hasWaiting}}{{#waiting}}
- {{title}}{{#company}} ({{company}}){{/company}}
  Advice: {{verdict}}.{{#when}} First time proposed: {{when}}.{{/when}} Forwarded {{received}}.
{{/waiting}}{{#moreWaiting}}  … and {{moreWaiting}} more.
{{/moreWaiting}}{{#hasWaiting}}
  Answer from the recommendation's draft buttons, or reply "done" to it if you answered yourself.
{{/hasWaiting}}{{#hasUpcoming}}

Interviews ahead (your time):
{{/hasUpcoming}}{{#upcoming}}
- {{when}}: {{title}}{{#company}} ({{company}}){{/company}}
{{/upcoming}}{{#moreUpcoming}}  … and {{moreUpcoming}} more.
{{/moreUpcoming}}{{#hasOutcomes}}

How your interviews went:
{{/hasOutcomes}}{{#outcomes}}
- {{title}}{{#when}} ({{when}}){{/when}}: {{outcome}}
{{/outcomes}}{{#moreOutcomes}}  … and {{moreOutcomes}} more.
{{/moreOutcomes}}

--
invite-advisor wrote this for {{ownerName}} only. Replies to this digest are not read. To stop it, set followThrough.weeklyDigest to false and deploy again.
`;

const isolated = (name: string) => `{{#${name}}}{{#isolate}}<bdi>{{text}}</bdi>{{/isolate}}{{^isolate}}{{text}}{{/isolate}}{{/${name}}}`;

export const weeklyHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your week</title></head>
<body style="margin:0;padding:0;background:#f6f7f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328;">
<div style="max-width:640px;margin:0 auto;padding:16px;">
<h1 style="font-size:22px;margin:0 0 8px;">Your week</h1>
<p style="font-size:14px;color:#57606a;margin:0 0 16px;">Your weekly invite-advisor digest ({{today}}).</p>
{{#hasWaiting}}<h2 style="font-size:17px;margin:16px 0 6px;">Waiting for your answer</h2>
<ul style="padding-left:20px;margin:0 0 8px;line-height:1.5;font-size:14px;">
{{#waiting}}<li><span style="color:{{#attend}}#1a7f37{{/attend}}{{^attend}}#9a6700{{/attend}};">{{verdict}}</span>: ${isolated('titleParts')}{{#company}} (${isolated('companyParts')}){{/company}}{{#when}}<br><span style="color:#57606a;">First time proposed: {{when}}</span>{{/when}}</li>
{{/waiting}}</ul>
{{#moreWaiting}}<p style="font-size:13px;color:#57606a;">… and {{moreWaiting}} more.</p>
{{/moreWaiting}}<p style="font-size:13px;color:#57606a;">Answer from the recommendation's draft buttons, or reply "done" to it if you answered yourself.</p>
{{/hasWaiting}}{{#hasUpcoming}}<h2 style="font-size:17px;margin:16px 0 6px;">Interviews ahead (your time)</h2>
<ul style="padding-left:20px;margin:0 0 8px;line-height:1.5;font-size:14px;">
{{#upcoming}}<li><strong>{{when}}</strong>: ${isolated('titleParts')}{{#company}} (${isolated('companyParts')}){{/company}}</li>
{{/upcoming}}</ul>
{{#moreUpcoming}}<p style="font-size:13px;color:#57606a;">… and {{moreUpcoming}} more.</p>
{{/moreUpcoming}}{{/hasUpcoming}}{{#hasOutcomes}}<h2 style="font-size:17px;margin:16px 0 6px;">How your interviews went</h2>
<ul style="padding-left:20px;margin:0 0 8px;line-height:1.5;font-size:14px;">
{{#outcomes}}<li>${isolated('titleParts')}{{#when}} ({{when}}){{/when}}: ${isolated('outcomeParts')}</li>
{{/outcomes}}</ul>
{{#moreOutcomes}}<p style="font-size:13px;color:#57606a;">… and {{moreOutcomes}} more.</p>
{{/moreOutcomes}}{{/hasOutcomes}}<p style="font-size:12px;color:#57606a;margin-top:24px;">invite-advisor wrote this for {{ownerName}} only. Replies to this digest are not read. To stop it, set followThrough.weeklyDigest to false and deploy again.</p>
</div></body></html>
`;
