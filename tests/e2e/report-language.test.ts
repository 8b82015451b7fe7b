import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../unit/report-fixtures';

/**
 * Issue 10: the demo's profile reads in one language. The Arabic PDF prints no English prose (at
 * most 1% of its words; ids, acronyms and URLs aside) and the English PDF no Arabic; the English
 * PDF has the headings of a published MGI profile. Measured on the text extracted from the PDFs.
 */

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'mgi-report-language-'));

function build(lang: 'en' | 'ar'): string {
  const out = join(dir, `demo-${lang}.pdf`);
  const run = spawnSync('npm', ['run', '--silent', '--prefix', root, 'report', '--', '--demo', '--lang', lang, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  });
  expect(run.status, run.stderr).toBe(0);
  return pdfText(out);
}

const URL = /\b(?:https?:\/\/|www\.)\S+/g;
/** A Latin word that counts as English prose: not an id (D1.2.3, C/106), not an acronym (MGI, IOM), not a URL. */
function englishWords(text: string): string[] {
  return text
    .replace(URL, ' ')
    .split(/[\s()[\]،,.:;·—–"'«»/]+/u)
    .filter((word) => /^[A-Za-z][a-z]+$/.test(word) && word.length > 1);
}
const arabicWords = (text: string) => text.split(/\s+/).filter((word) => /[\u0600-\u06FF]/.test(word));
const allWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}]/u.test(word));

describe('the demo profile in one language', () => {
  it('prints at most 1% English words in the Arabic PDF', () => {
    const text = build('ar');
    const english = englishWords(text);
    const total = allWords(text).length;
    expect(total).toBeGreaterThan(3000);
    expect(english.length / total, `English words: ${english.slice(0, 40).join(' ')}`).toBeLessThanOrEqual(0.01);
  }, 240_000);

  it('prints no Arabic in the English PDF, and the headings of a published profile', () => {
    const text = build('en');
    expect(arabicWords(text)).toEqual([]);
    for (const heading of ['Objective', 'Conceptual framework', 'Key findings', 'Key sources']) expect(text).toContain(heading);
  }, 240_000);
});
