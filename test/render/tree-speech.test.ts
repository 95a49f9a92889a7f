import { describe, expect, it } from 'vitest';
import { renderTree } from '../../src/index.js';
import { yaml } from '../helpers.js';
import { parsed, tree } from './tree-helpers.js';

// Reported speech, endorsement, speech acts and backing (issue 16's keys), as the tree draws them.
const speech = yaml`
  argmap: 1
  theses: [t]
  speakers:
    author: { name: The author, role: author }
    trump: { name: Trump, role: cited }
    kremlin: { name: The Kremlin, role: cited }
    zelensky: { name: Zelensky, role: cited }
  statements:
    t: T.
    army: { text: Europe needs an army., speaker: zelensky, said-by: zelensky, endorsed-by: author }
    kind: { text: Kindness wins., act: ironic, quote: [{ text: what statesmanship, act: ironic }, plain words] }
    line: { text: NATO caused the war., speaker: kremlin, said-by: [kremlin, trump] }
    report: { text: Trump said NATO caused the war., said-by: trump }
    asked: { text: Nobody is threatened., act: rhetorical-question }
    spot-on: Spot on.
  arguments:
    a: { supports: t, premises: [army], endorsed-by: [author, zelensky] }
    k: { attacks: t, premises: [kind] }
    r: { attacks: line, premises: [asked] }
    back: { supports: r, premises: [spot-on] }
`;

describe('renderTree: what the text reports, endorses and means', () => {
  it('marks speech acts, endorsements and reported speech, and draws a backing under the argument it backs', () => {
    expect(tree(speech, { width: 100 })).toEqual([
      't  T.',
      '├─ + a (endorsed by The author and Zelensky)',
      '│  └─ army  Zelensky: Europe needs an army. (endorsed by The author)',
      '└─ − rebut k',
      '   └─ kind  (ironic) Kindness wins.',
      '',
      'Not under any thesis:',
      '',
      'line  The Kremlin: NATO caused the war. (said by The Kremlin and Trump)',
      '└─ − rebut r (The author)',
      '   ├─ asked  (rhetorical question) Nobody is threatened.',
      '   └─ + back',
      '      └─ spot-on  Spot on.',
      '',
      'report  Trump said NATO caused the war. (said by Trump)',
    ]);
  });

  it('marks the act of each quote with --quotes', () => {
    expect(tree(speech, { width: 100, quotes: true, focus: 'kind' })).toEqual(['kind  (ironic) Kindness wins.', '“what statesmanship” (ironic)', '“plain words”']);
  });

  it('--speaker finds what the text reports someone saying, not only what they argue in the map', () => {
    const result = renderTree(parsed(speech), { speaker: 'trump', width: 100 });
    expect(result.matches).toBe(2);
    expect(result.lines.filter((line) => line.includes('●'))).toEqual([
      '● line  The Kremlin: NATO caused the war. (said by The Kremlin and Trump)',
      '● report  Trump said NATO caused the war. (said by Trump)',
    ]);
  });
});

// Reported speech, endorsement, speech acts and backing in the tree (issue 16).
const keysMap = yaml`
  argmap: 1
  speakers:
    me: { name: The author, role: author }
    trump: { name: Donald Trump, role: cited }
    com: { name: "A \\e[31mcommenter", role: commenter }
  theses: [t]
  statements:
    t: The thesis.
    p: { text: Russia will not allow it., said-by: trump }
    q: { text: A display of statesmanship., act: ironic, endorsed-by: me }
    r: { text: Spot on., speaker: com, act: rhetorical-question }
    s: { text: Suppose it were so., act: hypothetical }
    a: { text: Plainly so., act: assert }
  arguments:
    main: { supports: t, premises: [p, q, s, a] }
    back: { supports: main, premises: [r], speaker: com, endorsed-by: [me, trump] }
`;

describe('the tree with the keys of issue 16', () => {
  it('marks acts other than assert, names who endorses, and draws a backing under the argument it backs', () => {
    expect(tree(keysMap)).toEqual([
      't  The thesis.',
      '└─ + main',
      '   ├─ p  Russia will not allow it. (said by Donald Trump)',
      '   ├─ q  (ironic) A display of statesmanship. (endorsed by The author)',
      '   ├─ s  (hypothetical) Suppose it were so.',
      '   ├─ a  Plainly so.',
      '   └─ + back (A \\x1B[31mcommenter) (endorsed by The author and Donald Trump)',
      '      └─ r  (rhetorical question) Spot on.',
    ]);
  });

  it('--speaker also finds the statements the text reports the speaker saying', () => {
    expect(tree(keysMap, { speaker: 'trump' })).toEqual([
      't  The thesis.',
      '└─ + main',
      '   ├─ ● p  Russia will not allow it. (said by Donald Trump)',
      '   ├─ q  (ironic) A display of statesmanship. (endorsed by The author)',
      '   ├─ s  (hypothetical) Suppose it were so.',
      '   └─ a  Plainly so.',
    ]);
    // Near miss: endorsing is not saying.
    expect(tree(keysMap.replace('said-by: trump', 'endorsed-by: trump').replace(', endorsed-by: [me, trump]', ''), { speaker: 'Donald Trump' })).toEqual([]);
  });

  it('keeps "(endorsed by …)" and "(said by …)" on one line where they fit, so no name is split', () => {
    expect(tree(keysMap, { width: 48, focus: 'q' })).toEqual(['q  (ironic) A display of statesmanship.', '(endorsed by The author)']);
    expect(tree(keysMap, { width: 40, focus: 'p' })).toEqual(['p  Russia will not allow it.', '(said by Donald Trump)']);
    expect(tree(keysMap, { width: 40, focus: 'p', ascii: true })).toEqual(['p  Russia will not allow it.', '(said by Donald Trump)']);
    // Wider than a line, a mark still breaks at its spaces rather than overflow.
    expect(tree(keysMap, { width: 20, focus: 'p' })).toEqual(['p  Russia will not', 'allow it. (said by', 'Donald Trump)']);
  });

  it('--quotes marks a quote whose act is not assert', () => {
    const quoted = yaml`
      argmap: 1
      statements:
        t: { text: A blunder., act: ironic, quote: [{ text: a display of statesmanship, act: ironic }, plain words, { text: so it is, act: assert }] }
    `;
    expect(tree(quoted, { quotes: true })).toEqual(['t  (ironic) A blunder.', '“a display of statesmanship” (ironic)', '“plain words”', '“so it is”']);
  });
});
