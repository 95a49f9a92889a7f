import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { claimText, importArgdown, mapToArgdown } from '../../src/interchange/argdown/index.js';
import { parseMap } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const ARGDOWN = join(ROOT, '..', 'shared', 'corpora', 'argdown');

interface Expected {
  statements: Record<string, { members: { text?: string }[] }>;
  arguments: Record<string, { pcs: unknown[] }>;
  relations: { from: string; to: string; relationType: string; fromType: string; toType: string }[];
}

function imported(text: string, file: string) {
  const outcome = importArgdown(text, file);
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { map, diagnostics } = parseMap(dump(outcome.document), file);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return map;
}

describe.skipIf(!existsSync(ARGDOWN))(`Argdown import on Argdown's own files${existsSync(ARGDOWN) ? '' : ` (skipped: ${ARGDOWN} is absent)`}`, () => {
  const status = existsSync(ARGDOWN) ? readFileSync(join(ARGDOWN, 'expected-json', 'STATUS-argdown-1.7.5.txt'), 'utf8').split('\n') : [];
  const readable = status.filter((line) => line.endsWith(' ok')).map((line) => line.slice(0, -3));
  // Argdown's CLI reads these two with its own preprocessing (an @include, a file of front matter only).
  const cliOnly = new Set(['files/packages/argdown-cli/test/include-test.argdown', 'docs-snippets/syntax__README__59.argdown']);

  it('reads the 220 files Argdown reads', () => {
    expect(readable).toHaveLength(220);
  });

  it.each(readable.filter((file) => !cliOnly.has(file)))('%s: the statements, arguments and relations Argdown finds', (file) => {
    const map = imported(readFileSync(join(ARGDOWN, file), 'utf8'), file);
    const expected = JSON.parse(readFileSync(join(ARGDOWN, 'expected-json', file.replace(/\.(argdown|ad)$/, '.json')), 'utf8')) as Expected;
    const withStructure = Object.values(expected.arguments).filter((a) => a.pcs.length > 0).length;
    // Each statement, and each argument without a structure (as the claim it makes), is a statement.
    expect(map.statements.length).toBe(Object.keys(expected.statements).length + Object.keys(expected.arguments).length - withStructure);
    // Each argument with a structure is an argument (with one more per intermediary conclusion).
    expect(map.arguments.filter((a) => !a.id.includes('-supports-') && !a.id.includes('-attacks-') && !a.id.includes('-undercuts-')).length).toBeGreaterThanOrEqual(withStructure);
    // Each support or attack between two statements is an argument from the one to the other.
    const texts = new Map(map.statements.map((s) => [s.id, s.text]));
    const pairs = new Set(map.arguments.flatMap((a) => a.premises.map((p) => `${a.kind}:${texts.get(p.id)}→${texts.get(a.target.id)}`)));
    const textOf = (title: string) => expected.statements[title]?.members.map((m) => claimText(m.text)).find((t) => t) ?? title;
    for (const relation of expected.relations) {
      if (relation.fromType !== 'equivalence-class' || relation.toType !== 'equivalence-class' || !['support', 'attack'].includes(relation.relationType)) continue;
      expect(pairs, `${relation.relationType} ${relation.from} → ${relation.to}`).toContain(`${relation.relationType}:${textOf(relation.from)}→${textOf(relation.to)}`);
    }
    const contrary = expected.relations.filter((r) => r.relationType === 'contrary' || r.relationType === 'contradictory').length;
    expect(map.contradictions.length).toBe(contrary);
  });
});

describe('Argdown round trip', () => {
  it('export then import gives back the example map and the article map: statements, arguments, contradictions', () => {
    const backed = 'argmap: 1\nstatements: {t: T, p: P, r: R, u: U}\narguments:\n  main: { supports: t, premises: [p] }\n  back: { supports: main, premises: [r] }\n  cut: { undercuts: main, premises: [u] }\n  back2: { supports: back, premises: [u] }\n';
    for (const path of ['maps/example.yaml', 'maps/unilateral-concessions.yaml', 'a backed argument']) {
      const { map } = parseMap(path.endsWith('.yaml') ? readFileSync(path, 'utf8') : backed, path);
      const back = imported(mapToArgdown(map), path);
      const shape = (m: typeof map) => {
        const text = new Map(m.statements.map((s) => [s.id, s.text]));
        const argumentKey = (id: string) => {
          const a = m.arguments.find((x) => x.id === id)!;
          return `${a.kind}(${a.premises.map((p) => text.get(p.id)).sort().join('+')})`;
        };
        return {
          statements: [...text.values()].sort(),
          arguments: m.arguments.map((a) => `${argumentKey(a.id)} → ${a.kind === 'undercut' || a.backing ? argumentKey(a.target.id) : text.get(a.target.id)}`).sort(),
          contradictions: m.contradictions.map((c) => c.between.map((r) => text.get(r.id)).sort().join(' ⊥ ')).sort(),
        };
      };
      expect(shape(back), path).toEqual(shape(map));
    }
  });
});
