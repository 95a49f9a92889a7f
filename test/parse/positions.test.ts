import { describe, expect, it } from 'vitest';
import { decodeMapBytes, formatDiagnostics, parseMap } from '../../src/index.js';
import { createLocator, lineStarts, lineText } from '../../src/diagnostics/locate.js';

import { positions as at } from './parse-helpers.js';

describe('line ends', () => {
  const lines = ['argmap: 1', 'statements:', '  a: A', '  b: { txt: B }', ''];

  it('a lone CR ends a line, as in YAML and editors: positions are the same as with LF and CRLF', () => {
    expect(at(lines.join('\n'))).toEqual(['unknown-key:4:8']);
    expect(at(lines.join('\r\n'))).toEqual(['unknown-key:4:8']);
    expect(at(lines.join('\r'))).toEqual(['unknown-key:4:8']);
  });

  it('a YAML syntax error after lone CRs is on the line js-yaml and an editor show', () => {
    expect(at('argmap: 1\rstatements:\r  a: [\r')).toEqual([expect.stringMatching(/^yaml-syntax:4:1$/)]);
  });

  it('line starts and line text for every kind of line end, mixed', () => {
    const text = 'a\rb\r\nc\nd\r\re';
    expect([...lineStarts(text)]).toEqual([0, 2, 5, 7, 9, 10]);
    expect([1, 2, 3, 4, 5, 6].map((line) => lineText(text, lineStarts(text), line))).toEqual(['a', 'b', 'c', 'd', '', 'e']);
    expect(createLocator('m', text).locate({ start: 10, end: 11 })).toMatchObject({ line: 6, column: 1, endLine: 6, endColumn: 2 });
  });

  it('an offset on the LF of a CRLF is the end of its line, not a column past it', () => {
    const text = 'ab\r\ncd';
    expect(createLocator('m', text).locate({ start: 2, end: 3 })).toMatchObject({ line: 1, column: 3, endLine: 1, endColumn: 3 });
    const [error] = parseMap('argmap: 1\r\nstatements:\r\n  s:\r\n    text: a\r\n    t\r\nags: x\r\n', 'm.yaml').diagnostics;
    expect(error).toMatchObject({ code: 'yaml-syntax', line: 5, column: 6, endLine: 5, endColumn: 6 });
  });

  it('the pretty report frames the right line of a CR-only file', () => {
    const text = lines.join('\r');
    expect(formatDiagnostics(parseMap(text, 'm.yaml').diagnostics, { sources: new Map([['m.yaml', text]]) })).toContain('  4 |   b: { txt: B }\n');
  });
});

describe('invalid UTF-8', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));
  const where = (input: Buffer) => {
    const result = decodeMapBytes(input, 'm.yaml');
    return 'diagnostic' in result ? `${result.diagnostic.code}:${result.diagnostic.line}:${result.diagnostic.column}` : 'ok';
  };

  it('is reported at the first bad byte, even after a real U+FFFD', () => {
    expect(where(bytes('argmap: 1\nstatements:\n  a: \ufffd ok\n  b: x', [0xff], '\n'))).toBe('encoding:4:7');
    expect(where(bytes('argmap: 1\nstatements:\n  b: x', [0xe2, 0x82], 'y\n'))).toBe('encoding:3:7');
  });

  it('counts columns after a byte-order mark as an editor does, and finds a sequence cut short at the end', () => {
    expect(where(bytes('\ufeffab', [0xc0, 0x80]))).toBe('encoding:1:3');
    expect(where(bytes('ab\ncd', [0xe2, 0x82]))).toBe('encoding:2:3');
  });

  it('near miss: valid text with U+FFFD decodes, without its byte-order mark', () => {
    expect(decodeMapBytes(bytes('\ufeffa: \ufffd\n'), 'm.yaml')).toEqual({ text: 'a: \ufffd\n' });
  });
});
