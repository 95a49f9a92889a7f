import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers.js';
import { check, found } from './check-helpers.js';

describe('unsupported-thesis', () => {
  it('warns at the thesis entry when no argument supports it, even if one attacks it', () => {
    const text = yaml`
      argmap: 1
      theses: [lane, cheap]
      statements: { lane: Lane., safer: Safer., cheap: Cheap., costly: Costly. }
      arguments:
        safety: { supports: lane, premises: [safer] }
        cost: { attacks: cheap, premises: [costly] }
    `;
    expect(found(text, 'unsupported-thesis')).toEqual(['warning 2:16']);
  });

  it('accepts a thesis with an argument for it', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer. }
      arguments:
        safety: { supports: lane, premises: [safer] }
    `;
    expect(found(text, 'unsupported-thesis')).toEqual([]);
  });
});

describe('disconnected-statement', () => {
  it('warns at the id of a statement nothing refers to', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements:
        lane: Lane.
        safer: Safer.
        trees: Trees.
      arguments:
        safety: { supports: lane, premises: [safer] }
    `;
    expect(found(text, 'disconnected-statement')).toEqual(['warning 6:3']);
  });

  it('counts theses, premises, targets and contradictions as connections', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer., target: Target., other: Other. }
      arguments:
        safety: { supports: target, premises: [safer] }
      contradictions:
        - [other, lane]
    `;
    expect(found(text, 'disconnected-statement')).toEqual([]);
  });
});

describe('no-thesis', () => {
  it('warns at the first candidate root and names every candidate', () => {
    const text = yaml`
      argmap: 1
      statements:
        p: P
        lane: Lane.
        safer: Safer.
        cheap: Cheap.
      arguments:
        safety: { supports: lane, premises: [safer] }
        why: { supports: safer, premises: [p] }
        cost: { attacks: cheap, premises: [p] }
    `;
    const [finding, ...rest] = check(text).filter((d) => d.code === 'no-thesis');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', line: 4, column: 3, message: 'The map declares no thesis. Candidates: "lane" and "cheap".' });
    expect(finding!.related!.map((r) => r.line)).toEqual([4, 6]);
  });

  it('says nothing when theses are declared', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer. }
      arguments:
        safety: { supports: lane, premises: [safer] }
    `;
    expect(found(text, 'no-thesis')).toEqual([]);
  });
});

describe('unanswered-attack', () => {
  const map = (reply: string) => yaml`
    argmap: 1
    theses: [lane]
    statements: { lane: Lane., safer: Safer., costly: Costly., figures: Figures., grant: Grant. }
    arguments:
      safety: { supports: lane, premises: [safer] }
      cost: { attacks: lane, premises: [costly] }
      why-costly: { supports: costly, premises: [figures] }
      ${reply}
  `;

  it('notes an attack on a thesis that nothing answers, at the attacking argument', () => {
    expect(found(map('other: { supports: safer, premises: [grant] }'), 'unanswered-attack')).toEqual(['info 6:3']);
  });

  it('counts an undercut, an attack on a premise, or an attack on the reasons behind a premise as an answer', () => {
    expect(found(map('reply: { undercuts: cost, premises: [grant] }'), 'unanswered-attack')).toEqual([]);
    expect(found(map('reply: { attacks: costly, premises: [grant] }'), 'unanswered-attack')).toEqual([]);
    expect(found(map('reply: { attacks: figures, premises: [grant] }'), 'unanswered-attack')).toEqual([]);
  });
});

describe('single-premise', () => {
  it('notes a support or attack with one premise, at that premise', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer., costly: Costly. }
      arguments:
        safety: { supports: lane, premises: [safer] }
        cost: { attacks: lane, premises: costly }
    `;
    expect(found(text, 'single-premise')).toEqual(['info 5:40', 'info 6:36']);
  });

  it('accepts linked premises, and an undercut with one reason', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements: { lane: Lane., safer: Safer., link: Link., no-data: No data. }
      arguments:
        safety: { supports: lane, premises: [safer, link] }
        gap: { undercuts: safety, premises: [no-data] }
    `;
    expect(found(text, 'single-premise')).toEqual([]);
  });
});

describe('duplicate-statement', () => {
  it('warns at the second text when two statements say the same, ignoring case, spacing and punctuation', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements:
        lane: Build the lane.
        safer: The lane makes Elm Street safer.
        safer-2: "  the lane makes elm street — safer!"
      arguments:
        safety: { supports: lane, premises: [safer, safer-2] }
    `;
    const [finding] = check(text).filter((d) => d.code === 'duplicate-statement');
    expect(finding).toMatchObject({ severity: 'warning', line: 6, column: 12 });
    expect(finding!.related).toMatchObject([{ line: 5, column: 10 }]);
  });

  it('accepts texts that differ in a word', () => {
    const text = yaml`
      argmap: 1
      theses: [lane]
      statements:
        lane: Build the lane.
        safer: The lane makes Elm Street safer.
        safer-2: The lane makes Oak Street safer.
      arguments:
        safety: { supports: lane, premises: [safer, safer-2] }
    `;
    expect(found(text, 'duplicate-statement')).toEqual([]);
  });
});
