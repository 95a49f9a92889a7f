import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS, ODD_BUT_VALID, PROTO_MAP } from './inputs.js';
import { expectSafeOutput, runBoundedAsync as cli, runInProcess, tempDir } from './run.js';

/**
 * The hostile inputs of inputs.test.ts (there through check, each in a child
 * process with a 256 MB heap), through tree and export: each ends in its
 * diagnostic, printed in full on stderr, and exit 1, with no stack trace and
 * no file written. Those that could cost memory (large, or aliases) run in a
 * child process with a 256 MB heap again; the others, whose path through
 * tree and export is the same report, run in this process, which is ten times
 * cheaper.
 */

// One folder for the whole file: the tests run side by side, and it is removed after them.
const dir = tempDir();
const costly = (name: string, content: string | Buffer) => content.length > 64 * 1024 || name.includes('alias');
const runFor = (name: string, content: string | Buffer) => (costly(name, content) ? cli : runInProcess);
const files = new Map<string, string>();
function fileOf(name: string, content: string | Buffer): string {
  let path = files.get(name);
  if (path === undefined) {
    path = join(dir, `${files.size}.yaml`);
    writeFileSync(path, content);
    files.set(name, path);
  }
  return path;
}

/** The first line of the expected diagnostic in the pretty report: "file:line:col  error  message  [code]". */
function diagnosticLine(path: string, expected: string): RegExp {
  const [code, line, column] = expected.split(':');
  const escapedPath = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escapedPath}:${line}:${column}  error  .+  \\[${code}\\]$`, 'm');
}

// Each case is a child process of its own: they run side by side.
describe.concurrent('hostile and broken input, through tree and export', () => {
  it.each(HOSTILE_INPUTS)('%s: tree reports it and exits 1', async (name, content, expected) => {
    const path = fileOf(name, content);
    const run = await runFor(name, content)(['tree', path]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(diagnosticLine(path, expected));
    expect(run.stderr).toMatch(/\n✖ \d+ errors?, \d+ warnings?, \d+ infos?\n$/);
    expectSafeOutput(run);
  });

  it.each(HOSTILE_INPUTS)('%s: export reports it, exits 1 and writes nothing', async (name, content, expected) => {
    const path = fileOf(name, content);
    const output = join(mkdtempSync(join(dir, 'out-')), 'map.svg');
    const run = await runFor(name, content)(['export', path, '-o', output]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(diagnosticLine(path, expected));
    expect(existsSync(output)).toBe(false);
    expectSafeOutput(run);
  });

  it.each(ODD_BUT_VALID)('%s: drawn by tree, and by export as SVG and PNG', async (name, content) => {
    const path = fileOf(name, content);
    const out = mkdtempSync(join(dir, 'out-'));
    // Side by side, so that each child's own time limit ends a hang before the test's does.
    const [tree, svg, png] = await Promise.all([cli(['tree', path]), cli(['export', path, '-o', join(out, 'map.svg')]), cli(['export', path, '-o', join(out, 'map.png')])]);
    expect([tree.code, svg.code, png.code]).toEqual([0, 0, 0]);
    for (const run of [svg, png]) expectSafeOutput(run, ['stderr']);
    expect(readdirSync(out).sort()).toEqual(['map.png', 'map.svg']);
  });

  it('keys named __proto__, constructor and prototype: errors from tree and export too', async () => {
    const path = fileOf('proto', PROTO_MAP);
    for (const command of ['tree', 'export']) {
      const run = await cli([command, path, '--format', 'dot'].slice(0, command === 'tree' ? 2 : 4));
      expect(run.code, command).toBe(1);
      expect(run.stderr).toMatch(diagnosticLine(path, 'unknown-key:2:1'));
    }
  });

  it('the map size limit holds for tree and export, saying so', async () => {
    const path = fileOf('large', `argmap: 1\nstatements:\n  a: ${'x'.repeat(200_000)}\n`);
    for (const command of ['tree', 'export']) {
      const run = await cli(['--max-size', '0.1', command, path]);
      expect(run).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `argmap: ${path} is larger than the 0.1 MB limit. Raise it with --max-size <MB> if the file is meant to be this big.\n`,
      });
    }
  });
});

describe('prototype pollution', () => {
  it('no command, run in this process on maps full of __proto__, changes Object.prototype', async () => {
    const valid = [
      'argmap: 1',
      'theses: [constructor]',
      'statements:',
      '  __proto__: { text: P, tags: [__proto__, constructor], note: x }',
      '  constructor: C',
      '  prototype: { text: Q, speaker: __proto__ }',
      '  hasOwnProperty: H',
      'speakers: { __proto__: { name: Proto } }',
      'arguments:',
      '  toString: { supports: constructor, premises: [__proto__, prototype], scheme: __proto__ }',
      '  valueOf: { attacks: constructor, premises: [hasOwnProperty] }',
      'checks: { __proto__: off }',
      '',
    ].join('\n');
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const map of [PROTO_MAP, valid]) {
      for (const args of [['check', '-'], ['check', '--format', 'json', '-'], ['tree', '--speaker', '__proto__', '-'], ['export', '--format', 'dot', '--group-by', 'tag', '-']]) {
        const { code } = await runInProcess(args, { input: map });
        expect([0, 1], `${args.join(' ')}`).toContain(code);
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
