import { yaml } from '../../helpers.js';
import { ruleMeta, testRule } from '../rule-tester.js';

testRule('inconsistent-premises', {
  valid: [
    {
      name: 'contradictory statements on opposite sides, and attacks by other statements',
      yaml: yaml`
        argmap: 1
        theses: [close]
        statements: { close: Close it., busy: Busy., empty: Empty., p: P }
        arguments:
          traffic: { supports: close, premises: [busy, p] }
          quiet: { attacks: busy, premises: [empty] }
          cut: { undercuts: traffic, premises: [empty] }
        contradictions:
          - [busy, empty]
      `,
    },
  ],
  invalid: [
    {
      name: 'both sides of a contradiction as premises of one argument',
      yaml: yaml`
        argmap: 1
        theses: [close]
        statements: { close: Close it., busy: Busy., empty: Empty. }
        arguments:
          traffic: { supports: close, premises: [busy, empty] }
        contradictions:
          - [busy, empty]
      `,
      errors: ['inconsistent-premises 5:48'],
    },
    {
      name: 'contradictory theses, at the second one',
      yaml: yaml`
        argmap: 1
        theses: [busy, close, empty]
        statements: { close: Close it., busy: Busy., empty: Empty. }
        contradictions:
          - [empty, busy]
      `,
      errors: ['inconsistent-premises 2:23'],
    },
    {
      name: 'a premise used to undercut, or to attack a premise of, an argument that rests on it',
      yaml: yaml`
        argmap: 1
        theses: [c]
        statements: { c: C, p: P, q: Q, r: R }
        arguments:
          main: { supports: c, premises: [p, q] }
          cut: { undercuts: main, premises: [r, p] }
          undermine: { attacks: q, premises: [p] }
      `,
      errors: [
        { at: 'inconsistent-premises 6:41', message: 'Argument "cut" uses "p" to undercut "main", but "main" rests on "p" itself.', related: ['5:35 a premise of "main"'] },
        { at: 'inconsistent-premises 7:39', message: 'Argument "undermine" uses "p" to attack "q", a premise of "main", but "main" rests on "p" itself.' },
      ],
    },
    {
      name: 'contradictory theses at the later one, whichever order the contradiction names them in',
      yaml: yaml`
        argmap: 1
        theses: [empty, busy]
        statements: { busy: Busy., empty: Empty. }
        contradictions:
          - [busy, empty]
      `,
      errors: [
        {
          at: 'inconsistent-premises 2:17',
          message: 'The theses "empty" and "busy" contradict each other.',
          hint: 'A text cannot argue for both sides of a contradiction. Check the contradiction, or whether one of them is really a thesis.',
          related: ['2:10 the other thesis', '5:5 declared contradictory here'],
        },
      ],
    },
    {
      name: "the rule's example",
      yaml: ruleMeta('inconsistent-premises').example,
      errors: [
        {
          at: 'inconsistent-premises 8:53',
          message: 'Argument "traffic" rests on both "busy" and "empty", which contradict each other.',
          hint: 'Premises that cannot both be true cannot work together. One of them is misread, or these are two separate arguments.',
          related: ['8:47 the other premise', '10:5 declared contradictory here'],
        },
      ],
    },
  ],
});
