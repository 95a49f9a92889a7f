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

/**
 * docs/format.md walks through maps/example.yaml as the map "that uses every
 * construct", so every key the schema names must occur in it somewhere: at
 * the same place (a statement's `act`, a quote's `act`, `source.url`…).
 * Paths name ids as `*` and leave out list positions and alternatives.
 */
type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
};

function schemaKeyPaths(schema: SchemaNode, path: string, paths: Set<string>): Set<string> {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    paths.add(`${path}${key}`);
    schemaKeyPaths(child, `${path}${key}.`, paths);
  }
  if (typeof schema.additionalProperties === 'object') schemaKeyPaths(schema.additionalProperties, `${path}*.`, paths);
  if (schema.items) schemaKeyPaths(schema.items, path, paths);
  for (const alternative of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) schemaKeyPaths(alternative, path, paths);
  return paths;
}

function usedKeyPaths(schema: SchemaNode, value: unknown, path: string, paths: Set<string>): Set<string> {
  for (const alternative of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) usedKeyPaths(alternative, value, path, paths);
  if (Array.isArray(value)) {
    if (schema.items) for (const item of value) usedKeyPaths(schema.items, item, path, paths);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const keySchema = schema.properties?.[key];
      if (keySchema) {
        paths.add(`${path}${key}`);
        usedKeyPaths(keySchema, child, `${path}${key}.`, paths);
      } else if (typeof schema.additionalProperties === 'object') {
        usedKeyPaths(schema.additionalProperties, child, `${path}*.`, paths);
      }
    }
  }
  return paths;
}

describe('maps/example.yaml', () => {
  const example = load(readFileSync(new URL('../maps/example.yaml', import.meta.url), 'utf8'));

  it('uses every key of the format at least once, where the format puts it', () => {
    const used = usedKeyPaths(committed, example, '', new Set());
    const missing = [...schemaKeyPaths(committed, '', new Set())].filter((path) => !used.has(path));
    expect(missing).toEqual([]);
  });

  it('is held to it: a key the example lacks is reported by its path', () => {
    const schema: SchemaNode = { properties: { statements: { additionalProperties: { anyOf: [{}, { properties: { text: {}, act: {} } }] } } } };
    const used = usedKeyPaths(schema, { statements: { a: 'A', b: { text: 'B' } } }, '', new Set());
    expect([...schemaKeyPaths(schema, '', new Set())].filter((path) => !used.has(path))).toEqual(['statements.*.act']);
  });
});
