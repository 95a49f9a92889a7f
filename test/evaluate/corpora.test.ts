import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { readFramework, readIndexNames, frameworkFormatOf, type Framework } from '../../src/interchange/abstract-framework.js';
import { ROOT } from '../helpers.js';
import { argumentOf, bagMap, frameworkMap, mapOf, statementOf } from './maps.js';

/**
 * Evaluation against published answers in ../shared/corpora (read there, never
 * copied): ICCMA frameworks with their grounded extensions, DF-QuAD strengths
 * computed by Uncertainpy, and Carneades 4's examples with their expected labels.
 */
const CORPORA = join(ROOT, '..', 'shared', 'corpora');
const ICCMA = join(CORPORA, 'iccma', 'converted');
const DFQUAD = join(CORPORA, 'dfquad');
const CARNEADES = join(CORPORA, 'carneades', 'yaml');
const absent = (folder: string) => (existsSync(folder) ? '' : ` (skipped: ${folder} is absent)`);

interface Reference {
  name: string;
  GR_clingo: string[];
}

function frameworkFrom(file: string): Framework {
  const format = frameworkFormatOf(file)!;
  const names = existsSync(`${file}.map`) ? readIndexNames(readFileSync(`${file}.map`, 'utf8')) : undefined;
  const reading = readFramework(readFileSync(file, 'utf8'), format, names);
  expect(reading.problems).toEqual([]);
  return reading.framework!;
}

describe.skipIf(!existsSync(ICCMA))(`ICCMA frameworks: grounded labelling equals the reference grounded extension${absent(ICCMA)}`, () => {
  const references = existsSync(ICCMA) ? (JSON.parse(readFileSync(join(ICCMA, 'REFERENCE_RESULTS.json'), 'utf8')) as Reference[]) : [];
  const folders = existsSync(ICCMA) ? readdirSync(ICCMA, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
  const files = folders.flatMap((folder) => readdirSync(join(ICCMA, folder)).filter((name) => frameworkFormatOf(name) !== undefined).map((name) => join(ICCMA, folder, name)));

  it('reads all 26 frameworks in all three formats', () => {
    expect(references).toHaveLength(26);
    expect(files).toHaveLength(78);
  });

  it.each(files.map((file) => [file.slice(ICCMA.length + 1), file]))('%s', (_, file) => {
    const name = file.split('/').at(-1)!.replace(/\.(apx|tgf|af)$/, '');
    const reference = references.find((candidate) => candidate.name === name)!;
    const framework = frameworkFrom(file);
    const labels = evaluate(frameworkMap(framework.names, framework.attacks)).labels;
    const extension = new Set(reference.GR_clingo);
    const attackedByExtension = new Set(framework.attacks.filter(([from]) => extension.has(from)).map(([, to]) => to));
    for (const argument of framework.names) {
      const expected = extension.has(argument) ? 'in' : attackedByExtension.has(argument) ? 'out' : 'undecided';
      expect(labels.get(argument), argument).toBe(expected);
    }
  });
});

interface StrengthExample {
  bag_file?: string;
  arguments?: { name: string; base: number }[];
  attacks?: [string, string][];
  supports?: [string, string][];
  strengths: { 'DF-QuAD': Record<string, number> };
}

/** A .bag file: arg(name, base). att(a, b). sup(a, b). */
function readBag(text: string): { bases: Record<string, number>; attacks: [string, string][]; supports: [string, string][] } {
  const bases: Record<string, number> = {};
  const attacks: [string, string][] = [];
  const supports: [string, string][] = [];
  for (const [, kind, a, b] of text.matchAll(/(arg|att|sup)\(\s*([^,\s)]+)\s*,\s*([^,\s)]+)\s*\)/g)) {
    if (kind === 'arg') bases[a!] = Number(b);
    else (kind === 'att' ? attacks : supports).push([a!, b!]);
  }
  return { bases, attacks, supports };
}

describe.skipIf(!existsSync(DFQUAD))(`DF-QuAD strengths equal Uncertainpy's${absent(DFQUAD)}`, () => {
  const examples = existsSync(DFQUAD)
    ? (JSON.parse(readFileSync(join(DFQUAD, 'expected_strengths.json'), 'utf8')) as { examples: Record<string, StrengthExample> }).examples
    : {};

  it.each(Object.entries(examples))('%s', (name, example) => {
    const bag = example.bag_file
      ? readBag(readFileSync(join(DFQUAD, example.bag_file), 'utf8'))
      : { bases: Object.fromEntries(example.arguments!.map((a) => [a.name, a.base])), attacks: example.attacks!, supports: example.supports! };
    const evaluation = evaluate(bagMap(bag.bases, bag.attacks, bag.supports), { semantics: 'dfquad' });
    // Uncertainpy's cyclic run is a continuous approximation (RK4, epsilon 0.001): compare to 1e-2 there.
    const digits = name.includes('cyclic') ? 2 : 6;
    expect(evaluation.converged).toBe(true);
    for (const [id, strength] of Object.entries(example.strengths['DF-QuAD'])) expect(evaluation.strengths!.get(id), id).toBeCloseTo(strength, digits);
  });
});

interface CarneadesGraph {
  statements?: Record<string, unknown>;
  issues?: Record<string, { positions?: string[] }>;
  arguments?: Record<string, { conclusion: string; premises?: string[] | Record<string, string>; undercutter?: string }>;
  assumptions?: string[];
  tests?: { in?: string[]; out?: string[]; undecided?: string[] };
}

/**
 * A Carneades graph as an argmap map. Carneades' statements need an
 * assumption or an argument to hold; argmap presumes what nothing supports,
 * so each statement that is not an assumption gets a support that always
 * fails, which leaves it out unless a real argument holds. Undercutters
 * become undercutting arguments, and each issue's positions contradict each
 * other pairwise.
 */
function carneadesMap(graph: CarneadesGraph) {
  const ids = Object.keys(graph.statements ?? {});
  // Assumptions are listed, or marked on the statement (`assumed: true`).
  const assumed = new Set([...(graph.assumptions ?? []), ...ids.filter((id) => (graph.statements![id] as { assumed?: boolean } | null)?.assumed === true)]);
  const statements = [...ids.map((id) => statementOf(id)), statementOf('⊤'), statementOf('⊥')];
  const args = [argumentOf('⊤-attacks-⊥', 'attack', '⊥', ['⊤'])];
  for (const id of ids) if (!assumed.has(id)) args.push(argumentOf(`unassumed-${id}`, 'support', id, ['⊥']));
  for (const [id, argument] of Object.entries(graph.arguments ?? {})) {
    const premises = Array.isArray(argument.premises) ? argument.premises : Object.values(argument.premises ?? {});
    args.push(argumentOf(id, 'support', argument.conclusion, premises.length > 0 ? premises : ['⊤']));
    if (argument.undercutter !== undefined) args.push(argumentOf(`undercut-${id}`, 'undercut', id, [argument.undercutter]));
  }
  const contradictions: [string, string][] = [];
  for (const issue of Object.values(graph.issues ?? {})) {
    const positions = issue.positions ?? [];
    for (let i = 0; i < positions.length; i++) for (let j = i + 1; j < positions.length; j++) contradictions.push([positions[i]!, positions[j]!]);
  }
  return mapOf(statements, args, contradictions);
}

/** The Carneades examples whose expected labels argmap's grounded labelling gives exactly (docs/evaluation.md says why the others differ). */
const CARNEADES_AGREES = [
  'dung-attack-cycle.yml', 'dung-reinstatement.yml', 'even-loop.yml', 'frisian.yml', 'independent-support-loop.yml', 'jogging2.yml', 'odd-loop.yml',
  'pollock-red-light.yml', 'prakken-sartor-murder.yml', 'self-defeat.yml', 'sherlock.yml', 'snake.yml', 'support-loop.yml', 'tandem.yml',
  'toulmin.yml', 'trivial.yml', 'tweety.yml', 'unreliable-witness.yml', 'unsupported.yml', 'unsupported2.yml', 'vacation.yml',
];

describe.skipIf(!existsSync(CARNEADES))(`Carneades 4 examples with expected labels${absent(CARNEADES)}`, () => {
  const files = existsSync(CARNEADES) ? readdirSync(CARNEADES).filter((name) => name.endsWith('.yml')) : [];

  it('argmap agrees with Carneades on the examples that do not depend on proof standards or weights', () => {
    const agreeing: string[] = [];
    const report: string[] = [];
    for (const file of files) {
      const graph = load(readFileSync(join(CARNEADES, file), 'utf8')) as CarneadesGraph;
      if (graph.tests === undefined) continue;
      const labels = evaluate(carneadesMap(graph)).labels;
      const wrong = (['in', 'out', 'undecided'] as const).flatMap((label) => (graph.tests![label] ?? []).filter((id) => labels.get(id) !== label).map((id) => `${id}: ${label} expected, ${labels.get(id)}`));
      if (wrong.length === 0) agreeing.push(file);
      else report.push(`${file}: ${wrong.join('; ')}`);
    }
    expect(agreeing, report.join('\n')).toEqual(CARNEADES_AGREES);
    expect(report).toHaveLength(13);
  });
});
