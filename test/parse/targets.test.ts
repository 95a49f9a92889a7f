import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/index.js';

import { positions as problems } from './parse-helpers.js';

const withArgument = (argument: string): string => `argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r:\n    premises: [b]\n    ${argument}\n`;

describe('an argument target of the wrong type', () => {
  it.each([
    ['supports: [a, b]', 'should be an id, but it is a list'],
    ['supports: 3', 'should be an id, but it is a number'],
    ['attacks: { a: 1 }', 'should be an id, but it is a mapping'],
    ['undercuts: true', 'should be an id, but it is a true/false value'],
  ])('%s is reported only as a wrong type, at the value', (argument, message) => {
    const { diagnostics } = parseMap(withArgument(argument), 'm.yaml');
    const column = argument.indexOf(':') + 2 + 4 + 1;
    expect(diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`)).toEqual([`wrong-type:6:${column}`]);
    expect(diagnostics[0]!.message).toContain(message);
  });

  it('an argument that is not a mapping is reported once, not also as missing its target', () => {
    expect(problems('argmap: 1\nstatements: {a: A}\narguments:\n  r: 3\n')).toEqual(['wrong-type:4:6']);
  });

  it('near miss: a well-typed target gives no diagnostic, and no target at all is still missing-target', () => {
    expect(problems(withArgument('supports: a'))).toEqual([]);
    expect(problems(withArgument('title: T'))).toEqual(['missing-target:4:3']);
  });

  it('two targets are reported even when one has the wrong type', () => {
    expect(problems(withArgument('supports: a\n    attacks: [a]'))).toEqual(['several-targets:7:5', 'wrong-type:7:14']);
  });
});

describe('an undercut aimed at an argument that was left out', () => {
  const map = (broken: string) =>
    `argmap: 1\nstatements: {a: A, b: B}\narguments:\n  r: ${broken}\n  u: { undercuts: r, premises: [a] }\n`;

  it('reports only the left-out argument, not also an unknown argument', () => {
    expect(problems(map('{ premises: [b] }'))).toEqual(['missing-target:4:3']);
    expect(problems(map('3'))).toEqual(['wrong-type:4:6']);
  });

  it('near miss: an undercut of an id nothing defines is still unknown-ref', () => {
    expect(problems(map('{ supports: a, premises: [b] }').replace('undercuts: r', 'undercuts: s'))).toEqual(['unknown-ref:5:19']);
  });
});

describe('"did you mean" for an unknown undercut target', () => {
  const hint = (text: string) => parseMap(text, 'm.yaml').diagnostics.map((d) => d.hint);
  it('never suggests the undercut itself', () => {
    expect(hint('argmap: 1\nstatements: {a: A}\narguments:\n  ab: { undercuts: ax, premises: [a] }\n')).toEqual([
      'Define it under "arguments:", or check the spelling.',
    ]);
  });
  it('near miss: another argument close to the typo is suggested', () => {
    expect(hint('argmap: 1\nstatements: {a: A, b: B}\narguments:\n  ab: { undercuts: ax, premises: [a] }\n  ac: { supports: a, premises: [b] }\n')).toEqual([
      'Did you mean "ac"?',
    ]);
  });
});

describe('a misspelt target key', () => {
  it('is one unknown-key error with "did you mean", not also missing-target', () => {
    const { diagnostics } = parseMap(withArgument('attack: a'), 'm.yaml');
    expect(diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`)).toEqual(['unknown-key:6:5']);
    expect(diagnostics[0]!.hint).toBe('Did you mean "attacks"?');
  });

  it('near miss: an unknown key unlike any target still leaves the target missing', () => {
    expect(problems(withArgument('colour: red'))).toEqual(['missing-target:4:3', 'unknown-key:6:5']);
  });
});

describe('follow-on errors', () => {
  it('a reference to an entry rejected for its invalid id is not also unknown', () => {
    expect(problems('argmap: 1\ntheses: [Bad Id]\nstatements:\n  a: A\n  Bad Id: X\narguments:\n  r: { supports: a, premises: [Bad Id] }\n')).toEqual([
      'invalid-id:5:3',
    ]);
    expect(problems('argmap: 1\nspeakers:\n  Bad Sp: { name: X }\nstatements:\n  a: { text: A, speaker: Bad Sp }\n')).toEqual(['invalid-id:3:3']);
    expect(problems('argmap: 1\nstatements: {a: A, b: B}\narguments:\n  Bad Arg: { supports: a, premises: [b] }\n  u: { undercuts: Bad Arg, premises: [a] }\n')).toEqual([
      'invalid-id:4:3',
    ]);
  });

  it('near miss: a reference to an id nobody wrote is still unknown-ref', () => {
    expect(problems('argmap: 1\nstatements:\n  a: A\n  Bad Id: X\narguments:\n  r: { supports: a, premises: [Bad-Idd] }\n')).toEqual([
      'invalid-id:4:3',
      'unknown-ref:6:32',
    ]);
  });

  it('a misspelt required key is one unknown-key error, not also missing-field', () => {
    expect(problems('argmap: 1\nstatements:\n  a: { txt: A }\n')).toEqual(['unknown-key:3:8']);
    expect(problems('argmap: 1\nstatements:\n  a: { colour: red }\n')).toEqual(['missing-field:3:3', 'unknown-key:3:8']);
  });

  it('"did you mean" never suggests a self-premise or a self-contradiction', () => {
    const hints = (text: string) => parseMap(text, 'm.yaml').diagnostics.map((d) => d.hint);
    const defineIt = 'Define it under "statements:", or check the spelling.';
    expect(hints('argmap: 1\nstatements: {claim: C, a: A}\narguments:\n  r: { supports: claim, premises: [a, claimm] }\n')).toEqual([defineIt]);
    expect(hints('argmap: 1\nstatements: {claim: C, a: A}\ncontradictions:\n  - [claim, claimm]\n')).toEqual([defineIt]);
    expect(hints('argmap: 1\nstatements: {claim: C, a: A, claim2: D}\ncontradictions:\n  - [claim2, claimm]\n')).toEqual(['Did you mean "claim"?']);
  });
});

describe('an x- key that looks like a target', () => {
  it('is ignored, as every x- key is, so the target is still missing', () => {
    expect(problems(withArgument('x-attacks: a'))).toEqual(['missing-target:4:3']);
  });
});
