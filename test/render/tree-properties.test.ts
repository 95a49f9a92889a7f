import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { indexMap, parseMap, renderTree, type ArgMap } from '../../src/index.js';
import { chooseRoots } from '../../src/render/tree/roots.js';
import { layoutRows } from '../../src/render/tree/layout.js';
import { loadDisplayWidth } from '../../src/text/width.js';

const FRAGMENTS = ['Plain words', 'a-very-long-unbroken-identifier-like-word-that-must-be-split', '東京は日本の首都である', '😀 🎉', '\u001b[2J', '\u202Eevil', '\u009b31m', 'tab\there', 'new\nline', 'café'];

/**
 * A random map: statements with awkward text, and arguments of every kind
 * between them: cycles of support, shared premises, and undercuts aimed at
 * any argument, before or after them, so rings of undercuts come up often.
 * `selfUndercuts` picks undercuts to aim at themselves once parsed: the
 * parser may reject that, but the renderer must still cope with it.
 */
const randomMap = fc
  .record({
    texts: fc.array(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }),
    args: fc.array(
      fc.record({
        kind: fc.constantFrom('supports', 'attacks', 'undercuts', 'undercuts'),
        target: fc.nat(),
        premises: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 14 },
    ),
    theses: fc.uniqueArray(fc.nat({ max: 9 }), { maxLength: 2 }),
    selfUndercuts: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 2 }),
  })
  .map(({ texts, args, theses, selfUndercuts }) => {
    const count = texts.length;
    const lines = ['argmap: 1', 'statements:'];
    texts.forEach((parts, i) => lines.push(`  s${i}: ${JSON.stringify(parts.join(' '))}`));
    const valid = theses.filter((i) => i < count);
    if (valid.length > 0) lines.push(`theses: [${valid.map((i) => `s${i}`).join(', ')}]`);
    // Which arguments exist is settled first, so that an undercut may aim at any of them, itself excepted.
    const kept = args.flatMap((argument, k) => {
      const premises = [...new Set(argument.premises.map((i) => `s${i % count}`))];
      const target = argument.kind === 'undercuts' ? undefined : `s${argument.target % count}`;
      const usable = premises.filter((id) => id !== target);
      return usable.length === 0 ? [] : [{ kind: argument.kind, id: `a${k}`, target, aim: argument.target, premises: usable }];
    });
    const argumentLines = kept.flatMap((argument, k) => {
      let target = argument.target;
      if (target === undefined) {
        if (kept.length < 2) return [];
        const pick = argument.aim % (kept.length - 1);
        target = kept[pick >= k ? pick + 1 : pick]!.id;
      }
      return [`  ${argument.id}: { ${argument.kind}: ${target}, premises: [${argument.premises.join(', ')}] }`];
    });
    if (argumentLines.length > 0) lines.push('arguments:', ...argumentLines);
    return { yaml: `${lines.join('\n')}\n`, selfUndercuts };
  });

/** The map as parsed, then with the chosen undercuts turned on themselves; undefined when the YAML has errors. */
function modelOf({ yaml, selfUndercuts }: { yaml: string; selfUndercuts: number[] }): { parsed: ArgMap; map: ArgMap } | undefined {
  const { map: parsed, diagnostics } = parseMap(yaml, 'random.yaml');
  if (diagnostics.some((d) => d.severity === 'error')) return undefined;
  const undercuts = parsed.arguments.filter((argument) => argument.kind === 'undercut').map((argument) => argument.id);
  const self = new Set(selfUndercuts.filter((i) => i < undercuts.length).map((i) => undercuts[i]!));
  const turned = parsed.arguments.map((argument) => (self.has(argument.id) ? { ...argument, target: { ...argument.target, id: argument.id } } : argument));
  return { parsed, map: self.size === 0 ? parsed : { ...parsed, arguments: turned } };
}

/** Whether some argument is reached again by following the targets of undercuts. */
function hasUndercutRing(map: ArgMap): boolean {
  const targets = new Map(map.arguments.filter((argument) => argument.kind === 'undercut').map((argument) => [argument.id, argument.target.id]));
  for (const start of targets.keys()) {
    let id: string | undefined = targets.get(start);
    for (let steps = 0; id !== undefined && steps <= targets.size; steps++) {
      if (id === start) return true;
      id = targets.get(id);
    }
  }
  return false;
}

const GUIDES = /^(?:«\d+» )?[│├└─ ]*/u;
const ASCII_GUIDES = /^(?:<\d+> )?[|`\- ]*/;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// After the guides: a statement's id, or an argument's sign and id (ASCII's "- " goes with the guides).
const STATEMENT = /^(s\d+)(?: {2}(.*))?$/;
const ARGUMENT = /^(?:\+|(?:− )?(?:rebut|undermine|undercut)) (a\d+)(?: {2}(.*))?$/;
// A sign whose argument's id went to the next line.
const SIGN_ALONE = /^(?:\+|(?:− )?(?:rebut|undermine|undercut))$/;

/**
 * Fewest levels from a root to each statement and argument ("statement id" or
 * "argument id"), by relaxing every step until nothing changes: slow, and
 * independent of the renderer's breadth-first pass.
 */
function naiveLevels(map: ArgMap, roots: readonly { kind: string; id: string }[]): Map<string, number> {
  const levels = new Map(roots.map((root) => [`${root.kind} ${root.id}`, 0]));
  const step = (from: string, to: string, cost: number): boolean => {
    const level = levels.get(from);
    if (level === undefined || (levels.get(to) ?? Infinity) <= level + cost) return false;
    levels.set(to, level + cost);
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const argument of map.arguments) {
      const target = `${argument.kind === 'undercut' ? 'argument' : 'statement'} ${argument.target.id}`;
      if (step(target, `argument ${argument.id}`, 1)) changed = true;
      for (const premise of argument.premises) if (step(`argument ${argument.id}`, `statement ${premise.id}`, 0)) changed = true;
    }
  }
  return levels;
}

const runs = { maps: 0, parsed: 0, rings: 0, selfUndercuts: 0 };

describe('renderTree on random maps', () => {
  it('draws each statement and argument in full exactly once, within the width, with nothing unsafe', async () => {
    const displayWidth = await loadDisplayWidth();
    fc.assert(
      fc.property(randomMap, fc.integer({ min: 20, max: 100 }), fc.boolean(), (generated, width, ascii) => {
        runs.maps++;
        const model = modelOf(generated);
        if (model === undefined) return;
        const { map } = model;
        runs.parsed++;
        if (hasUndercutRing(model.parsed)) runs.rings++;
        if (map.arguments.some((argument) => argument.target.id === argument.id)) runs.selfUndercuts++;

        const result = renderTree(map, { width, displayWidth, ascii });
        const full = new Map<string, number>();
        const content = result.lines.map((line) => line.replace(ascii ? ASCII_GUIDES : GUIDES, ''));
        content.forEach((line, i) => {
          expect(displayWidth(result.lines[i]!)).toBeLessThanOrEqual(width);
          expect(result.lines[i]).not.toMatch(UNSAFE);
          // In full: the id, then two spaces and the rest (or the rest on the next line when it does not fit).
          // A back-reference starts with its mark instead ("↑ s1, above", "+ ↑ a1, above"), so it matches neither.
          const alone = SIGN_ALONE.test(line);
          const match = STATEMENT.exec(line) ?? ARGUMENT.exec(alone ? `${line} ${content[i + 1] ?? ''}` : line);
          if (match) full.set(match[1]!, (full.get(match[1]!) ?? 0) + 1);
        });
        for (const { id } of [...map.statements, ...map.arguments]) expect([id, full.get(id) ?? 0]).toEqual([id, 1]);
      }),
      { numRuns: 300 },
    );
  });

  it('lays out a bounded number of rows from any focus and depth: every tree ends', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(), fc.option(fc.nat({ max: 4 }), { nil: undefined }), (generated, pick, depth) => {
        const map = modelOf(generated)?.map;
        if (map === undefined) return;
        const ids = [...map.statements, ...map.arguments].map((entry) => entry.id);
        const index = indexMap(map);
        const premises = map.arguments.reduce((sum, argument) => sum + argument.premises.length, 0);
        // Each statement and argument is expanded at most once, each expansion adds its arguments or premises and undercuts.
        const bound = ids.length + map.arguments.length + premises;
        for (const focus of [undefined, ids[pick % ids.length]!]) {
          const { roots } = chooseRoots(map, index, focus);
          const rows = layoutRows(index, roots, depth ?? Infinity, undefined);
          expect(rows.length).toBeLessThanOrEqual(bound);
          expect(renderTree(map, { focus, depth }).lines.length).toBeGreaterThan(0);
          if (depth === undefined) continue;
          // With a limit: in full once is whatever lies within it by its shortest way from a root, and a reference points to it.
          const key = (row: { kind: string; id: string }) => `${row.kind} ${row.id}`;
          const levels = naiveLevels(map, roots);
          const within = [...levels].filter(([, level]) => level <= depth).map(([item]) => item);
          const full = rows.filter((row) => row.shown === 'full').map(key);
          expect(full.sort()).toEqual(within.sort());
          rows.forEach((row, i) => {
            const at = rows.findIndex((other) => other.shown === 'full' && key(other) === key(row));
            if (row.shown === 'later') expect(at).toBeGreaterThan(i);
            if (row.shown === 'seen' || row.shown === 'cycle') expect(at).toBeLessThan(i);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  afterAll(() => {
    // The generator must mostly make valid maps, with rings of undercuts (in the YAML) and self-undercuts among them, or the properties prove little.
    expect(runs.maps).toBe(300);
    expect(runs.parsed / runs.maps).toBeGreaterThanOrEqual(0.9);
    expect(runs.rings / runs.parsed).toBeGreaterThanOrEqual(0.1);
    expect(runs.selfUndercuts / runs.parsed).toBeGreaterThanOrEqual(0.1);
  });
});
