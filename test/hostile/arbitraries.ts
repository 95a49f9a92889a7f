/**
 * fast-check generators for the whole-pipeline fuzz: hostile text, valid maps
 * full of it, and those maps mutated (keys dropped, types changed, ids
 * swapped, text replaced).
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { SCHEMES } from '../../src/check/schemes.js';
import { HOSTILE } from '../render/graphviz/hostile.js';

/** Characters that terminals, bidi rendering, YAML, DOT, HTML-like labels or Graphviz's escapes read into. */
const HOSTILE_CHARS = [
  '\u001b', '[', '2', 'J', ']', ';', '\u0007', '\u009b', '\u0085', '\u0000', '\u007f', '\b', '\r', '\n', '\t', ' ',
  '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u3000',
  '\ud800', '\udfff', '\ufffe', '\uffff', '\\', 'N', 'l', 'G', 'n', '<', '>', '&', '"', "'", '{', '}', '#', ':', '-', '*', '!', '|',
  'é', 'e\u0301', '漢', '😀', '👨‍👩‍👧', '🇫🇷', 'x',
];

/** Whole sequences worth trying as they are. */
const SEQUENCES = [
  ...HOSTILE,
  '\u001b[2J\u001b[H',
  '\u001b]0;owned\u0007',
  '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31m',
  'user\u202egnp.exe',
  '&lt;b&gt; &#x5C; &amp;amp;',
  '<<table>>',
  '\\N\\G\\l\\r\\L\\"',
];

export const hostileText = fc.oneof(
  // An array joined rather than fc.string({ unit }): the same strings, without fast-check's costly string slicing.
  fc.array(fc.constantFrom(...HOSTILE_CHARS), { maxLength: 30 }).map((chars) => chars.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...SEQUENCES),
);

const hostileOrPlain = fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: fc.constantFrom('plain words', 'A claim.') });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const scheme = fc.oneof(fc.constantFrom(...SCHEMES.map((entry) => entry.id)), hostileText);

/** A map as plain data, the way js-yaml reads one: any text anywhere text goes, valid ids and references. */
export const validMapObject = fc
  .record({
    statements: fc.integer({ min: 1, max: 8 }),
    speakers: fc.array(hostileOrPlain, { maxLength: 3 }),
  })
  .chain(({ statements: n, speakers }) =>
    fc.record({
      title: maybe(hostileOrPlain),
      source: maybe(fc.record({ title: maybe(hostileText), author: maybe(hostileText), date: maybe(hostileText) })),
      speakers: fc.constant(speakers),
      author: speakers.length === 0 ? fc.constant(undefined) : maybe(fc.nat(speakers.length - 1)),
      theses: fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 }),
      statements: fc.array(
        fc.record({
          text: hostileOrPlain,
          quote: maybe(hostileText),
          tags: fc.array(hostileOrPlain, { maxLength: 2 }),
          note: maybe(hostileText),
          implicit: fc.boolean(),
          speaker: speakers.length === 0 ? fc.constant(undefined) : maybe(fc.nat(speakers.length - 1)),
        }),
        { minLength: n, maxLength: n },
      ),
      arguments: fc.array(
        fc.record({
          kind: fc.constantFrom('supports', 'attacks', 'undercuts'),
          target: fc.nat(),
          premises: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
          title: maybe(hostileOrPlain),
          scheme: maybe(scheme),
          note: maybe(hostileText),
        }),
        { maxLength: 8 },
      ),
      contradictions: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 }),
    }),
  )
  .map((spec) => {
    const map: Record<string, unknown> = { argmap: 1 };
    if (spec.title !== undefined) map.title = spec.title;
    if (spec.source) map.source = withoutUndefined(spec.source);
    if (spec.speakers.length > 0) {
      map.speakers = Object.fromEntries(
        spec.speakers.map((name, i) => [`p${i}`, { name, role: i === spec.author ? 'author' : 'cited' }]),
      );
    }
    map.statements = Object.fromEntries(
      spec.statements.map((statement, i) => [
        `s${i}`,
        withoutUndefined({ ...statement, speaker: statement.speaker === undefined ? undefined : `p${statement.speaker}` }),
      ]),
    );
    if (spec.theses.length > 0) map.theses = spec.theses.map((i) => `s${i}`);
    const args: Record<string, unknown> = {};
    spec.arguments.forEach((argument, k) => {
      const made = Object.keys(args);
      const target = argument.kind === 'undercuts' ? made[argument.target % Math.max(1, made.length)] : `s${argument.target % spec.statements.length}`;
      const premises = argument.premises.map((i) => `s${i}`).filter((id) => id !== target);
      if (target === undefined || premises.length === 0) return;
      args[`a${k}`] = withoutUndefined({ [argument.kind]: target, premises, title: argument.title, scheme: argument.scheme, note: argument.note });
    });
    if (Object.keys(args).length > 0) map.arguments = args;
    const pairs = spec.contradictions.filter(([a, b]) => a !== b).map(([a, b]) => [`s${a}`, `s${b}`]);
    if (pairs.length > 0) map.contradictions = pairs;
    return map;
  });

function withoutUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** YAML text for a map object: every string quoted and escaped by js-yaml, nothing shared by anchors. */
export const toYaml = (map: unknown): string => dump(map, { noRefs: true, lineWidth: -1 });

type Mutation =
  | { kind: 'drop'; path: number[] }
  | { kind: 'set'; path: number[]; value: unknown }
  | { kind: 'rename'; path: number[]; name: string }
  | { kind: 'swap'; path: number[]; other: number[] };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
const anyValue = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }), fc.dictionary(hostileText, hostileText, { maxKeys: 3 }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), path }),
  fc.record({ kind: fc.constant('set' as const), path, value: anyValue }),
  fc.record({ kind: fc.constant('rename' as const), path, name: fc.oneof(hostileText, fc.constantFrom('s0', 'a0', 'p0', 'text', 'premises', '__proto__', 'supports', 'undercuts')) }),
  fc.record({ kind: fc.constant('swap' as const), path, other: path }),
);

/** A valid map with one to six mutations applied: what a careless edit or a buggy script makes. */
export const mutatedMapObject = fc.tuple(validMapObject, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([map, mutations]) => {
  for (const change of mutations) mutate(map, change);
  return map;
});

/** Where a path of indexes leads: the container and the key there, or undefined past a leaf. */
function locate(root: unknown, indexes: number[]): { container: Record<string, unknown>; key: string } | undefined {
  let node = root;
  for (let depth = 0; depth < indexes.length; depth++) {
    if (node === null || typeof node !== 'object') return undefined;
    const keys = Object.keys(node);
    if (keys.length === 0) return undefined;
    const key = keys[indexes[depth]! % keys.length]!;
    if (depth === indexes.length - 1) return { container: node as Record<string, unknown>, key };
    node = (node as Record<string, unknown>)[key];
  }
  return undefined;
}

function mutate(root: Record<string, unknown>, change: Mutation): void {
  const at = locate(root, change.path);
  if (!at) return;
  const { container, key } = at;
  if (change.kind === 'drop') delete container[key];
  else if (change.kind === 'set') container[key] = change.value;
  else if (change.kind === 'rename' && !Array.isArray(container)) {
    const value = container[key];
    delete container[key];
    // defineProperty: a key named __proto__ becomes an own key, as js-yaml would read it.
    Object.defineProperty(container, change.name, { value, enumerable: true, writable: true, configurable: true });
  } else if (change.kind === 'swap') {
    // Ids and references trade places: a premise becomes a target, a statement an argument.
    const other = locate(root, change.other);
    if (!other || other.container === container) return;
    const value = container[key];
    container[key] = other.container[other.key];
    other.container[other.key] = value;
  }
}
