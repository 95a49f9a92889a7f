import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

const map = yaml`
  argmap: 1
  source: { file: letter.txt }
  theses: [dangerous]
  statements:
    dangerous: { text: Elm Street is dangerous., quote: x }
    crashes: { text: There were 14 crashes., quote: recorded fourteen crashes }
  arguments:
    count: { supports: dangerous, premises: [crashes] }
`;

testRule('source-unreadable', {
  valid: [
    { name: 'the source was read', yaml: map, source: 'The county recorded fourteen crashes there.' },
    { name: 'no source was asked for', yaml: map },
  ],
  invalid: [
    {
      name: 'at the file key when the source could not be read',
      yaml: map,
      source: { file: 'letter.txt', error: 'cannot read letter.txt: no such file' },
      errors: [
        {
          at: 'source-unreadable 2:17',
          message: 'The source text was not read (cannot read letter.txt: no such file), so quotes were not checked.',
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('source-unreadable').example,
      source: { file: 'no-such-file.txt', error: 'cannot read no-such-file.txt: no such file' },
      errors: [
        {
          at: 'source-unreadable 2:17',
          message: 'The source text was not read (cannot read no-such-file.txt: no such file), so quotes were not checked.',
          hint: 'The path in "file:" is relative to the map\'s folder. Fix it, or give the text with --source FILE.',
        },
      ],
    },
  ],
});
