import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_METADATA } from '../../src/check/run.js';
import { FORMAT_PROBLEMS } from '../../src/pipeline.js';
import { runCli, yaml } from '../helpers.js';
import { tempDir } from '../temp.js';

function folderWith(files: Record<string, string>): string {
  const dir = tempDir('argmap-rules-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const letter = 'The lane would make Elm Street safer. Build it this year.\n';
const map = (quote: string, extra = '') => yaml`
  argmap: 1
  source: { file: letter.txt }
  theses: [lane]
  statements:
    lane: { text: Build the lane this year., quote: Build it this year }
    safer: { text: The lane makes the street safer., quote: ${quote} }
  arguments:
    safety: { supports: lane, premises: [safer] }
  ${extra}
`;

describe('argmap rules', () => {
  it('prints every rule with its default level and description, aligned', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULE_METADATA.length);
    expect(lines[0]).toBe('circular-reasoning      error    A claim is supported, through a chain of arguments, by itself.');
    // Descriptions start in one column, after the longest id and level.
    for (const line of lines) expect(line).toMatch(/^[a-z-]+ +(error|warning|info|off) +\S/);
    expect(new Set(lines.map((line) => line.search(/(?<=(error|warning|info|off) +)\S/)))).toEqual(new Set([33]));
  });

  it('prints JSON for tools', () => {
    const run = runCli(['rules', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toContainEqual({ id: 'single-premise', level: 'info', description: expect.any(String) });
  });
});

describe('argmap codes', () => {
  it('prints every format problem with its severity, aligned, and JSON for tools', () => {
    const run = runCli(['codes']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(FORMAT_PROBLEMS.length);
    expect(lines[0]).toBe('encoding                 error    The file is not valid UTF-8 text.');
    expect(lines).toContain('duplicate-ref            warning  The same id listed twice in one list.');
    const json = JSON.parse(runCli(['codes', '--format', 'json']).stdout);
    expect(json).toContainEqual({ code: 'unknown-rule', severity: 'warning', description: expect.any(String), docs: '#checks' });
  });
});

describe('argmap check with the consistency rules', () => {
  it('reads source.file next to the map and reports a quote that is not in it, with the nearest passage', () => {
    const dir = folderWith({ 'map.yaml': map('the lane would make Oak Street safer'), 'letter.txt': letter });
    const run = runCli(['check', 'map.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('map.yaml:6:59  error  The quote of "safer" is not in the source text letter.txt.  [quote-not-found]');
    expect(run.stdout).toContain('hint: The nearest passage (line 1) reads: "The lane would make Elm Street safer".');
    expect(run.stdout).toContain('✖ 1 error, 0 warnings, 1 info');
  });

  it('warns, without failing, when the source file cannot be read; --source overrides the map', () => {
    const dir = folderWith({ 'map.yaml': map('the lane would make Elm Street safer'), 'other.txt': letter });
    const missing = runCli(['check', '-f', 'json', 'map.yaml'], { cwd: dir });
    expect(missing.code).toBe(0);
    expect(JSON.parse(missing.stdout)).toContainEqual(expect.objectContaining({ code: 'source-unreadable', severity: 'warning', line: 2, column: 17 }));
    const given = runCli(['check', '-f', 'json', '--source', 'other.txt', 'map.yaml'], { cwd: dir });
    expect(JSON.parse(given.stdout).map((d: { code: string }) => d.code)).toEqual(['single-premise']);
    expect(runCli(['check', '--source', 'nope.txt', 'map.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'argmap: cannot read nope.txt: no such file\n' });
  });

  it('resolves source.file from the current folder for standard input', () => {
    const dir = folderWith({ 'letter.txt': letter });
    const run = runCli(['check', '-f', 'json', '-'], { cwd: dir, input: map('the lane would make Elm Street safer') });
    expect(JSON.parse(run.stdout).map((d: { code: string }) => d.code)).toEqual(['single-premise']);
  });

  it('sets levels with --rule, over the map\'s checks:, and refuses unknown rules with a suggestion', () => {
    const dir = folderWith({ 'map.yaml': map('the lane would make Elm Street safer', 'checks: { single-premise: error }'), 'letter.txt': letter });
    expect(runCli(['check', 'map.yaml'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', '--rule', 'single-premise=off', 'map.yaml'], { cwd: dir }).stdout).toBe('✔ No problems in map.yaml.\n');
    const unknown = runCli(['check', '--rule', 'single-premis=off', 'map.yaml'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      `error: option '--rule <id=level>' argument 'single-premis=off' is invalid. Unknown rule "single-premis". Did you mean "single-premise"?\n`,
    );
    expect(runCli(['check', '--rule', 'single-premise=loud', 'map.yaml'], { cwd: dir }).code).toBe(2);
  });

  it('lists the open critical questions with --questions', () => {
    const run = runCli(['check', '-f', 'json', '--questions', 'maps/example.yaml']);
    expect(run.code).toBe(0);
    const questions = JSON.parse(run.stdout).filter((d: { code: string }) => d.code === 'critical-question');
    expect(questions.length).toBeGreaterThan(0);
    expect(questions[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/^Open critical question for "safety" \(practical-reasoning\): /) });
    expect(runCli(['check', '--questions', '--rule', 'critical-question=off', 'maps/example.yaml']).stdout).toBe('✔ No problems in maps/example.yaml.\n');
  });

  it('writes SARIF with every rule and the findings', () => {
    const dir = folderWith({ 'map.yaml': map('the lane would make Oak Street safer'), 'letter.txt': letter });
    const run = runCli(['check', '--format', 'sarif', 'map.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules).toHaveLength(RULE_METADATA.length);
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
      'quote-not-found error',
      'single-premise note',
    ]);
  });

  it('runs the rules only on maps that parse without errors', () => {
    const run = runCli(['check', '-f', 'json', '-'], { input: 'argmap: 1\nstatements: { a: A, b: B }\narguments:\n  r: { supports: a, premises: [c] }\n' });
    expect(JSON.parse(run.stdout).map((d: { code: string }) => d.code)).toEqual(['unknown-ref']);
  });
});
