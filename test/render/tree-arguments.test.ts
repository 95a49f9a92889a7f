import { describe, expect, it } from 'vitest';
import { renderTree, type ArgMap } from '../../src/index.js';
import { yaml } from '../helpers.js';
import { parsed, tree } from './tree-helpers.js';


// a and b undercut each other; no thesis reaches either.
const twoRing = yaml`
  argmap: 1
  theses: [t]
  statements: { t: T., p: P., q: Q., r: R. }
  arguments:
    s: { supports: t, premises: [p] }
    a: { undercuts: b, premises: [q] }
    b: { undercuts: a, premises: [r] }
`;

// a ← b ← c ← a (each undercuts the next), and d undercuts b from outside the ring.
const threeRing = yaml`
  argmap: 1
  statements: { p: P., q: Q., r: R., x: X. }
  arguments:
    d: { undercuts: b, premises: [x] }
    a: { undercuts: c, premises: [p] }
    b: { undercuts: a, premises: [q] }
    c: { undercuts: b, premises: [r] }
`;

describe('renderTree on arguments that undercut each other', () => {
  it('draws a ring of two under "Not under any thesis:", cut where it comes back', () => {
    const result = renderTree(parsed(twoRing));
    expect(result.detached).toEqual(['a']);
    expect(result.lines).toEqual([
      't  T.',
      '└─ + s',
      '   └─ p  P.',
      '',
      'Not under any thesis:',
      '',
      '− undercut a  → b',
      '├─ q  Q.',
      '└─ − undercut b',
      '   ├─ r  R.',
      '   └─ − undercut ↺ a, cycle, above',
    ]);
    expect(tree(twoRing, { ids: false, ascii: true }).slice(6)).toEqual([
      '- undercut a  -> b',
      '|- Q.',
      '`- - undercut b',
      '   |- R.',
      '   `- - undercut ^ a, cycle, above',
    ]);
  });

  it('draws a ring of three from its first argument in file order, with what hangs off it', () => {
    const result = renderTree(parsed(threeRing));
    expect(result.rootsFrom).toBe('inferred');
    expect(result.lines).toEqual([
      '− undercut a  → c',
      '├─ p  P.',
      '└─ − undercut b',
      '   ├─ q  Q.',
      '   ├─ − undercut d',
      '   │  └─ x  X.',
      '   └─ − undercut c',
      '      ├─ r  R.',
      '      └─ − undercut ↺ a, cycle, above',
    ]);
  });

  it('terminates with --focus on any argument of a ring, and with --depth', () => {
    expect(tree(twoRing, { focus: 'b' })).toEqual([
      '− undercut b  → a',
      '├─ r  R.',
      '└─ − undercut a',
      '   ├─ q  Q.',
      '   └─ − undercut ↺ b, cycle, above',
    ]);
    expect(tree(threeRing, { focus: 'c' })).toEqual([
      '− undercut c  → b',
      '├─ r  R.',
      '└─ − undercut a',
      '   ├─ p  P.',
      '   └─ − undercut b',
      '      ├─ q  Q.',
      '      ├─ − undercut d',
      '      │  └─ x  X.',
      '      └─ − undercut ↺ c, cycle, above',
    ]);
    expect(tree(threeRing, { focus: 'c', depth: 1 })).toEqual(['− undercut c  → b', '├─ r  R.', '└─ − undercut a', '   … 1 more argument', '   └─ p  P.']);
  });

  it('cuts a focused argument where its own target leads back to it', () => {
    // Focused on a, its target t comes back below it, and under t comes a again.
    const map = parsed(yaml`
      argmap: 1
      statements: { t: T., p: P. }
      arguments:
        a: { supports: t, premises: [p] }
        x: { undercuts: a, premises: [t] }
    `);
    expect(renderTree(map, { focus: 'a' }).lines).toEqual([
      '+ a  → t',
      '├─ p  P.',
      '└─ − undercut x',
      '   └─ t  T.',
      '      └─ + ↺ a, cycle, above',
    ]);
  });

  it('does not hang on an argument that undercuts itself, given through the library', () => {
    // The parser may reject this; the renderer must still draw it and stop.
    const base = parsed('argmap: 1\nstatements: { p: P. }\narguments:\n  a: { undercuts: b, premises: [p] }\n  b: { undercuts: a, premises: [p] }\n');
    const map: ArgMap = { ...base, arguments: [{ ...base.arguments[0]!, target: { ...base.arguments[0]!.target, id: 'a' } }] };
    expect(renderTree(map).lines).toEqual(['− undercut a  → a', '├─ p  P.', '└─ − undercut ↺ a, cycle, above']);
    expect(renderTree(map, { focus: 'a' }).lines).toEqual(['− undercut a  → a', '├─ p  P.', '└─ − undercut ↺ a, cycle, above']);
  });
});

describe('renderTree detached roots', () => {
  it('shows an argument aimed at a ring no thesis reaches, once, under the ring', () => {
    const map = parsed(yaml`
      argmap: 1
      theses: [t]
      statements: { t: T., p: P., q: Q., r: R. }
      arguments:
        late: { undercuts: a, premises: [p] }
        a: { undercuts: b, premises: [q] }
        b: { undercuts: a, premises: [r] }
    `);
    expect(renderTree(map).lines).toEqual([
      't  T.',
      '',
      'Not under any thesis:',
      '',
      '− undercut a  → b',
      '├─ q  Q.',
      '├─ − undercut late',
      '│  └─ p  P.',
      '└─ − undercut b',
      '   ├─ r  R.',
      '   └─ − undercut ↺ a, cycle, above',
    ]);
  });

  it('keeps the "Not under any thesis:" heading when --speaker or --tag leaves no thesis', () => {
    const map = parsed(yaml`
      argmap: 1
      title: Filtered
      speakers: { them: { name: Them, role: cited } }
      theses: [t]
      statements:
        t: T.
        p: P.
        c: { text: C., speaker: them, tags: [x] }
        d: D.
      arguments:
        a: { supports: t, premises: [p] }
        r: { attacks: c, premises: [d] }
    `);
    const detached = ['Filtered', '', 'Not under any thesis:', '', '● c  Them: C.'];
    expect(renderTree(map, { speaker: 'them' }).lines).toEqual(detached);
    expect(renderTree(map, { tag: 'x' }).lines).toEqual(detached);
  });
});

describe('renderTree --no-ids references', () => {
  it('names a long statement by the start of its text wherever it is referred to again', () => {
    const long = `Start ${'word '.repeat(20_000)}end.`;
    const premises = Array.from({ length: 300 }, (_, i) => `  a${i}: { supports: t, premises: [long, p${i}] }`);
    const statements = Array.from({ length: 300 }, (_, i) => `  p${i}: P${i}.`);
    const map = parsed(['argmap: 1', 'theses: [t]', 'statements:', '  t: T.', `  long: ${long}`, ...statements, 'arguments:', ...premises, ''].join('\n'));
    const lines = renderTree(map, { ids: false, width: 60 }).lines;
    const references = lines.filter((line) => line.includes(', above'));
    expect(references).toHaveLength(299);
    // 40 columns of the text, cut at a character and ended with an ellipsis; the last one hangs under the last argument.
    const reference = '↑ Start word word word word word word wor…, above';
    expect(references).toEqual([...Array.from({ length: 298 }, () => `│  ├─ ${reference}`), `   ├─ ${reference}`]);
  });
});
