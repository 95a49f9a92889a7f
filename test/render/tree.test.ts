import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { parseMap, renderTree, treeLines } from '../../src/index.js';
import { loadDisplayWidth } from '../../src/text/width.js';
import { yaml } from '../helpers.js';
import { parsed, tree } from './tree-helpers.js';
import { tagPalette } from './palette.js';


describe('renderTree structure', () => {
  it('prints a shared premise in full once, then as a back-reference', () => {
    const shared = yaml`
      argmap: 1
      theses: [t]
      statements:
        t: The thesis.
        p: A shared premise.
        q: Another premise.
        e: Evidence for the shared premise.
      arguments:
        a1: { supports: t, premises: [p, q] }
        a2: { supports: q, premises: [p] }
        ep: { supports: p, premises: [e] }
    `;
    expect(tree(shared)).toEqual([
      't  The thesis.',
      '└─ + a1',
      '   ├─ p  A shared premise.',
      '   │  └─ + ep',
      '   │     └─ e  Evidence for the shared premise.',
      '   └─ q  Another premise.',
      '      └─ + a2',
      '         └─ ↑ p, above',
    ]);
    expect(tree(shared, { ids: false }).at(-1)).toBe('         └─ ↑ A shared premise, above');
  });

  it('cuts a cycle where it comes back to a statement on its own path', () => {
    const cycle = yaml`
      argmap: 1
      theses: [a]
      statements: { a: A is true., b: B is true., c: C is true. }
      arguments:
        ab: { supports: a, premises: [b] }
        bc: { supports: b, premises: [c] }
        ca: { supports: c, premises: [a] }
    `;
    expect(tree(cycle)).toEqual([
      'a  A is true.',
      '└─ + ab',
      '   └─ b  B is true.',
      '      └─ + bc',
      '         └─ c  C is true.',
      '            └─ + ca',
      '               └─ ↺ a, cycle, above',
    ]);
  });

  it('shows an undercut under the argument it attacks, after its premises, and undercuts of undercuts', () => {
    const undercut = yaml`
      argmap: 1
      theses: [c]
      statements:
        c: The conclusion.
        p1: First premise.
        p2: Second premise.
        u: The premises do not bear on it.
        uu: They do.
      arguments:
        x: { undercuts: a, premises: [u] }
        a: { supports: c, premises: [p1, p2] }
        y: { undercuts: x, premises: [uu] }
    `;
    expect(tree(undercut)).toEqual([
      'c  The conclusion.',
      '└─ + a',
      '   ├─ p1  First premise.',
      '   ├─ p2  Second premise.',
      '   └─ − undercut x',
      '      ├─ u  The premises do not bear on it.',
      '      └─ − undercut y',
      '         └─ uu  They do.',
    ]);
  });

  it('lists the arguments for a statement before those against it, each in file order', () => {
    const mixed = yaml`
      argmap: 1
      theses: [c]
      statements: { c: C., p: P., q: Q., r: R. }
      arguments:
        against: { attacks: c, premises: [p] }
        for-1: { supports: c, premises: [q] }
        for-2: { supports: c, premises: [r] }
    `;
    expect(tree(mixed).filter((line) => line.includes('─ +') || line.includes('─ −'))).toEqual([
      '├─ + for-1',
      '├─ + for-2',
      '└─ − rebut against',
    ]);
  });

  it('shows hostile text escaped and visible, everywhere map text is printed', () => {
    // YAML escapes (\e, \a, \x9b…) put the raw control characters into the map.
    const hostile = [
      'argmap: 1',
      'title: "Evil \\e]0;pwned\\a title"',
      'speakers:',
      '  me: { name: Me, role: author }',
      '  mallory: { name: "Mallory\\e[2J", role: cited }',
      'theses: [t]',
      'statements:',
      '  t: "Clear \\e[2J\\e[H screen, \\u202Egnp.exe, C1 \\x9b31m"',
      '  p:',
      '    text: "Line one\\nline two\\ttabbed \\u2066isolate\\u2069"',
      '    speaker: mallory',
      '    quote: "\\e[31mred\\e[0m"',
      'arguments:',
      '  x: { supports: t, premises: [p], title: "Title \\e[1m", scheme: "bell\\a" }',
    ].join('\n');
    const lines = tree(hostile, { quotes: true });
    expect(lines).toEqual([
      'Evil \\x1B]0;pwned\\x07 title',
      '',
      't  Clear \\x1B[2J\\x1B[H screen, \\u{202E}gnp.exe, C1 \\x9B31m',
      '└─ + x “Title \\x1B[1m” [bell\\x07]',
      '   └─ p  Mallory\\x1B[2J: Line one line two tabbed \\u{2066}isolate\\u{2069}',
      '      “\\x1B[31mred\\x1B[0m”',
    ]);
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('wraps to the width in display columns, so CJK and emoji line up', async () => {
    const wide = yaml`
      argmap: 1
      title: 漢字のタイトル
      theses: [tokyo]
      statements:
        tokyo: 東京は日本の首都であり、世界で最も人口の多い都市圏の一つである。
        fans: "Fans 🎉 cheer: 👨‍👩‍👧 families, café crème and naïve joy 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"
      arguments:
        why: { supports: tokyo, premises: [fans] }
    `;
    const displayWidth = await loadDisplayWidth();
    const lines = tree(wide, { width: 40, displayWidth });
    expect(lines).toEqual([
      '漢字のタイトル',
      '',
      'tokyo  東京は日本の首都であり、世界で最',
      'も人口の多い都市圏の一つである。',
      '└─ + why',
      '   └─ fans  Fans 🎉 cheer: 👨‍👩‍👧 families,',
      '      café crème and naïve joy 😀😀😀😀',
      '      😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀',
    ]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('infers roots when the map declares no theses: tops of arguments first, then whatever they miss', () => {
    const noTheses = yaml`
      argmap: 1
      statements: { lone: Alone., a: A., b: B., top: Top., p: P. }
      arguments:
        ab: { supports: a, premises: [b] }
        ba: { supports: b, premises: [a] }
        tp: { supports: top, premises: [p] }
    `;
    const result = renderTree(parsed(noTheses));
    expect(result.rootsFrom).toBe('inferred');
    expect(result.lines).toEqual([
      'top  Top.',
      '└─ + tp',
      '   └─ p  P.',
      '',
      'a  A.',
      '└─ + ab',
      '   └─ b  B.',
      '      └─ + ba',
      '         └─ ↺ a, cycle, above',
      '',
      'lone  Alone.',
    ]);
  });

  it('shows what no thesis leads to after the theses, under its own heading', () => {
    const map = parsed(
      'argmap: 1\ntheses: [t]\nstatements: { t: T., p: P., claim: C., answer: A., stray: S. }\narguments:\n  a: { supports: t, premises: [p] }\n  r: { attacks: claim, premises: [answer] }\n  u: { supports: claim, premises: [p] }\n',
    );
    const result = renderTree(map);
    expect(result.rootsFrom).toBe('theses');
    expect(result.detached).toEqual(['claim', 'stray']);
    expect(result.lines).toEqual([
      't  T.',
      '└─ + a',
      '   └─ p  P.',
      '',
      'Not under any thesis:',
      '',
      'claim  C.',
      '├─ + u',
      '│  └─ ↑ p, above',
      '└─ − rebut r',
      '   └─ answer  A.',
      '',
      'stray  S.',
    ]);
    expect(renderTree(parsed('argmap: 1\ntheses: [t]\nstatements: { t: T. }\n')).detached).toEqual([]);
  });

  it('focuses on an argument, naming its target', () => {
    const map = parsed('argmap: 1\nstatements: { t: T., p: P. }\narguments:\n  a: { attacks: t, premises: [p] }\n');
    expect(renderTree(map, { focus: 'a' }).lines).toEqual(['− rebut a  → t', '└─ p  P.']);
    expect(renderTree(map, { focus: 'a', ascii: true, ids: false }).lines).toEqual(['- rebut a  -> T', '`- P.']);
  });
});

describe('renderTree filters', () => {
  const example = parseMap(
    yaml`
      argmap: 1
      speakers: { me: { name: Me, role: author }, them: { name: Them, role: cited } }
      theses: [t]
      statements:
        t: { text: Thesis., tags: [main] }
        p: { text: My premise., tags: [x] }
        q: { text: My other premise. }
        r: { text: Their claim., speaker: them, tags: [x] }
        s: { text: Support for my premise. }
      arguments:
        mine: { supports: t, premises: [p, q] }
        theirs: { attacks: q, premises: [r], speaker: them }
        deeper: { supports: p, premises: [s] }
    `,
    'm.yaml',
  ).map;

  it('--speaker keeps the branches that lead to the speaker, marks matches and keeps premise groups whole', () => {
    expect(renderTree(example, { speaker: 'Them' }).lines).toEqual([
      't  Thesis.',
      '└─ + mine',
      '   ├─ p  My premise.',
      '   └─ q  My other premise.',
      '      └─ ● − undermine theirs (Them)',
      '         └─ ● r  Their claim.',
    ]);
    expect(renderTree(example, { speaker: 'them' }).matches).toBe(2);
  });

  it('--tag dims the lines on the way to a match', () => {
    expect(renderTree(example, { tag: 'x', palette: tagPalette }).lines).toEqual([
      // Context lines are dim throughout (one style, so one run); matches keep their colours.
      '<dim>t  Thesis.</dim>',
      '<dim>└─ </dim><dim>+ mine</dim>',
      '<dim>   ├─ </dim><bold>●</bold> <dim>p</dim>  My premise.',
      '<dim>   └─ </dim><dim>q  My other premise.</dim>',
      '<dim>      └─ </dim><dim>− undermine theirs (Them)</dim>',
      '<dim>         └─ </dim><bold>●</bold> <dim>r</dim>  Their claim.',
    ]);
  });

  it('explains options that do not fit the map, with a suggestion', () => {
    expect(treeLines(example, { focus: 'mime' })).toEqual({ problem: 'no statement or argument "mime" in m.yaml. Did you mean "mine"?' });
    expect(treeLines(example, { speaker: 'thm' })).toEqual({ problem: 'no speaker "thm" in m.yaml. Did you mean "them"?' });
    expect(treeLines(example, { tag: 'mains' })).toEqual({ problem: 'no statement in m.yaml is tagged "mains". Did you mean "main"?' });
    // Options that fit are drawn, even where nothing matches: that is the tree's own answer.
    expect(treeLines(example, { focus: 'p', speaker: 'Me', tag: 'x' })).not.toHaveProperty('problem');
    expect(() => renderTree(example, { focus: 'nope' })).toThrow(new RangeError('no statement or argument "nope" in m.yaml.'));
    // Numbers are clamped, and what is not a number means the default, so the library cannot be made to draw nonsense.
    const whole = renderTree(example).lines;
    expect(renderTree(example, { width: Number.NaN, depth: Number.NaN }).lines).toEqual(whole);
    expect(renderTree(example, { width: 3, depth: -2 }).lines).toEqual(renderTree(example, { width: 20, depth: 0 }).lines);
  });
});

describe('renderTree on a 100,000-deep chain', () => {
  it('prints every level without overflowing the stack, folding the guides to fit the width', () => {
    const map = parsed(generateMap({ statements: 100_000, chain: true }).yaml);
    const { lines } = renderTree(map);
    expect(lines.slice(0, 4)).toEqual([
      'Synthetic map of 100000 statements',
      '',
      's0  Claim 0 holds that policy health report report budget housing security',
      'prices report prices energy cost market evidence.',
    ]);
    // An argument after a critic's claim names its speaker, "(The author)".
    expect(lines.filter((line) => /^[«»\d └─]*└─ \+ a\d+( \(The author\))?$/.test(line))).toHaveLength(99_999);
    // a9 is 17 levels deep: the outer 7 fold into «7».
    expect(lines).toContain(`«7» ${' '.repeat(27)}└─ + a9`);
    expect(lines.find((line) => line.includes('s99999  '))).toMatch(/^«199990» {22}└─ s99999 {2}Claim 99999 holds/);
    expect(Math.max(...lines.slice(0, 1000).map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  }, 120_000);
});
