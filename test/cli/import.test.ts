import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp.js';

const CORPORA = join('..', 'shared', 'corpora');

describe('argmap import', () => {
  it('an APX framework from standard input, into a map argmap evaluates', () => {
    const run = runCli(['import', '-', '--from', 'apx'], { input: 'arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n' });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '# yaml-language-server: $schema=schema/argmap.schema.json',
        '# Imported by argmap from <stdin> (APX). docs/interchange.md says what the import keeps.',
        'argmap: 1',
        '',
        'title: Imported from <stdin>',
        '',
        'statements:',
        '  a: Argument a',
        '  b: Argument b',
        '  c: Argument c',
        '',
        'arguments:',
        '  a-attacks-b:',
        '    attacks: b',
        '    premises: [a]',
        '  b-attacks-c:',
        '    attacks: c',
        '    premises: [b]',
        '',
      ].join('\n'),
    });
    const labels = JSON.parse(runCli(['eval', '-', '--format', 'json'], { input: run.stdout }).stdout).labels;
    expect(labels).toEqual({ a: 'in', b: 'out', c: 'in' });
  });

  it('reports a malformed framework at its line and writes nothing (exit 1)', () => {
    const run = runCli(['import', '-', '--from', 'iccma'], { input: 'p af 2\n1 3\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('<stdin>:2:1  error  Argument numbers go from 1 to 2; 3 is out of range.  [import-framework]');
  });

  it('tells the format from the content when the name does not say', () => {
    const formats = (input: string) => /\((AIF|Argdown|APX|TGF|ICCMA 2023)\)/.exec(runCli(['import', '-'], { input }).stdout)?.[1];
    expect(formats('{"nodes": [{"nodeID": 1, "type": "I", "text": "T"}], "edges": []}')).toBe('AIF');
    expect(formats('p af 2\n1 2\n')).toBe('ICCMA 2023');
    expect(formats('arg(a).\n')).toBe('APX');
    expect(formats('a\nb\n#\na b\n')).toBe('TGF');
    expect(formats('[a]: A statement.\n')).toBe('Argdown');
  });

  it('writes the schema modeline relative to the output file', () => {
    const dir = tempDir();
    const run = runCli(['import', '-', '--from', 'apx', '-o', join(dir, 'map.yaml')], { input: 'arg(a).\n' });
    expect(run.code).toBe(0);
    const first = readFileSync(join(dir, 'map.yaml'), 'utf8').split('\n')[0]!;
    expect(first).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schema\/argmap\.schema\.json$/);
  });

  it.skipIf(!existsSync(CORPORA))('an AIFdb map to a file, with warnings for what it leaves out (skipped without ../shared/corpora)', () => {
    const dir = tempDir();
    const output = join(dir, 'debate.yaml');
    const run = runCli(['import', join(CORPORA, 'aif', 'qt30', 'nodeset23565.json'), '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/warning {2}8 rephrase \(MA\) nodes became arguments for the statement rephrased, with a note saying so\. {2}\[import-rephrase\]/);
    const check = runCli(['check', output]);
    expect(check.code).toBe(0);
    // An ICCMA 2023 file takes its names from the .af.map beside it.
    const af = runCli(['import', join(CORPORA, 'iccma', 'converted', 'carneades-instances', 'bas1.af')]);
    expect(af.stdout).toContain('  a: Argument a\n');
  });
});

describe('argmap export: formats for other tools', () => {
  it('json, mermaid and aif, by --format or by the name of -o', () => {
    const dir = tempDir();
    for (const [name, start] of [
      ['map.json', '{\n  "format": "argmap-json",\n  "version": 1,'],
      ['map.mmd', '---\ntitle: "Give Elm Street a protected bike lane"\n---\nflowchart BT\n'],
      ['map.aif.json', '{\n  "nodes": [\n    {\n      "nodeID": "1",'],
    ] as const) {
      const run = runCli(['export', 'maps/example.yaml', '-o', join(dir, name)]);
      expect(run, name).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(dir, name), 'utf8').startsWith(start), name).toBe(true);
    }
    expect(runCli(['export', 'maps/example.yaml', '--format', 'mermaid']).stdout).toBe(readFileSync(join(dir, 'map.mmd'), 'utf8'));
    expect(runCli(['export', 'maps/example.yaml', '-o', join(dir, 'map.txt')]).stderr).toContain('use --format dot, svg, png, pdf, json, mermaid, aif');
  });
});

describe('argmap import: Argdown', () => {
  it('a statement with a pro and a con, read by Argdown, into a map', () => {
    const run = runCli(['import', '-', '--from', 'argdown'], { input: '[a]: Tea is good. #drinks\n  + [b]: Tea is warm.\n  - <c>: Tea stains.\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nstatements:\n  a:\n    text: Tea is good.\n    tags: [drinks]\n  b: Tea is warm.\n  c: Tea stains.\n\narguments:\n');
    expect(run.stdout).toContain('  b-supports-a:\n    supports: a\n    premises: [b]\n  c-attacks-a:\n    attacks: a\n    premises: [c]\n');
  });

  it('reports what Argdown cannot read at its line, and writes nothing', () => {
    const run = runCli(['import', '-', '--from', 'argdown'], { input: '[a]: fine\n\n[b]: _unclosed italic\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('[import-argdown-syntax]');
  });
});
