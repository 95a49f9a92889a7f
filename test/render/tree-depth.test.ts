import { describe, expect, it } from 'vitest';
import { renderTree } from '../../src/index.js';
import { yaml } from '../helpers.js';
import { parsed, tree } from './tree-helpers.js';


// s is met first under p (t → A → p → B → s, two levels down) but is one level below t through A.
const shortcut = yaml`
  argmap: 1
  theses: [t]
  statements: { t: T., p: P., s: S., r: R., z: Z. }
  arguments:
    A: { supports: t, premises: [p, s] }
    B: { supports: p, premises: [s] }
    C: { supports: s, premises: [r] }
    D: { supports: r, premises: [z] }
`;

describe('renderTree --depth', () => {
  it('prints a statement in full where it is fewest levels below the root, and refers down to it from a deeper place met first', () => {
    const whole = ['t  T.', '└─ + A', '   ├─ p  P.', '   │  └─ + B', '   │     └─ ↓ s, below', '   └─ s  S.', '      └─ + C', '         └─ r  R.', '            └─ + D', '               └─ z  Z.'];
    expect(tree(shortcut, { depth: 3 })).toEqual(whole);
    // The same from A, whose premises are level 0.
    expect(tree(shortcut, { focus: 'A', depth: 2 })).toEqual(['+ A  → t', ...whole.slice(2).map((line) => line.slice(3))]);
    // From A, depth 3 cuts nothing: the tree as without --depth.
    expect(tree(shortcut, { focus: 'A', depth: 3 })).toEqual(tree(shortcut, { focus: 'A' }));
    expect(tree(shortcut, { depth: 2 })).toEqual([...whole.slice(0, 8), '            … 1 more argument']);
    expect(tree(shortcut, { depth: 1 })).toEqual(['t  T.', '└─ + A', '   ├─ p  P.', '   │  … 1 more argument', '   └─ s  S.', '      … 1 more argument']);
    expect(tree(shortcut, { depth: 3, ascii: true })[4]).toBe('   |     `- v s, below');
  });

  it('draws as before without --depth: in full where first met, and a reference above after', () => {
    expect(tree(shortcut)).toEqual([
      't  T.',
      '└─ + A',
      '   ├─ p  P.',
      '   │  └─ + B',
      '   │     └─ s  S.',
      '   │        └─ + C',
      '   │           └─ r  R.',
      '   │              └─ + D',
      '   │                 └─ z  Z.',
      '   └─ ↑ s, above',
    ]);
  });

  it('a limit that cuts nothing draws the tree as without it', () => {
    // D, the deepest item, is 4 levels down: 4 and more cut nothing.
    expect(tree(shortcut, { depth: 4 })).toEqual(tree(shortcut));
    expect(tree(shortcut, { depth: 100 })).toEqual(tree(shortcut));
    expect(tree(shortcut, { depth: 3 })).not.toEqual(tree(shortcut));
  });

  it('prints a cut statement once, with what is cut, and refers to it elsewhere', () => {
    expect(tree(shortcut, { depth: 0 })).toEqual(['t  T.', '… 1 more argument']);
    const twice = yaml`
      argmap: 1
      theses: [t]
      statements: { t: T., p: P., q: Q. }
      arguments:
        A: { supports: t, premises: [p] }
        B: { attacks: t, premises: [p] }
        C: { supports: p, premises: [q] }
    `;
    expect(tree(twice, { depth: 1 })).toEqual(['t  T.', '├─ + A', '│  └─ p  P.', '│     … 1 more argument', '└─ − rebut B', '   └─ ↑ p, above']);
  });

  it('follows undercuts from the nearer occurrence of their target', () => {
    const undercut = yaml`
      argmap: 1
      theses: [t]
      statements: { t: T., p: P., s: S., r: R., z: Z. }
      arguments:
        A: { supports: t, premises: [p, s] }
        B: { supports: p, premises: [s] }
        C: { supports: s, premises: [r] }
        U: { undercuts: C, premises: [z] }
    `;
    expect(tree(undercut, { depth: 3 }).slice(4)).toEqual([
      '   │     └─ ↓ s, below',
      '   └─ s  S.',
      '      └─ + C',
      '         ├─ r  R.',
      '         └─ − undercut U',
      '            └─ z  Z.',
    ]);
  });

  it('counts levels from every root: a statement nearer a root not under any thesis is in full there', () => {
    const detached = yaml`
      argmap: 1
      theses: [t]
      statements: { t: T., p: P., x: X., y: Y., w: W., d: D. }
      arguments:
        A: { supports: t, premises: [p] }
        B: { supports: p, premises: [x] }
        C: { supports: x, premises: [y] }
        F: { supports: y, premises: [w] }
        E: { supports: d, premises: [x] }
    `;
    const result = renderTree(parsed(detached), { depth: 3 });
    expect(result.detached).toEqual(['d']);
    expect(result.lines).toEqual([
      't  T.',
      '└─ + A',
      '   └─ p  P.',
      '      └─ + B',
      '         └─ ↓ x, below',
      '',
      'Not under any thesis:',
      '',
      'd  D.',
      '└─ + E',
      '   └─ x  X.',
      '      └─ + C',
      '         └─ y  Y.',
      '            └─ + F',
      '               └─ w  W.',
    ]);
    // Without --depth, x is in full where it is first met.
    expect(tree(detached).at(-1)).toBe('   └─ ↑ x, above');
  });
});

describe('renderTree matches', () => {
  it('counts each matching statement and argument once, not its references', () => {
    const ring = yaml`
      argmap: 1
      speakers: { them: { name: Them, role: cited } }
      theses: [s1]
      statements:
        s1: { text: One., speaker: them }
        s2: Two.
      arguments:
        A: { supports: s1, premises: [s2], speaker: them }
        B: { supports: s2, premises: [s1] }
    `;
    const result = renderTree(parsed(ring), { speaker: 'them' });
    expect(result.lines).toEqual(['● s1  Them: One.', '└─ ● + A', '   └─ s2  Two.', '      └─ + B', '         └─ ● ↺ s1, cycle, above']);
    expect(result.matches).toBe(2);
  });
});
