import fc from 'fast-check';
import type { ArgMap, Argument, ArgumentKind, Statement } from '../../src/index.js';

/** Maps built as data, for evaluation tests: any ids, any shape, no YAML. */
const span = { start: 0, end: 0 };
const ref = (id: string) => ({ id, span });

export function statementOf(id: string, weight?: number): Statement {
  return { id, span, text: id, textSpan: span, quotes: [], tags: [], implicit: false, ...(weight === undefined ? {} : { weight }) };
}

export function argumentOf(id: string, kind: ArgumentKind, target: string, premises: string[], weight?: number): Argument {
  return { id, span, kind, target: ref(target), premises: premises.map(ref), ...(weight === undefined ? {} : { weight }) };
}

export function mapOf(statements: Statement[], args: Argument[], contradictions: [string, string][] = []): ArgMap {
  return {
    file: 'test',
    version: 1,
    speakers: [],
    theses: [],
    statements,
    arguments: args,
    contradictions: contradictions.map(([a, b]) => ({ span, between: [ref(a), ref(b)] })),
    checks: [],
  };
}

/**
 * An abstract framework as a map: every argument a statement, every attack
 * a → b an argument with premise a that attacks b.
 */
export function frameworkMap(names: string[], attacks: [string, string][]): ArgMap {
  return mapOf(
    names.map((name) => statementOf(name)),
    attacks.map(([from, to], i) => argumentOf(`attack-${i}`, 'attack', to, [from])),
  );
}

/** A bipolar argumentation graph as a map: base scores as weights, each attack or support an argument of weight 1 with one premise. */
export function bagMap(bases: Record<string, number>, attacks: [string, string][], supports: [string, string][]): ArgMap {
  return mapOf(
    Object.entries(bases).map(([name, base]) => statementOf(name, base)),
    [
      ...attacks.map(([from, to], i) => argumentOf(`attack-${i}`, 'attack', to, [from])),
      ...supports.map(([from, to], i) => argumentOf(`support-${i}`, 'support', to, [from])),
    ],
  );
}

/** Random maps of every shape: cycles, self-attacks, linked premises, undercuts, contradictions. */
export const arbitraryMap = fc
  .record({ statements: fc.integer({ min: 1, max: 12 }), argumentCount: fc.integer({ min: 0, max: 14 }) })
  .chain(({ statements, argumentCount }) => {
    const statementId = fc.integer({ min: 0, max: statements - 1 }).map((i) => `s${i}`);
    const argument = fc.record({
      kind: fc.constantFrom<ArgumentKind>('support', 'support', 'attack', 'undercut'),
      target: fc.integer({ min: 0, max: statements + argumentCount }),
      premises: fc.array(statementId, { minLength: 1, maxLength: 3 }),
    });
    return fc.record({
      statements: fc.constant(statements),
      args: fc.array(argument, { minLength: argumentCount, maxLength: argumentCount }),
      contradictions: fc.array(fc.tuple(statementId, statementId), { maxLength: 3 }),
    });
  })
  .map(({ statements, args, contradictions }) =>
    mapOf(
      Array.from({ length: statements }, (_, i) => statementOf(`s${i}`)),
      args.map(({ kind, target, premises }, i) => {
        // Undercuts aim at arguments, the rest at statements.
        const aim = kind === 'undercut' ? `a${target % Math.max(1, args.length)}` : `s${target % statements}`;
        return argumentOf(`a${i}`, kind, aim, premises);
      }),
      contradictions,
    ),
  );

/** An argument that backs another (`supports:` an argument id), as the parser marks it. */
export function backingOf(id: string, target: string, premises: string[], weight?: number): Argument {
  return { ...argumentOf(id, 'support', target, premises, weight), backing: true };
}

/** A generated map, and the same map with backings added: each aimed at one of its arguments, from one of its statements. */
export const arbitraryBacking = arbitraryMap.chain((map) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 })
    .map((picks) => {
      if (map.arguments.length === 0) return { map, backed: map };
      const backings = picks.map(([target, premise], i) =>
        // Backings may be backed in turn: the later ones may aim at the earlier.
        backingOf(`b${i}`, i > 0 && target % 3 === 0 ? `b${target % i}` : map.arguments[target % map.arguments.length]!.id, [map.statements[premise % map.statements.length]!.id]),
      );
      return { map, backed: { ...map, arguments: [...map.arguments, ...backings] } };
    }),
);
