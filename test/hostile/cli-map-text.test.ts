import { describe, expect, it } from 'vitest';
import { expectSafeOutput, runBounded } from './run.js';

/**
 * Text from a map, in every field that a command shows, through every command
 * and report format: nothing may reach the terminal raw. YAML's double-quoted
 * escapes put ESC (\e), BEL (\a), C1 controls (\x9b, \N), bidi controls and
 * line separators (\L, \P) into the values.
 */
const HOSTILE_MAP = String.raw`argmap: 1
title: "Title \e[2J\u202e"
source: { title: "Src \e]0;pwn\a", author: "Auth\x9bor", date: "2026\u2066" }
speakers:
  me: { name: "Au\e]0;pwn\athor", role: author }
  other: { name: "Oth\x9b31mer", role: cited }
theses: [t]
statements:
  t: { text: "Thesis \e[31mred\e[0m \u202egnp.exe", quote: "q\e[1m", tags: ["tag\e[7m"], note: "note\a" }
  p: { text: "Premise \x9b2J \L \P \N end", speaker: other, tags: ["tag\e[7m"] }
  q: { text: "Implicit \u2066x\u2069 \u200f", implicit: true }
arguments:
  a: { supports: t, premises: [p, q], title: "Arg \e[5m", scheme: "sch\e[0meme", note: "\x7f" }
`;

// A key with a C1 control and a bidi override: not an id, and quoted as written in the message.
const BAD_ID_MAP = String.raw`argmap: 1
statements:
  "a\x9b2J\u202eb": x
`;

// A raw ESC in a plain scalar is a YAML error whose code frame shows the line.
const RAW_ESCAPE_MAP = 'argmap: 1\nstatements:\n  a: text \u001b[2J here\n';

describe('text from the map, in every command and format', () => {
  it('check: messages and code frames escaped; JSON and SARIF keep the text, written as \\u escapes', () => {
    const pretty = runBounded(['check', '-'], { input: HOSTILE_MAP });
    expect(pretty.code).toBe(0);
    expect(pretty.stdout.split('\n')[0]).toBe(String.raw`<stdin>:13:67  warning  Argument "a" names the scheme "sch\x1B[0meme", which argmap does not know.  [unknown-scheme]`);
    // Rule messages escape names themselves; a key that is no id is quoted as written.
    const json = runBounded(['check', '--format', 'json', '-'], { input: BAD_ID_MAP });
    expect(json.code).toBe(1);
    expect(json.stdout).toContain(String.raw`"message": "\"a\u009b2J\u202eb\" is not a valid statement id."`);
    expect(JSON.parse(json.stdout)[0].message).toBe('"a\u009b2J\u202eb" is not a valid statement id.');
    const sarif = runBounded(['check', '--format', 'sarif', '-'], { input: BAD_ID_MAP });
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.stdout).runs[0].results[0].message.text).toMatch(/^"a\u009b2J\u202eb" is not a valid statement id\.\nHint: /);
    const frame = runBounded(['check', '-'], { input: RAW_ESCAPE_MAP });
    expect(frame.code).toBe(1);
    expect(frame.stdout).toContain(String.raw`  3 |   a: text \x1B[2J here`);
    for (const run of [pretty, json, sarif, frame]) expectSafeOutput(run);
  });

  it('tree: every field escaped, with ids or without, quotes shown; and errors reported on stderr escaped', () => {
    const withIds = runBounded(['tree', '--quotes', '-'], { input: HOSTILE_MAP });
    expect(withIds.code).toBe(0);
    expect(withIds.stdout.split('\n')[0]).toBe(String.raw`Title \x1B[2J\u{202E}`);
    expect(withIds.stdout).toContain(String.raw`t  Thesis \x1B[31mred\x1B[0m \u{202E}gnp.exe`);
    expect(withIds.stdout).toContain(String.raw`p  Oth\x9B31mer: Premise \x9B2J \u{2028} \u{2029} \x85 end`);
    const withoutIds = runBounded(['tree', '--no-ids', '--speaker', 'other', '--ascii', '-'], { input: HOSTILE_MAP });
    expect(withoutIds.code).toBe(0);
    const errors = runBounded(['tree', '-'], { input: RAW_ESCAPE_MAP });
    expect(errors).toMatchObject({ code: 1, stdout: '' });
    expect(errors.stderr).toContain(String.raw`  3 |   a: text \x1B[2J here`);
    for (const run of [withIds, withoutIds, errors]) expectSafeOutput(run);
  });

  it('export: DOT and SVG on standard output escaped, with ids and groups; errors reported on stderr escaped', () => {
    const runs = [
      runBounded(['export', '--format', 'dot', '--ids', '--group-by', 'tag', '-'], { input: HOSTILE_MAP }),
      runBounded(['export', '--format', 'dot', '--group-by', 'speaker', '-'], { input: HOSTILE_MAP }),
      runBounded(['export', '--format', 'svg', '--ids', '--group-by', 'tag', '--wrap', '200', '-'], { input: HOSTILE_MAP }),
    ];
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(runs[2]!.stdout).toContain(String.raw`>Thesis \x1B[31mred\x1B[0m \u{202E}gnp.exe</text>`);
    const errors = runBounded(['export', '-'], { input: RAW_ESCAPE_MAP });
    expect(errors).toMatchObject({ code: 1, stdout: '' });
    expect(errors.stderr).toContain(String.raw`  3 |   a: text \x1B[2J here`);
    for (const run of [...runs, errors]) expectSafeOutput(run);
  });
});
