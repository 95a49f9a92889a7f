import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { argmapJsonSchema, parseMap } from '../src/index.js';

const committed = JSON.parse(readFileSync(new URL('../schema/argmap.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);

describe('schema/argmap.schema.json', () => {
  it('is the schema generated from the parser\'s field tables (run `npm run schema` after changing them)', () => {
    expect(committed).toEqual(argmapJsonSchema());
  });

  it('accepts the maps that the parser accepts', () => {
    for (const file of ['../maps/example.yaml']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(parseMap(text).diagnostics).toEqual([]);
      expect(validate(load(text)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects what the parser rejects for shape: unknown keys, wrong types, two targets, a bad id', () => {
    const bad = [
      'argmap: 1\nstatements: {a: {text: A, qoute: x}}\n',
      'argmap: 1\nstatements: {a: {text: A, implicit: yes}}\n',
      'argmap: 2\nstatements: {a: A}\n',
      'argmap: 1\nstatements: {a: A, b: B}\narguments: {r: {supports: a, attacks: a, premises: [b]}}\n',
      'argmap: 1\nstatements: {"a b": A}\n',
      'argmap: 1\n',
    ];
    for (const text of bad) {
      expect(parseMap(text).diagnostics.length, text).toBeGreaterThan(0);
      expect(validate(load(text)), text).toBe(false);
    }
  });
});
