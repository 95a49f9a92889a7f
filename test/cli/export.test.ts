import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { mapToDot } from '../../src/graphviz.js';
import { parseMap } from '../../src/index.js';
import { findExecutable } from '../../src/render/graphviz/system-dot.js';
import { escapeInline } from '../../src/text/escape.js';
import { BIN, ROOT, runCli } from '../helpers.js';
import { PNG_SIGNATURE } from '../render/graphviz/png.js';
import { svgNodes } from '../render/graphviz/svg-text.js';
import { tempDir } from '../temp.js';

const EXAMPLE = 'maps/example.yaml';
const exampleText = readFileSync(join(ROOT, EXAMPLE), 'utf8');
const hasDot = findExecutable('dot') !== undefined;
const broken = 'argmap: 1\nstatements:\n  mortal: Socrates is mortal.\n  dies: Socrates will die.\narguments:\n  r: { supports: dies, premises: [mortl] }\n';

/** Width and height from a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const exportDir = () => tempDir('argmap-export-');

/** The CLI with raw bytes on stdout, and optionally extra flags for node itself. */
function runRaw(args: string[], options: { nodeFlags?: string[]; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeFlags ?? []), BIN, ...args], {
    cwd: ROOT,
    input: '',
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

describe('argmap export (end to end)', () => {
  it('prints the DOT of the map with --format dot', () => {
    const run = runCli(['export', EXAMPLE, '--format', 'dot']);
    expect(run).toEqual({ code: 0, stdout: mapToDot(parseMap(exampleText, EXAMPLE).map), stderr: '' });
  });

  it('writes SVG to standard output by default, and the same SVG to a file with -o, leaving no temporary file', () => {
    const piped = runCli(['export', EXAMPLE]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^<\?xml[\s\S]*<\/svg>\n$/);
    const dir = exportDir();
    const run = runCli(['export', EXAMPLE, '-o', join(dir, 'map.svg')]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'map.svg'), 'utf8')).toBe(piped.stdout);
    expect(readdirSync(dir)).toEqual(['map.svg']);
  });

  it('follows the extension of -o, unless --format says otherwise', () => {
    const dir = exportDir();
    expect(runCli(['export', EXAMPLE, '-o', join(dir, 'map.png')]).code).toBe(0);
    expect(readFileSync(join(dir, 'map.png')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(runCli(['export', EXAMPLE, '-o', join(dir, 'map.gv')]).code).toBe(0);
    expect(readFileSync(join(dir, 'map.gv'), 'utf8')).toMatch(/^digraph \{/);
    expect(runCli(['export', EXAMPLE, '--format', 'dot', '-o', join(dir, 'dot.svg')]).code).toBe(0);
    expect(readFileSync(join(dir, 'dot.svg'), 'utf8')).toMatch(/^digraph \{/);
    expect(runCli(['export', EXAMPLE, '-o', join(dir, 'map.txt')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `argmap: cannot tell the format from the name ${join(dir, 'map.txt')}: use --format dot, svg, png, pdf, json, mermaid, aif, argdown, or end the name in .dot, .svg, .png, .pdf, .json, .mmd, .aif.json or .argdown.\n`,
    });
  });

  it('writes PNG to a pipe', () => {
    const run = runRaw(['export', EXAMPLE, '--format', 'png']);
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it.skipIf(findExecutable('script') === undefined || process.platform !== 'linux')('refuses to write PNG to a terminal', () => {
    // util-linux `script` gives the command a terminal.
    const result = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" export ${EXAMPLE} --format png`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('argmap: not writing PNG to a terminal: give a file with -o map.png, or pipe the output');
  });

  it('prints the diagnostics and writes nothing when the map has errors', () => {
    const dir = exportDir();
    const input = join(dir, 'broken.yaml');
    writeFileSync(input, broken);
    const run = runCli(['export', input, '-o', join(dir, 'map.svg')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `${input}:6:35  error  Unknown statement "mortl" in the premises of argument "r".  [unknown-ref]`,
        '  6 |   r: { supports: dies, premises: [mortl] }',
        '    |                                   ^^^^^',
        '  hint: Did you mean "mortal"?',
        '',
        '✖ 1 error, 0 warnings, 0 infos',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toEqual(['broken.yaml']);
  });

  it('refuses to write over the map, even through a symbolic link', () => {
    const dir = exportDir();
    const map = join(dir, 'map.yaml');
    writeFileSync(map, exampleText);
    symlinkSync(map, join(dir, 'link.svg'));
    for (const output of [map, join(dir, 'link.svg')]) {
      expect(runCli(['export', map, '--format', 'svg', '-o', output])).toEqual({
        code: 2,
        stdout: '',
        stderr: `argmap: not writing over the map itself (${map}): give another name with -o.\n`,
      });
    }
    expect(readFileSync(map, 'utf8')).toBe(exampleText);
  });

  it.skipIf(process.platform === 'win32')('replaces a file keeping its permissions, through a symbolic link too', () => {
    const dir = exportDir();
    const output = join(dir, 'map.dot');
    writeFileSync(output, 'old');
    chmodSync(output, 0o600);
    expect(runCli(['export', EXAMPLE, '-o', output])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(output, 'utf8')).toMatch(/^digraph \{/);
    expect(statSync(output).mode & 0o777).toBe(0o600);
    symlinkSync(output, join(dir, 'link.dot'));
    chmodSync(output, 0o640);
    expect(runCli(['export', EXAMPLE, '-o', join(dir, 'link.dot')]).code).toBe(0);
    expect(statSync(output).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['link.dot', 'map.dot']);
  });

  it('exits 2 with one line when the output folder does not exist', () => {
    const output = join(exportDir(), 'missing', 'map.svg');
    expect(runCli(['export', EXAMPLE, '-o', output])).toEqual({
      code: 2,
      stdout: '',
      stderr: `argmap: cannot write ${output}: the folder does not exist\n`,
    });
  });

  it('says how to install Graphviz when PDF is asked for and dot is missing', () => {
    const env = { PATH: exportDir() };
    const pdf = runCli(['export', EXAMPLE, '-o', join(exportDir(), 'map.pdf')], { env });
    expect(pdf).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'argmap: PDF needs Graphviz, and `dot` is not on the PATH: install Graphviz (sudo apt install graphviz, or brew install graphviz); SVG and PNG need no install.\n',
    });
    const svg = runCli(['export', EXAMPLE, '--renderer', 'dot'], { env });
    expect(svg.code).toBe(2);
    expect(svg.stderr).toBe(
      'argmap: --renderer dot needs Graphviz, and `dot` is not on the PATH: install Graphviz (sudo apt install graphviz, or brew install graphviz); without --renderer dot, SVG and PNG need no install.\n',
    );
    // SVG and PNG need nothing but argmap.
    expect(runCli(['export', EXAMPLE, '-o', join(exportDir(), 'map.png')], { env }).code).toBe(0);
  });

  it.skipIf(!hasDot)('makes PDF, and SVG with --renderer dot, with the system Graphviz', () => {
    const dir = exportDir();
    expect(runCli(['export', EXAMPLE, '-o', join(dir, 'map.pdf')])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'map.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const svg = runCli(['export', EXAMPLE, '--renderer', 'dot']);
    expect(svg.code).toBe(0);
    expect(svgNodes(svg.stdout).get('build-lane')?.lines).toEqual(['The council should build a protected', 'bike lane on Elm Street this year.']);
  });

  it('draws hostile text from a map file as written', () => {
    const texts = ['<b>"Tom" & Jerry</b>', String.raw`\N \l \G and a trailing \ `, 'label=<x> ] ; evil [shape=none', '&amp; {braces}'];
    const map = [
      'argmap: 1',
      `title: ${JSON.stringify(texts[0])}`,
      'statements:',
      ...texts.map((text, i) => `  s${i}: { text: ${JSON.stringify(text)}, quote: ${JSON.stringify(text)}, tags: [${JSON.stringify(text)}] }`),
      '',
    ].join('\n');
    const run = runCli(['export', '-', '--group-by', 'tag', '--wrap', '200'], { input: map });
    expect(run.code).toBe(0);
    const nodes = svgNodes(run.stdout);
    texts.forEach((text, i) => {
      expect(nodes.get(`s${i}`)?.lines.join(' ')).toBe(escapeInline(text));
      expect(nodes.get(`s${i}`)?.tooltip).toBe(`“${escapeInline(text)}”`);
    });
  });

  it('draws a map of 1,000 statements', () => {
    const dir = exportDir();
    writeFileSync(join(dir, 'big.yaml'), generateMap({ statements: 1000, seed: 5 }).yaml);
    const run = runCli(['export', join(dir, 'big.yaml'), '-o', join(dir, 'big.svg')]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const nodes = svgNodes(readFileSync(join(dir, 'big.svg'), 'utf8'));
    for (let i = 0; i < 1000; i++) expect(nodes.get(`s${i}`)?.lines[0]).toMatch(new RegExp(`^Claim ${i} holds`));
  });

  it('draws a map too wide for a sharp PNG smaller, and says so', () => {
    const dir = exportDir();
    // 150 unconnected statements side by side: about 30,000 pixels wide at full size.
    const statements = Array.from({ length: 150 }, (_, i) => `  s${i}: Statement number ${i}, standing alone in a row.`);
    writeFileSync(join(dir, 'wide.yaml'), ['argmap: 1', 'statements:', ...statements, ''].join('\n'));
    const run = runCli(['export', join(dir, 'wide.yaml'), '-o', join(dir, 'wide.png')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^argmap: note: the map is too big for a sharp PNG, so it is drawn at \d+% of its size \(at most 16384 pixels a side\); SVG and PDF keep every detail.\n$/,
    );
    expect(pngSize(readFileSync(join(dir, 'wide.png'))).width).toBe(16_384);
  });

  it('exits 2 on bad options, and explains itself in --help', () => {
    expect(runCli(['export', EXAMPLE, '--wrap', '0']).stderr).toContain('--wrap needs a whole number of characters, 1 or more.');
    expect(runCli(['export', EXAMPLE, '--wrap', '0']).code).toBe(2);
    expect(runCli(['export', EXAMPLE, '--rankdir', 'UP']).code).toBe(2);
    expect(runCli(['export', EXAMPLE, '--format', 'jpg']).code).toBe(2);
    expect(runCli(['export']).code).toBe(2);
    const help = runCli(['export', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ argmap export maps/unilateral-concessions.yaml -o map.svg');
  });
});

describe('lazy loading', () => {
  const loaded = (args: string[]) => {
    const trace = join(exportDir(), 'imports.txt');
    writeFileSync(trace, '');
    const run = runRaw(args, { nodeFlags: ['--import', join(ROOT, 'test/fixtures/trace-imports.mjs')], env: { ARGMAP_TRACE_IMPORTS: trace } });
    expect(run.code).toBe(0);
    const urls = readFileSync(trace, 'utf8');
    return (name: string) => urls.includes(`/node_modules/${name}/`);
  };

  it('loads no Graphviz module for check, and each renderer only when export needs it', () => {
    const check = loaded(['check', EXAMPLE]);
    for (const heavy of ['ts-graphviz', '@hpcc-js/wasm-graphviz', '@resvg/resvg-js']) expect(check(heavy), heavy).toBe(false);
    const dot = loaded(['export', EXAMPLE, '--format', 'dot']);
    expect([dot('ts-graphviz'), dot('@hpcc-js/wasm-graphviz'), dot('@resvg/resvg-js')]).toEqual([true, false, false]);
    const png = loaded(['export', EXAMPLE, '--format', 'png', '-o', join(exportDir(), 'map.png')]);
    expect([png('ts-graphviz'), png('@hpcc-js/wasm-graphviz'), png('@resvg/resvg-js')]).toEqual([true, true, true]);
  });
});

describe('argmap export: a big map', () => {
  it('is laid out the fast way, with a note saying so and how to ask for the full layout', () => {
    const dir = exportDir();
    const map = join(dir, 'big.yaml');
    writeFileSync(map, generateMap({ statements: 2001, seed: 3 }).yaml);
    const fast = runCli(['export', map, '-o', join(dir, 'fast.svg')]);
    expect(fast).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'argmap: note: the map has over 2,000 boxes, so it is laid out the fast way (straight lines, a shorter search); --full-layout takes longer and draws it with full care.\n',
    });
    expect(readFileSync(join(dir, 'fast.svg'), 'utf8')).toMatch(/^<\?xml/);
    // DOT is not laid out here: no note, though it carries the same settings for whoever lays it out.
    const dot = runCli(['export', map, '--format', 'dot']);
    expect([dot.code, dot.stderr, dot.stdout.includes('\n  nslimit = 0.02;\n')]).toEqual([0, '', true]);
    const full = runCli(['export', map, '--format', 'dot', '--full-layout']);
    expect([full.code, full.stderr, full.stdout.includes('nslimit'), full.stdout.includes('polyline')]).toEqual([0, '', false, false]);
  });
});
