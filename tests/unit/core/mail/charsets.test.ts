/**
 * Mail in the East Asian charsets still decodes through the production parse path, subject (RFC 2047
 * encoded word) and body alike. Their tables are the largest part of the charset converters, the first
 * candidates for loading on first use rather than at module init (issue #16, item 3): this is what
 * must keep working whichever way they are loaded.
 *
 * The bytes are written here (base64) rather than produced by the converter under test.
 */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../functions/core/mail/parse.js';

const CASES: { charset: string; subject: string; text: string; subjectBytes: string; textBytes: string }[] = [
  { charset: 'ISO-2022-JP', subject: '面接のご案内', text: '来週の火曜日に面接をお願いします。', subjectBytes: 'GyRCTExAXCROJDQwRkZiGyhC', textBytes: 'GyRCTWg9NSROMlBNS0Z8JEtMTEBcJHIkKjRqJCQkNyReJDkhIxsoQg==' },
  { charset: 'Shift_JIS', subject: '面接のご案内', text: '来週の火曜日に面接をお願いします。', subjectBytes: 'lsqQ2oLMgrKIxJPg', textBytes: 'l4iPVILMic6XapP6gsmWypDagvCCqIrogqKCtYLcgreBQg==' },
  { charset: 'GB18030', subject: '面试邀请', text: '请于下周二参加面试。', subjectBytes: 'w+bK1NH7x+s=', textBytes: 'x+vT2s/C1ty2/rLOvNPD5srUoaM=' },
  { charset: 'Big5', subject: '面試邀請', text: '請於下週二參加面試。', subjectBytes: 'rbG41cHcvdA=', textBytes: 'vdCp86RVtmekR7DRpVutsbjVoUM=' },
  { charset: 'EUC-KR', subject: '면접 안내', text: '다음 주 화요일에 면접을 보러 오세요.', subjectBytes: 'uOnBoiC+yLO7', textBytes: 'tNnAvSDB1iDIrb/kwM+/oSC46cGiwLsguri3ryC/wLy8v+Qu' },
];

function mailIn(charset: string, subjectBytes: string, textBytes: string): Buffer {
  return Buffer.from(
    [
      'From: Recruiter <recruiter@acme.example>',
      'To: alex@example.com',
      `Subject: =?${charset}?B?${subjectBytes}?=`,
      'Date: Mon, 9 Mar 2026 10:14:00 +0900',
      'MIME-Version: 1.0',
      `Content-Type: text/plain; charset=${charset}`,
      'Content-Transfer-Encoding: base64',
      '',
      textBytes,
      '',
    ].join('\r\n'),
  );
}

describe('parseMessage: East Asian charsets', () => {
  for (const { charset, subject, text, subjectBytes, textBytes } of CASES) {
    it(`decodes ${charset} mail (subject and body)`, async () => {
      // Act
      const message = await parseMessage(mailIn(charset, subjectBytes, textBytes));
      // Assess
      expect(message.subject).toBe(subject);
      expect(message.text.trim()).toBe(text);
    });
  }
});
