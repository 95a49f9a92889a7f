import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

/**
 * Hostile and broken input, end to end: each must end in a clear diagnostic
 * (exit 1) or a clear I/O error (exit 2), never a stack trace. The child runs
 * with a 256 MB heap, so an input that blows memory up fails the test instead
 * of the machine.
 */
const dir = mkdtempSync(join(tmpdir(), 'argmap-hostile-'));

function check(name: string, content: string | Buffer, extra: string[] = []) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const run = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, 'check', '--format', 'json', ...extra, path], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
  const diagnostics = run.status === 1 ? (JSON.parse(run.stdout) as { code: string; line: number; column: number; message: string }[]) : [];
  return { code: run.status, stderr: run.stderr, diagnostics, codes: diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`) };
}

const laughs = (() => {
  let text = 'argmap: 1\nstatements:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  let previous = 'a';
  for (const name of 'bcdefghij') {
    text += `  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = name;
  }
  return text;
})();

describe('hostile and broken input', () => {
  const cases: [string, string | Buffer, string][] = [
    ['an empty file', '', 'empty-map:1:1'],
    ['a scalar at the top', 'just words\n', 'not-a-mapping:1:1'],
    ['a list at the top', '- argmap: 1\n', 'not-a-mapping:1:1'],
    ['a YAML syntax error', 'argmap: 1\nstatements: {a: [}\n', 'yaml-syntax:2:18'],
    ['an alias bomb ("billion laughs")', laughs, 'yaml-alias:4:10'],
    ['an alias cycle', 'argmap: 1\nstatements: &x\n  a: *x\n', 'yaml-alias:3:6'],
    ['a merge key', 'argmap: 1\nstatements:\n  a: { <<: { text: A } }\n', 'yaml-merge-key:3:8'],
    ['50,000 nested brackets', `argmap: 1\nstatements: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, 'yaml-syntax:2:76'],
    ['3,000 indentation levels', `argmap: 1\nstatements:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('')}`, 'yaml-syntax:65:65'],
    ['a 2 MB key', `argmap: 1\nstatements:\n  ${'k'.repeat(2_000_000)}: x\n`, 'invalid-id:3:3'],
    ['a NUL byte', 'argmap: 1\nstatements:\n  a: b\u0000c\n', 'yaml-syntax:3:7'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('argmap: 1\nstatements:\n  a: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), 'encoding:3:6'],
    ['several documents', 'argmap: 1\nstatements: {a: A}\n---\nargmap: 1\n', 'yaml-multiple-documents:3:1'],
    ['a duplicate key', 'argmap: 1\nstatements: {a: A}\nstatements: {b: B}\n', 'duplicate-key:3:1'],
    ['a null id', 'argmap: 1\nstatements:\n  ~: x\n', 'wrong-type:3:3'],
    ['a boolean id', 'argmap: 1\nstatements:\n  true: x\n', 'wrong-type:3:3'],
    ['a number id', 'argmap: 1\nstatements:\n  12: x\n', 'wrong-type:3:3'],
    ['a number as a reference', 'argmap: 1\nstatements: {a: A}\ntheses: [12]\n', 'wrong-type:3:10'],
  ];

  it.each(cases)('%s ends in a clear diagnostic at the spot', (_name, content, expected) => {
    const run = check('map.yaml', content);
    expect(run.code).toBe(1);
    expect(run.codes).toContain(expected);
    for (const diagnostic of run.diagnostics) expect(diagnostic.message.length).toBeLessThan(300);
  });

  it('parses a 2 MB scalar, a byte-order mark and CRLF line ends as valid', () => {
    expect(check('big.yaml', `argmap: 1\nstatements:\n  a: ${'x'.repeat(2_000_000)}\n`).code).toBe(0);
    expect(check('bom.yaml', '\ufeffargmap: 1\r\nstatements:\r\n  a: A\r\n').code).toBe(0);
  });

  it('treats __proto__, constructor and prototype as plain names, and pollutes nothing', () => {
    const text = 'argmap: 1\n__proto__: { polluted: true }\nstatements:\n  __proto__: { text: P, __proto__: x }\n  constructor: C\n  prototype: Q\narguments:\n  r: { supports: constructor, premises: [__proto__, prototype] }\n';
    expect(check('proto.yaml', text).codes).toEqual(['unknown-key:2:1', 'unknown-key:4:25']);
  });

  it('refuses a file over the size limit, saying so', () => {
    const run = check('large.yaml', `argmap: 1\nstatements:\n  a: ${'x'.repeat(200_000)}\n`, ['--max-size', '0.1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/larger than the 0\.1 MB limit\. Raise it with --max-size/);
  });
});
