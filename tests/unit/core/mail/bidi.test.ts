import { describe, expect, it } from 'vitest';
import { parseMessage, withoutBidiControls } from '../../../../functions/core/mail/mail.js';

const RLO = '\u202E';
const encoded = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

describe('bidi controls in subjects and names', () => {
  it('removes every embedding, override and isolate control, and keeps the marks and right-to-left text', () => {
    // Prepare
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    // Act / Assess
    expect(withoutBidiControls(`a${controls.join('')}b`)).toBe('ab');
    expect(withoutBidiControls('שרה\u200F (HR) \u200Eمريم')).toBe('שרה\u200F (HR) \u200Eمريم');
  });

  it('reads a subject and the names of From, Reply-To, To and Cc without them, raw or in encoded words', async () => {
    // Prepare: an override that would show "fdp.exe" as "exe.pdf", and isolates around names.
    const raw = [
      `From: ${encoded(`\u2067Sofia Brandt\u2069 ${RLO}`)} <sofia@oakmoor.example>`,
      `Reply-To: "${RLO}Talent" <talent@oakmoor.example>`,
      `To: ${encoded('\u202BAlex\u202C')} <alex@example.com>`,
      `Cc: ${encoded('\u2066Pat\u2069')} <pat@oakmoor.example>`,
      `Subject: ${encoded(`Interview ${RLO}fdp.exe`)}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello',
      '',
    ].join('\r\n');
    // Act
    const message = await parseMessage(Buffer.from(raw, 'utf8'));
    // Assess
    expect(message.subject).toBe('Interview fdp.exe');
    expect(message.from).toEqual({ name: 'Sofia Brandt', address: 'sofia@oakmoor.example' });
    expect(message.replyTo).toEqual({ name: 'Talent', address: 'talent@oakmoor.example' });
    expect(message.to).toEqual([{ name: 'Alex', address: 'alex@example.com' }]);
    expect(message.cc).toEqual([{ name: 'Pat', address: 'pat@oakmoor.example' }]);
  });

  it('leaves no subject at all when only controls were written', async () => {
    const message = await parseMessage(Buffer.from(`From: a@b.example\r\nSubject: ${encoded('\u2066\u2069')}\r\n\r\nx\r\n`));
    expect(message.subject).toBeNull();
  });
});
