import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

/** A map with an explicit author's statement, an implicit one and a cited one, none quoted. */
const unquoted = (extra: string) => yaml`
  argmap: 1
  ${extra}
  speakers: { me: { name: Me, role: author }, them: { name: Them, role: cited } }
  theses: [lane]
  statements:
    lane: Build the lane.
    safer: { text: Safer., implicit: true }
    costly: { text: Costly., speaker: them }
  arguments:
    safety: { supports: lane, premises: [safer] }
    cost: { attacks: lane, premises: [costly] }
`;

testRule('missing-quote', {
  valid: [{ name: 'a map without a source file', yaml: unquoted('title: No source') }],
  invalid: [
    {
      name: "an explicit statement of the author's without a quote (not the implicit or cited ones), when the map names its source",
      yaml: unquoted('source: { file: letter.txt }'),
      errors: ['missing-quote 6:3'],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('missing-quote').example,
      errors: [
        {
          at: 'missing-quote 5:3',
          message: 'Statement "lane" is the author\'s, but has no quote.',
          hint: 'Add "quote:" with the author\'s own words, so a reader can check the paraphrase against the source; or mark it "implicit: true" if the text never says it.',
        },
      ],
    },
  ],
});
