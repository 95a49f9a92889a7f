import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('argmap export --format html', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'argmap-export-html-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the format from a .html name and writes one page with the map and its diagram', () => {
    const out = join(dir, 'map.html');
    const run = runCli(['export', 'maps/example.yaml', '-o', out]);
    expect([run.code, run.stderr, run.stdout]).toEqual([0, '', '']);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Give Elm Street a protected bike lane</title>');
    expect(html).toContain('\\u003csvg');
    // The passages come from the map's own source: file:.
    expect(html).toContain('"passage":{"before":');
  });

  it('writes to standard output with --format html, and reads --source instead of the map\'s source', () => {
    const source = join(dir, 'other.txt');
    writeFileSync(source, 'Everyone agrees: Elm Street is the most dangerous road in town for cyclists, they say.');
    const run = runCli(['export', 'maps/example.yaml', '--format', 'html', '--source', source]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"passage":{"before":"Everyone agrees: ","match":"Elm Street is the most dangerous road in town for cyclists","after":", they say."}');
  });

  it('a --source that cannot be read is a usage error, and nothing is written', () => {
    const out = join(dir, 'map.html');
    const run = runCli(['export', 'maps/example.yaml', '-o', out, '--source', join(dir, 'missing.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^argmap: cannot read the source text: .*missing\.txt/);
    expect(existsSync(out)).toBe(false);
  });

  it('a map that does not parse is reported, exit 1, and no page is written', () => {
    const map = join(dir, 'broken.yaml');
    writeFileSync(map, 'argmap: 1\nstatements:\n  a: { text: A, supports: [nowhere] }\n');
    const out = join(dir, 'map.html');
    const run = runCli(['export', map, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.yaml:3:');
    expect(existsSync(out)).toBe(false);
  });

  it('the help names the format and --source', () => {
    const run = runCli(['export', '--help']);
    expect(run.stdout).toContain('"html"');
    expect(run.stdout).toContain('argmap export maps/unilateral-concessions.yaml -o map.html     # interactive page');
  });
});
