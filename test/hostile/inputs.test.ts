import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { HOSTILE_INPUTS, ODD_BUT_VALID, PROTO_MAP } from './inputs.js';
import { tempDir } from '../temp.js';

/**
 * Hostile and broken input, end to end: each must end in a clear diagnostic
 * (exit 1) or a clear I/O error (exit 2), never a stack trace. The child runs
 * with a 256 MB heap, so an input that blows memory up fails the test instead
 * of the machine.
 */
const dir = tempDir('argmap-hostile-');

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

describe('hostile and broken input', () => {
  it.each(HOSTILE_INPUTS)('%s ends in a clear diagnostic at the spot', (_name, content, expected) => {
    const run = check('map.yaml', content);
    expect(run.code).toBe(1);
    expect(run.codes).toContain(expected);
    for (const diagnostic of run.diagnostics) expect(diagnostic.message.length).toBeLessThan(300);
  });

  it('parses a 2 MB scalar, a long CJK word, a 1 MB title, a byte-order mark and CRLF line ends as valid', () => {
    for (const [name, content] of ODD_BUT_VALID) expect(check('valid.yaml', content).code, name).toBe(0);
  });

  it('treats __proto__, constructor and prototype as plain names, and pollutes nothing', () => {
    expect(check('proto.yaml', PROTO_MAP).codes).toEqual(['unknown-key:2:1', 'unknown-key:4:25']);
  });

  it('refuses a file over the size limit, saying so', () => {
    const run = check('large.yaml', `argmap: 1\nstatements:\n  a: ${'x'.repeat(200_000)}\n`, ['--max-size', '0.1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/larger than the 0\.1 MB limit\. Raise it with --max-size/);
  });
});
