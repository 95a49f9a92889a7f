import { describe, expect, it } from 'vitest';
import { checkMap, findRule, parseMap, type CheckOptions, type Diagnostic, type RelatedLocation, type RuleMeta, type SourceText } from '../../src/index.js';

/**
 * One test file per rule, as ESLint's RuleTester does it: a rule's cases are
 * maps that must not trigger it (`valid`) and maps that must, with the exact
 * list of its findings (`invalid`). Each case runs the real pipeline: parse
 * (which must find no errors, so a broken fixture cannot pass by never
 * reaching the rules), then check with the rule forced on, so that a rule
 * that is off by default is still tested. Other rules' findings are ignored.
 */

/** The map file's name in every case: findings in the map carry it. */
const MAP_FILE = 'm.yaml';
/** The source's name when a case gives its text and the map names no `source: { file }`. */
const SOURCE_FILE = 'source.txt';

export interface ValidCase {
  /** What the case shows; the test's name. */
  name?: string;
  yaml: string;
  /** The source text quotes are checked against, or a source that could not be read. */
  source?: string | SourceText;
  /** Levels of other rules, for example to turn off a slow or noisy one; the tested rule stays on. */
  options?: Pick<CheckOptions, 'rules'>;
}

/**
 * One expected finding: `'code line:column'`, or that with the parts a case
 * needs to pin down. `message` and `hint` are exact strings or patterns
 * (`hint: undefined` asserts there is none); `related` lists each related
 * place as `'line:column message'` (a place in another file, such as the
 * source text, as the whole related location).
 */
export type ExpectedFinding =
  | string
  | { at: string; message?: string | RegExp; hint?: string | RegExp; related?: (string | RelatedLocation)[] };

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in the order the checker reports them (by position). */
  errors: ExpectedFinding[];
  /**
   * A known bug in the rule, in a sentence: the case states the behaviour the
   * rule should have, and its test passes while the findings differ from it;
   * once the rule is fixed the test fails, and the field should go.
   */
  knownBug?: string;
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** The rule's metadata, from its id or as given; an unknown id is a mistake in the test. */
export function ruleMeta(rule: string | RuleMeta): RuleMeta {
  if (typeof rule !== 'string') return rule;
  const meta = findRule(rule);
  if (meta === undefined) throw new TypeError(`testRule: no rule "${rule}"`);
  return meta;
}

/** The level the rule runs at in a case: its default, or `info` when it is off by default. */
export function forcedLevel(rule: RuleMeta): 'error' | 'warning' | 'info' {
  return rule.level === 'off' ? 'info' : rule.level;
}

/** Parses the case's map, fails on any parse error, and returns the rule's findings. */
export function findingsOf(rule: RuleMeta, testCase: ValidCase): Diagnostic[] {
  const { map, diagnostics } = parseMap(testCase.yaml, MAP_FILE);
  const parseErrors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(compact);
  expect(parseErrors, 'the case must parse without errors').toEqual([]);
  const options: CheckOptions = { rules: { ...testCase.options?.rules, [rule.id]: forcedLevel(rule) } };
  const source = testCase.source;
  if (typeof source === 'string') options.source = { file: map.source?.file?.value ?? SOURCE_FILE, text: source };
  else if (source !== undefined) options.source = source;
  const findings = checkMap(map, testCase.yaml, options).filter((diagnostic) => diagnostic.code === rule.id);
  expect(
    findings.map((finding) => finding.severity),
    'every finding at the level the rule was run at',
  ).toEqual(findings.map(() => forcedLevel(rule)));
  // A finding with no related places has none listed (reporters print what is there), so `related: []` below means "absent".
  expect(findings.filter((finding) => finding.related?.length === 0).map(compact), 'no empty list of related places').toEqual([]);
  return findings;
}

/** Fails unless the case yields no finding of the rule. */
export function assertValid(rule: RuleMeta, testCase: ValidCase): void {
  expect(findingsOf(rule, testCase).map(compact), `no ${rule.id} finding`).toEqual([]);
}

/** Fails unless the case yields exactly the expected findings of the rule, in order. */
export function assertInvalid(rule: RuleMeta, testCase: InvalidCase): void {
  if (testCase.errors.length === 0) throw new TypeError(`testRule: an invalid case of ${rule.id} expects no findings; make it a valid case`);
  const findings = findingsOf(rule, testCase);
  // Each finding is shown in the shape of the expectation it is compared with, so a mismatch reads as a plain diff.
  const actual = findings.map((finding, i) => project(finding, testCase.errors[i]));
  const expected = testCase.errors.map((error) =>
    typeof error === 'string'
      ? error
      : {
          ...error,
          ...(error.message instanceof RegExp ? { message: expect.stringMatching(error.message) } : {}),
          ...(error.hint instanceof RegExp ? { hint: expect.stringMatching(error.hint) } : {}),
        },
  );
  expect(actual, `the ${rule.id} findings`).toEqual(expected);
}

/**
 * Passes while a known bug stands: the case parses, and its findings differ
 * from the expected ones. Fails once they match, so the fix is noticed.
 */
export function assertKnownBug(rule: RuleMeta, testCase: InvalidCase): void {
  findingsOf(rule, testCase);
  expect(() => assertInvalid(rule, testCase), `${rule.id} now gives the expected findings: drop knownBug from the case`).toThrow(
    `the ${rule.id} findings`,
  );
}

/**
 * Makes a describe block for the rule with one test per case, and one that
 * the rule's own example (shown in docs/rules.md) is among the invalid cases.
 */
export function testRule(rule: string | RuleMeta, cases: RuleCases): void {
  const meta = ruleMeta(rule);
  const valid = cases.valid.map((entry) => (typeof entry === 'string' ? { yaml: entry } : entry));
  describe(meta.id, () => {
    if (valid.length === 0 || cases.invalid.length === 0) throw new TypeError(`testRule: give ${meta.id} at least one valid and one invalid case`);
    valid.forEach((testCase, i) => {
      it(`valid: ${testCase.name ?? `case ${i + 1}`}`, () => assertValid(meta, testCase));
    });
    cases.invalid.forEach((testCase, i) => {
      const name = `invalid: ${testCase.name ?? `case ${i + 1}`}`;
      if (testCase.knownBug === undefined) it(name, () => assertInvalid(meta, testCase));
      else it(`${name} (known bug: ${testCase.knownBug})`, () => assertKnownBug(meta, testCase));
    });
    it("has the rule's example among its invalid cases", () => {
      expect(cases.invalid.map((testCase) => testCase.yaml)).toContain(meta.example);
    });
  });
}

/** `code line:column`: how findings are named in `errors`. */
function compact(diagnostic: Diagnostic): string {
  return `${diagnostic.code} ${diagnostic.line}:${diagnostic.column}`;
}

/** A finding reduced to the parts its expectation names (all of it compact when there is none). */
function project(finding: Diagnostic, expected: ExpectedFinding | undefined): unknown {
  if (expected === undefined || typeof expected === 'string') return compact(finding);
  const shown: Record<string, unknown> = { at: compact(finding) };
  if ('message' in expected) shown.message = finding.message;
  if ('hint' in expected) shown.hint = finding.hint;
  if ('related' in expected) {
    shown.related = (finding.related ?? []).map((related, i) =>
      typeof expected.related?.[i] === 'object' || related.file !== finding.file ? related : `${related.line}:${related.column} ${related.message}`,
    );
  }
  return shown;
}
