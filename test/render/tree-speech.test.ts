import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers.js';
import { tree } from './tree-helpers.js';

// Reported speech, endorsement, speech acts and backing in the tree (issue 16).
const map = yaml`
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
    expect(tree(map)).toEqual([
      't  The thesis.',
      '└─ + main',
      '   ├─ p  Russia will not allow it.',
      '   ├─ q  (ironic) A display of statesmanship. (endorsed by The author)',
      '   ├─ s  (hypothetical) Suppose it were so.',
      '   ├─ a  Plainly so.',
      '   └─ + back (A \\x1B[31mcommenter) (endorsed by The author, Donald Trump)',
      '      └─ r  (rhetorical question) Spot on.',
    ]);
  });

  it('--speaker also finds the statements the text reports the speaker saying', () => {
    expect(tree(map, { speaker: 'trump' })).toEqual([
      't  The thesis.',
      '└─ + main',
      '   ├─ ● p  Russia will not allow it.',
      '   ├─ q  (ironic) A display of statesmanship. (endorsed by The author)',
      '   ├─ s  (hypothetical) Suppose it were so.',
      '   └─ a  Plainly so.',
    ]);
    // Near miss: endorsing is not saying.
    expect(tree(map.replace('said-by: trump', 'endorsed-by: trump').replace(', endorsed-by: [me, trump]', ''), { speaker: 'Donald Trump' })).toEqual([]);
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
