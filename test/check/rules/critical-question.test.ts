import { expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { ruleMeta, testRule } from '../rule-tester.js';
import { argued } from './scheme-argument.js';

const open = 'Open critical question for "reason" (analogy): ';
const differences = `${open}Are there relevant differences between the two cases?`;
const holds = `${open}Does the claim really hold in the case compared with?`;
const other = `${open}Is there another similar case in which the claim does not hold?`;
const base = argued('analogy', 'p1, p2');

testRule('critical-question', {
  valid: [
    {
      name: 'a scheme whose every question is taken up: an undercut, a reason about a premise, an argument on the other side',
      yaml: `${base}  differ: { undercuts: reason, premises: [p3] }\n  doubt: { attacks: p1, premises: [p3] }\n  other: { attacks: lane, premises: [p4] }\n`,
    },
  ],
  invalid: [
    {
      name: 'every question of the scheme when nothing in the map takes any up, at the scheme',
      yaml: base,
      errors: [
        { at: 'critical-question 8:13', message: differences },
        { at: 'critical-question 8:13', message: holds },
        { at: 'critical-question 8:13', message: other },
      ],
    },
    {
      name: 'an undercut takes up the question of differences',
      yaml: `${base}  differ: { undercuts: reason, premises: [p3] }\n`,
      errors: [
        { at: 'critical-question 8:13', message: holds },
        { at: 'critical-question 8:13', message: other },
      ],
    },
    {
      name: 'a reason about a premise and an argument on the other side take up the other two',
      yaml: `${base}  doubt: { attacks: p1, premises: [p3] }\n  other: { attacks: lane, premises: [p4] }\n`,
      errors: [{ at: 'critical-question 8:13', message: differences }],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('critical-question').example,
      errors: [
        {
          at: 'critical-question 11:13',
          message: 'Open critical question for "like-riverton" (analogy): Are there relevant differences between the two cases?',
          hint: 'Nothing undercuts "like-riverton". If the text takes the question up, map the reply as an argument with "undercuts: like-riverton".',
        },
        {
          at: 'critical-question 11:13',
          message: 'Open critical question for "like-riverton" (analogy): Does the claim really hold in the case compared with?',
          hint: 'No premise of "like-riverton" is argued for or against. If the text takes the question up, map the reply as an argument that supports or attacks one of them.',
        },
        {
          at: 'critical-question 11:13',
          message: 'Open critical question for "like-riverton" (analogy): Is there another similar case in which the claim does not hold?',
          hint: 'Nothing in the map argues on the other side of "lane". If the text weighs such a consideration, map it as an argument with "attacks: lane".',
        },
      ],
    },
  ],
});

it('critical-question is off unless asked for', () => {
  expect(ruleMeta('critical-question').level).toBe('off');
  expect(checkText(base, 'm.yaml').filter((diagnostic) => diagnostic.code === 'critical-question')).toEqual([]);
});
