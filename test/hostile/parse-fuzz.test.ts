import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/index.js';

const example = load(readFileSync(new URL('../../maps/example.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every reference in the model must resolve: the invariant renderers rely on. */
function expectResolvable(text: string): void {
  const { map, diagnostics } = parseMap(text, 'fuzz.yaml');
  for (const diagnostic of diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(typeof diagnostic.message).toBe('string');
  }
  const statements = new Set(map.statements.map((s) => s.id));
  const args = new Set(map.arguments.map((a) => a.id));
  for (const thesis of map.theses) expect(statements.has(thesis.id)).toBe(true);
  for (const argument of map.arguments) {
    expect(argument.premises.length).toBeGreaterThan(0);
    for (const premise of argument.premises) expect(statements.has(premise.id)).toBe(true);
    // A support aimed at an argument backs it (the example map has one); any other support or attack aims at a statement.
    const target = argument.target.id;
    if (argument.kind === 'undercut') expect(args.has(target) || statements.has(target)).toBe(true);
    else expect(argument.backing === true && argument.kind === 'support' ? args.has(target) : statements.has(target)).toBe(true);
  }
}

// A mutation: a path into the example map and what to do there.
const mutation = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  action: fc.oneof(
    fc.constant({ kind: 'drop' as const }),
    fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 })) }),
    fc.record({ kind: fc.constant('rename' as const), name: fc.string({ unit: 'binary', maxLength: 12 }) }),
  ),
});

function mutate(root: Record<string, unknown>, path: number[], action: fc.Arbitrary<unknown> extends never ? never : { kind: 'drop' } | { kind: 'set'; value: unknown } | { kind: 'rename'; name: string }): void {
  let node: unknown = root;
  for (let depth = 0; depth < path.length; depth++) {
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[path[depth]! % keys.length]!;
    const container = node as Record<string, unknown>;
    if (depth === path.length - 1) {
      if (action.kind === 'drop') delete container[key];
      else if (action.kind === 'set') container[key] = action.value;
      else if (!Array.isArray(container)) {
        const value = container[key];
        delete container[key];
        // Assigning to "__proto__" (fast-check tries it) would set the prototype, which js-yaml cannot dump.
        Object.defineProperty(container, action.name, { value, enumerable: true, writable: true, configurable: true });
      }
      return;
    }
    node = container[key];
  }
}

describe('parseMap never throws, and what it returns always resolves', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectResolvable(text)), { numRuns: 1500 });
  });

  it('on YAML-shaped noise', () => {
    const token = fc.constantFrom('argmap: 1\n', 'statements:\n', '  a: A\n', '  b: { text: B }\n', 'arguments:\n', '  r: { supports: a, premises: [b] }\n', '  u: { undercuts: r, premises: [a] }\n', 'theses: [a]\n', '- ', '[', ']', '{', '}', ': ', '&x ', '*x', '<<: ', '!!str ', '"', "'", '\t', '\n', '---\n', '#', '?', '|\n', '>\n', '  ');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (tokens) => expectResolvable(tokens.join(''))), { numRuns: 1500 });
  });

  it('on the example map with keys dropped, types changed, ids renamed and text replaced', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const copy = structuredClone(example);
        for (const { path, action } of mutations) mutate(copy, path, action);
        expectResolvable(dump(copy));
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves Object.prototype untouched', () => {
    parseMap('argmap: 1\n__proto__: { polluted: true }\nstatements:\n  __proto__: { text: P, polluted: yes }\n  constructor: { text: C }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
