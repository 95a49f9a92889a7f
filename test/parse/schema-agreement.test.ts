import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { argmapJsonSchema, parseMap } from '../../src/index.js';

// The generated schema, as an editor would use it.
const validate = new Ajv({ allErrors: true, strict: false }).compile(argmapJsonSchema());
const schemaAccepts = (text: string): boolean => validate(load(text)) === true;
const parserAccepts = (text: string): boolean => !parseMap(text).diagnostics.some((d) => d.severity === 'error');

const base = 'argmap: 1\nstatements:\n  a: A\n  b: B\narguments:\n  r: { supports: a, premises: [b] }\n';

const mapsDir = new URL('../../maps/', import.meta.url);
const shippedMaps = readdirSync(mapsDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name): [string, string] => [`maps/${name}`, readFileSync(new URL(name, mapsDir), 'utf8')]);

const valid: [string, string][] = [
  ...shippedMaps,
  ['the smallest map', 'argmap: 1\nstatements: {a: A}\n'],
  ['an empty theses list (the same as none)', `${base}theses: []\n`],
  ['empty quote and tag lists', 'argmap: 1\nstatements:\n  a: { text: A, quote: [], tags: [] }\n'],
  ['text with white space around it', 'argmap: 1\nstatements:\n  a: { text: "  A  ", quote: [" x "], tags: [" t"] }\n'],
  ['a number as text', 'argmap: 1\nstatements:\n  a: 42\n'],
  ['a well-formed rule id that is no rule (a warning, later)', `${base}checks: { no-such-rule: off }\n`],
  ['a Unicode id', 'argmap: 1\nstatements: {é-1: A}\n'],
  ['said-by and endorsed-by, one id or a list', `${base.replace('  a: A\n', '  a: { text: A, said-by: s, endorsed-by: [s, t] }\n')}speakers: {s: S, t: T}\n`],
  ['empty said-by and endorsed-by lists (the same as none)', 'argmap: 1\nspeakers: {s: S}\nstatements:\n  a: { text: A, said-by: [], endorsed-by: [] }\n'],
  ['an act, and quotes as text and as { text, act }', 'argmap: 1\nstatements:\n  a: { text: A, act: ironic, quote: [x, { text: y, act: hypothetical }] }\n'],
  ['one quote as a mapping', 'argmap: 1\nstatements:\n  a: { text: A, quote: { text: y } }\n'],
  ['an argument that supports (backs) an argument, endorsed', `${base}  k: { supports: r, premises: [a], endorsed-by: s }\nspeakers: {s: S}\n`],
  ['an id of 150 astral characters (300 UTF-16 units, 150 characters)', `argmap: 1\nstatements: {${'𝐀'.repeat(150)}: A}\n`],
];

const invalid: [string, string][] = [
  ['an id of 201 astral characters', `argmap: 1\nstatements: {${'𝐀'.repeat(201)}: A}\n`],
  ['supports is a list', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: [a, b], premises: [b] }\n'],
  ['supports is a number', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: 3, premises: [b] }\n'],
  ['supports is a mapping', 'argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: { supports: {a: 1}, premises: [b] }\n'],
  ['a blank quote', 'argmap: 1\nstatements:\n  a: { text: A, quote: "  " }\n'],
  ['a blank quote in a list', 'argmap: 1\nstatements:\n  a: { text: A, quote: [x, " "] }\n'],
  ['a blank tag', 'argmap: 1\nstatements:\n  a: { text: A, tags: [t, ""] }\n'],
  ['a null tag', 'argmap: 1\nstatements:\n  a: { text: A, tags: [t, ~] }\n'],
  ['blank text', 'argmap: 1\nstatements:\n  a: { text: "  " }\n'],
  ['empty text', 'argmap: 1\nstatements:\n  a: { text: }\n'],
  ['a blank shorthand statement', 'argmap: 1\nstatements:\n  a: " "\n'],
  ['a blank speaker name', 'argmap: 1\nspeakers: {s: "\\t"}\nstatements: {a: A}\n'],
  ['a blank title', 'argmap: 1\ntitle: " "\nstatements: {a: A}\n'],
  ['empty premises', 'argmap: 1\nstatements: {a: A}\narguments:\n  r: { supports: a, premises: [] }\n'],
  ['an upper-case rule id', `${base}checks: { Single-Premise: off }\n`],
  ['a rule id with a space', `${base}checks: { "single premise": off }\n`],
  ['a thesis that is not an id', `${base}theses: ["a b"]\n`],
  ['a null item in a contradiction', `${base}contradictions: [[a, ~]]\n`],
  ['an unknown act', 'argmap: 1\nstatements:\n  a: { text: A, act: irony }\n'],
  ['an unknown act on a quote', 'argmap: 1\nstatements:\n  a: { text: A, quote: [{ text: y, act: irony }] }\n'],
  ['a quote mapping without text', 'argmap: 1\nstatements:\n  a: { text: A, quote: [{ act: ironic }] }\n'],
  ['a quote mapping with an unknown key', 'argmap: 1\nstatements:\n  a: { text: A, quote: { text: y, txt: z } }\n'],
  ['a quote that is a list in a list', 'argmap: 1\nstatements:\n  a: { text: A, quote: [[y]] }\n'],
  ['said-by is a number', 'argmap: 1\nspeakers: {s: S}\nstatements:\n  a: { text: A, said-by: 3 }\n'],
  ['endorsed-by holds a mapping', 'argmap: 1\nspeakers: {s: S}\nstatements:\n  a: { text: A, endorsed-by: [{s: 1}] }\n'],
  ['act on an argument', `${base.replace('premises: [b] }', 'premises: [b], act: ironic }')}`],
  ['said-by on an argument', `${base.replace('premises: [b] }', 'premises: [b], said-by: s }')}speakers: {s: S}\n`],
  ['an id too long', `argmap: 1\nstatements: {${'a'.repeat(201)}: A}\n`],
];

describe('the parser and the JSON Schema agree', () => {
  it.each(valid)('both accept %s', (_name, text) => {
    expect(parserAccepts(text), JSON.stringify(parseMap(text).diagnostics)).toBe(true);
    expect(schemaAccepts(text), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(invalid)('both reject %s', (_name, text) => {
    expect(parserAccepts(text)).toBe(false);
    expect(schemaAccepts(text)).toBe(false);
  });
});
