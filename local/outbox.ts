/**
 * Local mode's outbox: every mail invite-advisor sent, read from the .eml copies the SES stand-in saves
 * (so it survives restarts of a kept data folder), newest first. Each mail opens as a page of its own,
 * readable in full at any width (the recommendation is shown as the owner's mail program would show it,
 * not in a fixed frame); mail to anyone but the owner is marked as mail to a recruiter (locally it goes
 * nowhere else); the raw .eml is one click away. The same loopback server answers `npm run send`'s
 * question "what did my message come to?" (local/outcomes.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { closeServer, listen, LOOPBACK } from './services/net.js';
import { OUTCOME_PATH, type InstanceFacts, type OutcomeAnswer, type OutcomeBook } from './outcomes.js';

export interface OutboxOptions {
  /** the folder of saved .eml copies (the SES stand-in's saveDir) */
  dir: string;
  /** fixed by default so a bookmark keeps working; 0 picks a free one */
  port?: number;
  /** the owner's addresses: mail to anyone else is mail to a recruiter */
  ownerAddresses: readonly string[];
  /** when given, GET /api/messages/<SES message id> answers with its report */
  outcomes?: { book: OutcomeBook; instance: InstanceFacts };
  /** the longest a client may wait for an outcome (seconds) */
  maxWaitSeconds?: number;
}

export interface Outbox {
  url: string;
  port: number;
  /** where `send` reads the outcome of one message */
  outcomeUrl(messageId: string): string;
  stop(): Promise<void>;
}

export const DEFAULT_OUTBOX_PORT = 2580;
const EML_NAME = /^[A-Za-z0-9._-]+\.eml$/;

interface Entry {
  name: string;
  mail: ParsedMail;
}

export async function startOutbox(options: OutboxOptions): Promise<Outbox> {
  const owners = new Set(options.ownerAddresses.map((a) => a.toLowerCase()));
  // Parsed copies by file name: a saved copy never changes.
  const cache = new Map<string, ParsedMail>();
  const entries = async (): Promise<Entry[]> => {
    const names = (await readdir(options.dir).catch(() => [] as string[])).filter((n) => EML_NAME.test(n));
    // Names start with the time sent (local/services/ses.ts): reverse order is newest first.
    names.sort().reverse();
    return Promise.all(
      names.map(async (name) => {
        let mail = cache.get(name);
        if (!mail) {
          mail = await simpleParser(await readFile(join(options.dir, name)), { skipImageLinks: true });
          cache.set(name, mail);
        }
        return { name, mail };
      }),
    );
  };
  const toRecruiter = (mail: ParsedMail) => recipients(mail).some((a) => !owners.has(a.toLowerCase()));

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error(`[outbox] ${req.method} ${req.url}: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('outbox error (see the npm start terminal)');
    });
  });

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://outbox');
    const path = decodeURIComponent(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (path === '/') return send(res, 200, 'text/html', listPage(await entries(), toRecruiter));
    if (path.startsWith(OUTCOME_PATH) && options.outcomes) {
      const { book, instance } = options.outcomes;
      const wait = Math.min(Number(url.searchParams.get('wait') ?? 0) || 0, options.maxWaitSeconds ?? 30);
      const report = await book.wait(path.slice(OUTCOME_PATH.length), wait * 1000);
      const answer: OutcomeAnswer = report ? { state: 'done', report, instance } : { state: 'pending', instance };
      return send(res, 200, 'application/json', JSON.stringify(answer));
    }
    const match = /^\/mail\/([^/]+)(\/raw|\/attachment\/(\d+))?$/.exec(path);
    const name = match?.[1] ?? '';
    const entry = EML_NAME.test(name) ? (await entries()).find((e) => e.name === name) : undefined;
    if (!match || !entry) return send(res, 404, 'text/html', page('Not found', `<p>No such mail. <a href="/">Back to the outbox</a></p>`));
    if (match[2] === '/raw') {
      res.writeHead(200, { 'content-type': 'message/rfc822', 'content-disposition': `attachment; filename="${name}"` });
      res.end(await readFile(join(options.dir, name)));
      return;
    }
    if (match[3] !== undefined) {
      const attachment = entry.mail.attachments[Number(match[3])];
      if (!attachment) return send(res, 404, 'text/plain', 'no such attachment');
      res.writeHead(200, { 'content-type': attachment.contentType, 'content-disposition': `attachment; filename="${safeFileName(attachment.filename)}"` });
      res.end(attachment.content);
      return;
    }
    send(res, 200, 'text/html', mailPage(entry, toRecruiter(entry.mail)));
  };

  const port = await listen(server, options.port ?? DEFAULT_OUTBOX_PORT);
  const url = `http://${LOOPBACK}:${port}/`;
  return { url, port, outcomeUrl: (id) => `http://${LOOPBACK}:${port}${OUTCOME_PATH}${encodeURIComponent(id)}`, stop: () => closeServer(server) };
}

/**
 * Pages are our own markup around mail we wrote: no script runs and nothing is fetched from anywhere
 * (a link in a mail still opens when clicked).
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': POLICY, 'cache-control': 'no-store' });
  res.end(body);
}

function recipients(mail: ParsedMail): string[] {
  const fields: (AddressObject | AddressObject[] | undefined)[] = [mail.to, mail.cc];
  return fields.flatMap((f) => (f ? [f].flat() : [])).flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function safeFileName(name: string | undefined): string {
  return (name ?? 'attachment').replace(/[^\w.-]/g, '_');
}

function when(date: Date | undefined): string {
  if (!date) return '';
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

const STYLE = `body{margin:0;font:15px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f8fa}
.bar{background:#fff;border-bottom:1px solid #d0d7de;padding:12px 16px}
.bar h1{font-size:18px;margin:0}
.bar p{margin:4px 0 0;color:#57606a;font-size:13px}
ol{list-style:none;margin:0 auto;padding:8px;max-width:760px}
li a{display:block;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 12px;margin:0 0 8px;text-decoration:none;color:inherit}
li a:hover{border-color:#1f6feb}
.subject{font-weight:600;display:block;overflow-wrap:anywhere}
.meta{color:#57606a;font-size:13px;overflow-wrap:anywhere}
.empty{max-width:760px;margin:24px auto;padding:0 16px;color:#57606a}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** Inline styles: the tag also goes into a mail's own document, which has none of ours. */
function tag(recruiter: boolean): string {
  const look = 'display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:1px 8px;margin-right:6px;';
  return recruiter
    ? `<span class="tag recruiter" style="${look}background:#fff1e5;color:#bc4c00;">to a recruiter — local mode: not delivered</span>`
    : `<span class="tag owner" style="${look}background:#ddf4ff;color:#0969da;">to you</span>`;
}

function listPage(list: Entry[], toRecruiter: (mail: ParsedMail) => boolean): string {
  const items = list
    .map(({ name, mail }) => {
      const to = recipients(mail).join(', ');
      return `<li><a href="/mail/${encodeURIComponent(name)}"><span class="subject">${escape(mail.subject ?? '(no subject)')}</span><span class="meta">${tag(toRecruiter(mail))}${escape(when(mail.date))} · to ${escape(to)}</span></a></li>`;
    })
    .join('\n');
  const body = list.length
    ? `<ol>${items}</ol>`
    : `<p class="empty">Nothing sent yet. Forward an invitation: <code>npm run send -- samples/01-gmail-video-interview.eml</code>, then reload.</p>`;
  return page(
    `Outbox (${list.length})`,
    `<div class="bar"><h1>invite-advisor outbox</h1><p>${list.length} mail${list.length === 1 ? '' : 's'}, newest first. Reload to see new ones. Locally, mail to a recruiter goes nowhere but here.</p></div>${body}`,
  );
}

/** One mail as its reader would see it, under a bar with its envelope and the raw copy. */
function mailPage({ name, mail }: Entry, recruiter: boolean): string {
  const href = `/mail/${encodeURIComponent(name)}`;
  const from = (mail.from?.value ?? []).map((box) => (box.name ? `${box.name} <${box.address ?? ''}>` : (box.address ?? ''))).join(', ');
  const attachments = mail.attachments
    .map((a, i) => ` · <a href="${href}/attachment/${i}">${escape(a.filename ?? `attachment ${i + 1}`)}</a>`)
    .join('');
  const bar = `<div class="ia-outbox-bar" style="font:14px/1.45 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;background:#fff;color:#1f2328;border-bottom:1px solid #d0d7de;padding:10px 16px;overflow-wrap:anywhere;">
<a href="/">&larr; Outbox</a> · <a href="${href}/raw" download>raw .eml</a>${attachments}<br>
${tag(recruiter)}
<b>${escape(mail.subject ?? '(no subject)')}</b><br>
<span style="color:#57606a;font-size:13px;">${escape(when(mail.date))} · From ${escape(from)} · To ${escape(recipients(mail).join(', '))}</span></div>`;
  if (mail.html) {
    // The mail's own document (ours, responsive), with the bar put first in its body.
    const html = mail.html;
    const body = /<body[^>]*>/i.exec(html);
    return body ? html.slice(0, body.index + body[0].length) + bar + html.slice(body.index + body[0].length) : bar + html;
  }
  return page(mail.subject ?? '(no subject)', `${bar}<pre style="white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.5 inherit;font-family:inherit;margin:0 auto;padding:16px;max-width:760px;">${escape(mail.text ?? '')}</pre>`);
}
