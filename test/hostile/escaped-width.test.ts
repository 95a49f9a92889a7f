import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run.js';

/**
 * Text written with YAML's escapes is ASCII in the file but may be wide on the
 * screen ("\u6f22" is 漢). The tree must measure what it prints, so a map
 * written with escapes draws exactly as the same map written with the
 * characters themselves, within --width.
 */

// What each character may be written as inside a double-quoted YAML scalar.
const CHARACTERS = ['漢', '字', 'ア', '한', '😀', 'é', 'e\u0301', '\u00a0', '\u0085', 'a', 'b', ' ', ' ', ' '];
function escapedForms(char: string): string[] {
  const points = [...char].map((c) => c.codePointAt(0)!);
  const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
  const forms = [
    char,
    points.map((p) => (p > 0xffff ? `\\U${hex(p, 8)}` : `\\u${hex(p, 4)}`)).join(''),
    points.map((p) => `\\U${hex(p, 8)}`).join(''),
  ];
  if (points.every((p) => p <= 0xff)) forms.push(points.map((p) => `\\x${hex(p, 2)}`).join(''));
  if (char === '\u00a0') forms.push('\\_');
  if (char === '\u0085') forms.push('\\N');
  return forms;
}

const textArbitrary = fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 120 }).chain((chars) =>
  // Led by a letter: a text of spaces alone is blank, an error of its own.
  fc.tuple(fc.constant(`x${chars.join('')}`), fc.tuple(...chars.map((c) => fc.constantFrom(...escapedForms(c)))).map((forms) => `x${forms.join('')}`)),
);

const mapOf = (title: string, thesis: string, premise: string) =>
  `argmap: 1\ntitle: "${title}"\ntheses: [t]\nstatements:\n  t: "${thesis} end"\n  p: { text: "${premise}", quote: "${premise}" }\narguments:\n  a: { supports: t, premises: [p] }\n`;

describe('the tree measures escaped text as it prints it', () => {
  it('the same tree as the characters written plainly, and never wider than --width', async () => {
    await fc.assert(
      fc.asyncProperty(textArbitrary, textArbitrary, fc.integer({ min: 20, max: 80 }), fc.constantFrom([], ['--ascii'], ['--quotes']), async ([plain, escaped], [plain2, escaped2], width, mode) => {
        const args = ['tree', '-', '--width', String(width), ...mode];
        const written = await runInProcess(args, { input: mapOf(plain2, plain, plain2) });
        const fromEscapes = await runInProcess(args, { input: mapOf(escaped2, escaped, escaped2) });
        expect(fromEscapes).toEqual(written);
        expect(written.code).toBe(0);
        for (const line of written.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      }),
      { numRuns: 60 },
    );
  });

  it('a hundred escaped 漢 hold at --width 40, title included', async () => {
    const wide = '\\u6f22'.repeat(100);
    const run = await runInProcess(['tree', '-', '--width', '40'], { input: mapOf(wide, wide, 'p') });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('漢'.repeat(20));
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBe(40);
  });
});
