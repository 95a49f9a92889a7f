import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers.js';
import { assertInvalid, assertKnownBug, assertValid, findingsOf, forcedLevel, ruleMeta } from './rule-tester.js';

// The tester is what every rule test stands on: these show that it fails when it should.

const disconnected = ruleMeta('disconnected-statement');
/** "trees" (line 6) and "shade" (line 7) are disconnected. */
const twoLoose = yaml`
  argmap: 1
  theses: [lane]
  statements:
    lane: Lane.
    safer: Safer.
    trees: Trees.
    shade: Shade.
  arguments:
    safety: { supports: lane, premises: [safer] }
`;
const message = (id: string) => `Statement "${id}" is not connected to anything.`;

describe('the rule tester', () => {
  it('passes a case whose findings are exactly the expected ones, in order', () => {
    expect(() => assertInvalid(disconnected, { yaml: twoLoose, errors: ['disconnected-statement 6:3', 'disconnected-statement 7:3'] })).not.toThrow();
    expect(() =>
      assertInvalid(disconnected, {
        yaml: twoLoose,
        errors: [{ at: 'disconnected-statement 6:3', message: message('trees'), hint: /^Use it as a premise/, related: [] }, 'disconnected-statement 7:3'],
      }),
    ).not.toThrow();
  });

  it('fails an invalid case with a finding missing, one too many, out of order or at another place', () => {
    for (const errors of [
      ['disconnected-statement 6:3'],
      ['disconnected-statement 6:3', 'disconnected-statement 7:3', 'disconnected-statement 7:3'],
      ['disconnected-statement 7:3', 'disconnected-statement 6:3'],
      ['disconnected-statement 6:3', 'disconnected-statement 7:4'],
      ['unsupported-thesis 6:3', 'disconnected-statement 7:3'],
    ]) {
      expect(() => assertInvalid(disconnected, { yaml: twoLoose, errors }), errors.join(', ')).toThrow('the disconnected-statement findings');
    }
  });

  it('fails an invalid case whose message, hint or related places differ', () => {
    const at = 'disconnected-statement 6:3';
    for (const first of [
      { at, message: message('shade') },
      { at, message: /^Thesis/ },
      { at, hint: 'Remove it.' },
      { at, hint: undefined },
      { at, related: ['6:3 the statement'] },
    ]) {
      expect(() => assertInvalid(disconnected, { yaml: twoLoose, errors: [first, 'disconnected-statement 7:3'] }), JSON.stringify(first)).toThrow(
        'the disconnected-statement findings',
      );
    }
  });

  it('fails a valid case that has a finding of the rule, and ignores findings of other rules', () => {
    expect(() => assertValid(disconnected, { yaml: twoLoose })).toThrow('no disconnected-statement finding');
    // single-premise notes "safety", which is not the rule under test.
    expect(() => assertValid(ruleMeta('no-thesis'), { yaml: twoLoose })).not.toThrow();
  });

  it('fails a case whose map has parse errors, valid or invalid, so a broken fixture cannot pass', () => {
    const broken = twoLoose.replace('premises: [safer]', 'premises: [safr]');
    expect(() => assertValid(ruleMeta('no-thesis'), { yaml: broken })).toThrow('the case must parse without errors');
    expect(() => assertInvalid(disconnected, { yaml: broken, errors: ['disconnected-statement 6:3'] })).toThrow('the case must parse without errors');
  });

  it('refuses an invalid case that expects nothing, and a rule id that does not exist', () => {
    expect(() => assertInvalid(disconnected, { yaml: twoLoose, errors: [] })).toThrow(TypeError);
    expect(() => ruleMeta('disconected-statement')).toThrow('no rule "disconected-statement"');
  });

  it('passes a known-bug case only while the findings differ from the expected ones and the map parses', () => {
    const wrong = { yaml: twoLoose, errors: ['disconnected-statement 6:3'], knownBug: 'misses "shade"' };
    expect(() => assertKnownBug(disconnected, wrong)).not.toThrow();
    expect(() => assertKnownBug(disconnected, { ...wrong, errors: ['disconnected-statement 6:3', 'disconnected-statement 7:3'] })).toThrow(
      'drop knownBug',
    );
    const broken = twoLoose.replace('premises: [safer]', 'premises: [safr]');
    expect(() => assertKnownBug(disconnected, { ...wrong, yaml: broken })).toThrow('the case must parse without errors');
  });

  it("runs the rule even when it is off by default or the map's checks: turn it off, at its default level", () => {
    const critical = ruleMeta('critical-question');
    expect(forcedLevel(critical)).toBe('info');
    expect(findingsOf(critical, { yaml: ruleMeta('critical-question').example }).map((d) => d.severity)).toEqual(['info', 'info', 'info']);
    const silenced = `${twoLoose}checks: { disconnected-statement: off }\n`;
    expect(findingsOf(disconnected, { yaml: silenced }).map((d) => `${d.severity} ${d.line}:${d.column}`)).toEqual(['warning 6:3', 'warning 7:3']);
  });

  it("checks quotes against a source text under the map's source file name, or source.txt", () => {
    const quoted = (source: string) => yaml`
      argmap: 1
      ${source}
      theses: [lane]
      statements:
        lane: { text: Lane., quote: build the lane }
    `;
    const files = (source: string) =>
      findingsOf(ruleMeta('quote-not-found'), { yaml: quoted(source), source: 'We should build the new lane this year.' }).flatMap((d) => d.related!.map((r) => r.file));
    expect(files('source: { file: letter.txt }')).toEqual(['letter.txt']);
    expect(files('title: No file')).toEqual(['source.txt']);
  });
});
