import { describe, expect, it } from 'vitest';
import { formatDiagnostics, formatSummary, parseMap } from '../../src/index.js';
import type { Palette } from '../../src/text/palette.js';

const tagPalette: Palette = Object.fromEntries(
  ['bold', 'dim', 'italic', 'underline', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan'].map((name) => [name, (text: string) => `<${name}>${text}</${name}>`]),
) as unknown as Palette;

describe('formatDiagnostics', () => {
  it('escapes hostile text from the map in the message and the code frame', () => {
    const text = 'argmap: 1\nstatements:\n  a: { text: "\\e[31mred\\e[0m", speaker: "\\e]0;pwned\\a" }\n';
    const { diagnostics } = parseMap(text, 'evil.yaml');
    const output = formatDiagnostics(diagnostics, { sources: new Map([['evil.yaml', text]]) });
    expect(output).not.toContain('\x1b');
    expect(output).not.toContain('\x07');
    expect(output).toContain('Unknown speaker "\\x1B]0;pwned\\x07"');
  });

  it('places the caret by display width, so wide characters before the spot line up', () => {
    const text = 'argmap: 1\nstatements:\n  a: { text: 漢字漢字, qoute: x }\n';
    const { diagnostics } = parseMap(text, 'wide.yaml');
    const wide = (s: string) => [...s].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    const output = formatDiagnostics(diagnostics, { sources: new Map([['wide.yaml', text]]), displayWidth: wide });
    expect(output.split('\n').slice(1, 3)).toEqual([
      '  3 |   a: { text: 漢字漢字, qoute: x }',
      // "  a: { text: " is 13 columns, the four wide characters 8, ", " 2.
      `    | ${' '.repeat(13 + 8 + 2)}^^^^^`,
    ]);
  });

  it('shows a window of a very long line, not all of it', () => {
    const long = 'x'.repeat(5000);
    const text = `argmap: 1\nstatements:\n  a: { text: ${long}, qoute: x }\n`;
    const { diagnostics } = parseMap(text, 'long.yaml');
    const frameLine = formatDiagnostics(diagnostics, { sources: new Map([['long.yaml', text]]) }).split('\n')[1]!;
    expect(frameLine.length).toBeLessThan(200);
    expect(frameLine).toContain('…xxx');
  });

  it('colours severity, code and hint through the palette', () => {
    const { diagnostics } = parseMap('argmap: 1\nstatements:\n  a: { text: A, qoute: x }\n', 'c.yaml');
    const output = formatDiagnostics(diagnostics, { palette: tagPalette });
    expect(output.split('\n')[0]).toBe(
      '<bold>c.yaml:3:17</bold>  <red><bold>error</bold></red>  Unknown key "qoute" in statement "a".  <dim>[unknown-key]</dim>',
    );
  });
});

describe('formatSummary', () => {
  it('counts each severity with the right plural', () => {
    expect(formatSummary({ error: 1, warning: 2, info: 0 })).toBe('✖ 1 error, 2 warnings, 0 infos');
    expect(formatSummary({ error: 0, warning: 1, info: 1 })).toBe('⚠ 0 errors, 1 warning, 1 info');
    expect(formatSummary({ error: 0, warning: 0, info: 3 })).toBe('✔ 0 errors, 0 warnings, 3 infos');
  });
});
