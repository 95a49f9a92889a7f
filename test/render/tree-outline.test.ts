import { describe, expect, it } from 'vitest';
import { renderTree } from '../../src/index.js';
import { yaml } from '../helpers.js';
import { parsed, tree } from './tree-helpers.js';

// Two theses; a claim the author rebuts with a premise from the first thesis's tree; a stray statement.
const answered = yaml`
  argmap: 1
  theses: [t, u]
  statements:
    t: First thesis.
    u: Second thesis.
    p: A premise.
    q: Another premise.
    claim: A claim.
    stray: A stray claim.
  arguments:
    a: { supports: t, premises: [p] }
    b: { supports: u, premises: [q] }
    r: { attacks: claim, premises: [p] }
`;

describe('renderTree: detached roots beside what they answer', () => {
  it('draws a rebutted claim right after the thesis whose tree it shares a statement with, and the rest at the end', () => {
    const result = renderTree(parsed(answered));
    expect(result.detached).toEqual(['claim', 'stray']);
    expect(result.lines).toEqual([
      't  First thesis.',
      '└─ + a',
      '   └─ p  A premise.',
      '',
      'Not under any thesis:',
      '',
      'claim  A claim.',
      '└─ − rebut r',
      '   └─ ↑ p, above',
      '',
      'Next thesis:',
      '',
      'u  Second thesis.',
      '└─ + b',
      '   └─ q  Another premise.',
      '',
      'Not under any thesis:',
      '',
      'stray  A stray claim.',
    ]);
  });
});

describe('renderTree: the outline', () => {
  it('lists the theses, then the other roots, with how many statements each tree shows', () => {
    const lines = tree(answered, { outline: true });
    expect(lines.slice(0, 8)).toEqual([
      'Outline:',
      '  t        2 statements  First thesis.',
      '  u        2 statements  Second thesis.',
      '  Not under any thesis:',
      '    claim  2 statements  A claim.',
      '    stray   1 statement  A stray claim.',
      '',
      't  First thesis.',
    ]);
    // Without ids, the counts and the texts; cut to the width.
    expect(tree(answered, { outline: true, ids: false, width: 30 }).slice(0, 6)).toEqual([
      'Outline:',
      '    2 statements  First thesi…',
      '    2 statements  Second thes…',
      '  Not under any thesis:',
      '    2 statements  A claim.',
      '     1 statement  A stray cla…',
    ]);
  });

  it('counts a statement once per root, also when the tree shows it twice', () => {
    const shared = yaml`
      argmap: 1
      theses: [t, u]
      statements: { t: T., u: U., p: P., q: Q. }
      arguments:
        a: { supports: t, premises: [p, q] }
        b: { supports: t, premises: [p] }
        c: { supports: u, premises: [p] }
    `;
    expect(tree(shared, { outline: true }).slice(0, 3)).toEqual(['Outline:', '  t  3 statements  T.', '  u  2 statements  U.']);
  });

  it('comes after the title, counts the whole tree whatever --depth, and stops after twelve roots', () => {
    const statements = Array.from({ length: 14 }, (_, i) => `  s${i}: Claim ${i}.`);
    const many = ['argmap: 1', 'title: Many', `theses: [${statements.map((_, i) => `s${i}`).join(', ')}]`, 'statements:', ...statements, '  p: P.', 'arguments:', '  a: { supports: s0, premises: [p] }', ''].join('\n');
    const lines = tree(many, { outline: true, depth: 1 });
    expect(lines.slice(0, 4)).toEqual(['Many', '', 'Outline:', '  s0   2 statements  Claim 0.']);
    expect(lines.slice(14, 17)).toEqual(['  s11   1 statement  Claim 11.', '  … and 2 more roots', '']);
    expect(tree(many, { outline: true, depth: 1, ascii: true })[15]).toBe('  ... and 2 more roots');
  });

  it('is left out with one root, a focus, a filter or depth 0, and by default in the library', () => {
    const one = 'argmap: 1\ntheses: [t]\nstatements: { t: T., p: P. }\narguments:\n  a: { supports: t, premises: [p] }\n';
    expect(tree(one, { outline: true })[0]).toBe('t  T.');
    expect(tree(answered, { outline: true, focus: 't' })[0]).toBe('t  First thesis.');
    expect(tree(answered, { outline: true, tag: undefined, speaker: undefined, depth: 0 })[0]).toBe('t  First thesis.');
    expect(tree(answered)[0]).toBe('t  First thesis.');
    const tagged = answered.replace('p: A premise.', 'p: { text: A premise., tags: [x] }');
    expect(tree(tagged, { outline: true, tag: 'x' })[0]).toBe('t  First thesis.');
  });
});

describe('renderTree: notes, and names in references', () => {
  const noted = yaml`
    argmap: 1
    theses: [t]
    statements:
      t: { text: The thesis., note: Why it matters. }
      p: { text: A premise., note: "Where it comes from: the letter." }
    arguments:
      a: { supports: t, premises: [p], note: The step. }
      b: { attacks: t, premises: [p] }
  `;

  it('prints the notes of statements and arguments with --notes, once, where each is in full', () => {
    expect(tree(noted, { notes: true })).toEqual([
      't  The thesis.',
      'note: Why it matters.',
      '├─ + a',
      '│  note: The step.',
      '│  └─ p  A premise.',
      '│     note: Where it comes from: the letter.',
      '└─ − rebut b',
      '   └─ ↑ p, above',
    ]);
    expect(tree(noted).some((line) => line.includes('note:'))).toBe(false);
  });

  it('names untitled arguments by their id, also without ids', () => {
    expect(tree(noted, { ids: false })).toEqual(['The thesis.', '├─ + a', '│  └─ A premise.', '└─ − rebut b', '   └─ ↑ A premise, above']);
  });
});

describe('renderTree --order source', () => {
  const text = 'The thesis. First the premise q. Then the claim. Then p.';
  const ordered = yaml`
    argmap: 1
    theses: [t]
    statements:
      t: { text: The thesis., quote: The thesis }
      p: { text: P., quote: Then p }
      q: { text: Q., quote: the premise q }
      claim: { text: A claim., quote: Then the claim }
      hidden: { text: An unstated premise., implicit: true }
      answer: { text: An answer., quote: Then p }
    arguments:
      b: { attacks: t, premises: [p] }
      a: { supports: t, premises: [q] }
      c: { supports: t, premises: [hidden] }
      r: { attacks: claim, premises: [answer] }
  `;

  it('follows where the quotes are in the text; what has no place comes last, in file order', () => {
    expect(tree(ordered, { order: 'source', sourceText: text })).toEqual([
      't  The thesis.',
      '├─ + a',
      '│  └─ q  Q.',
      '├─ − rebut b',
      '│  └─ p  P.',
      '└─ + c',
      '   └─ hidden  (implicit) An unstated premise.',
      '',
      'Not under any thesis:',
      '',
      'claim  A claim.',
      '└─ − rebut r',
      '   └─ answer  An answer.',
    ]);
  });

  it('puts the roots in the order of the text too, a detached one before a thesis', () => {
    const early = 'Then the claim. Then the thesis.';
    const map = 'argmap: 1\ntheses: [t]\nstatements:\n  t: { text: T., quote: Then the thesis }\n  claim: { text: C., quote: Then the claim }\n';
    expect(tree(map, { order: 'source', sourceText: early })).toEqual(['Not under any thesis:', '', 'claim  C.', '', 'Next thesis:', '', 't  T.']);
  });

  it('places a root with no quote of its own where the earliest statement of its tree is', () => {
    const text = 'Reason for u. Then the thesis t.';
    const map = 'argmap: 1\ntheses: [t, u]\nstatements:\n  t: { text: T., quote: Then the thesis t }\n  u: U.\n  r: { text: R., quote: Reason for u }\narguments:\n  a: { supports: u, premises: [r] }\n';
    expect(tree(map, { order: 'source', sourceText: text })).toEqual(['u  U.', '└─ + a', '   └─ r  R.', '', 't  T.']);
    expect(tree(map, { order: 'source', sourceText: 'Nothing quoted here.' })[0]).toBe('t  T.');
  });

  it('without a source text, follows the order of the file', () => {
    expect(tree(ordered, { order: 'source' }).slice(0, 7)).toEqual([
      't  The thesis.',
      '├─ − rebut b',
      '│  └─ p  P.',
      '├─ + a',
      '│  └─ q  Q.',
      '└─ + c',
      '   └─ hidden  (implicit) An unstated premise.',
    ]);
    // The default puts the arguments for a statement before those against it.
    expect(tree(ordered).slice(0, 3)).toEqual(['t  The thesis.', '├─ + a', '│  └─ q  Q.']);
  });
});
