import { expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';
import { yaml } from '../../helpers.js';
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
      name: 'an argument for the conclusion takes up the counter question of an attack',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., p1: P1, p2: P2, e1: E1 }
        arguments:
          reason: { supports: lane, premises: [p1, p2] }
          harm: { attacks: lane, premises: [e1], scheme: negative-consequences }
      `,
      errors: [
        { at: 'critical-question 6:50', message: 'Open critical question for "harm" (negative-consequences): How likely are the cited consequences?' },
        {
          at: 'critical-question 6:50',
          message: 'Open critical question for "harm" (negative-consequences): What evidence supports that they will follow, and is it strong enough?',
        },
      ],
    },
    {
      name: 'the counter question of an undercut (bias) gives a hint the map can follow',
      knownBug:
        'for an undercut, the counter hint says to write "supports: reason" (a backing of reason), but a map that does so still has the question open: for an undercut, nothing takes the counter question up',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., p1: P1, p2: P2, e1: E1 }
        arguments:
          reason: { supports: lane, premises: [p1, p2] }
          biased: { undercuts: reason, premises: [e1], scheme: bias }
      `,
      errors: [
        { at: 'critical-question 6:56', message: 'Open critical question for "biased" (bias): What evidence shows that the arguer is biased?' },
        { at: 'critical-question 6:56', message: 'Open critical question for "biased" (bias): Is neutrality expected of the arguer here, or is taking a side normal?' },
        {
          at: 'critical-question 6:56',
          message: 'Open critical question for "biased" (bias): Does the arguer\'s case hold up on its merits, bias aside?',
          hint: /^(?![\s\S]*"supports: reason")/,
        },
      ],
    },
    {
      name: 'a backing (an argument that supports the argument) takes up the inference question',
      yaml: `${base}  spot-on: { supports: reason, premises: [p3] }\n`,
      errors: [
        { at: 'critical-question 8:13', message: holds },
        { at: 'critical-question 8:13', message: other },
      ],
    },
    {
      name: 'near miss: a support of one of its premises takes up a premise question, not the inference',
      yaml: `${base}  for-p1: { supports: p1, premises: [p3] }\n`,
      errors: [
        { at: 'critical-question 8:13', message: differences },
        { at: 'critical-question 8:13', message: other },
      ],
    },
    {
      name: 'a backing with a scheme: its counter question asks for an undercut of what it backs',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., p1: P1, p2: P2, p3: P3, p4: P4 }
        arguments:
          reason: { supports: lane, premises: [p1] }
          backing: { supports: reason, premises: [p2, p3], scheme: analogy }
      `,
      errors: [
        { at: 'critical-question 6:60', message: 'Open critical question for "backing" (analogy): Are there relevant differences between the two cases?' },
        { at: 'critical-question 6:60', message: 'Open critical question for "backing" (analogy): Does the claim really hold in the case compared with?' },
        {
          at: 'critical-question 6:60',
          message: 'Open critical question for "backing" (analogy): Is there another similar case in which the claim does not hold?',
          hint: 'Nothing in the map argues on the other side of "reason". If the text weighs such a consideration, map it as an argument with "undercuts: reason".',
        },
      ],
    },
    {
      name: 'an undercut of what a backing backs takes up its counter question',
      yaml: yaml`
        argmap: 1
        theses: [lane]
        statements: { lane: Lane., p1: P1, p2: P2, p3: P3, p4: P4 }
        arguments:
          reason: { supports: lane, premises: [p1] }
          backing: { supports: reason, premises: [p2, p3], scheme: analogy }
          cut: { undercuts: reason, premises: [p4] }
      `,
      errors: [
        { at: 'critical-question 6:60', message: 'Open critical question for "backing" (analogy): Are there relevant differences between the two cases?' },
        { at: 'critical-question 6:60', message: 'Open critical question for "backing" (analogy): Does the claim really hold in the case compared with?' },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('critical-question').example,
      errors: [
        {
          at: 'critical-question 11:13',
          message: 'Open critical question for "like-riverton" (analogy): Are there relevant differences between the two cases?',
          hint: 'Nothing undercuts or backs "like-riverton". If the text takes the question up, map the reply as an argument with "undercuts: like-riverton" (or "supports: like-riverton", if it vouches for the step).',
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
