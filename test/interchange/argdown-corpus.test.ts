import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimText } from '../../src/interchange/argdown/argdown-model.js';
import type { ArgMap } from '../../src/index.js';
import { ROOT } from '../helpers.js';
import { importedArgdown } from './imported.js';

const ARGDOWN = join(ROOT, '..', 'shared', 'corpora', 'argdown');

type Member = Parameters<typeof claimText>[0] & object;

interface PcsMember {
  title: string;
  role: string;
  data?: { uses?: number[] };
  inference?: { data?: { uses?: number[] } };
}

/** The JSON Argdown's CLI 1.7.5 exports: the reference the import is held to. */
interface Expected {
  statements: Record<string, { members: Member[] }>;
  arguments: Record<string, { members: Member[]; pcs: PcsMember[] }>;
  relations: { from: string; to: string; relationType: string; fromType: string; toType: string }[];
}

/**
 * Every argument the map should have, by text, from Argdown's JSON: one per
 * conclusion of each premise–conclusion structure (from the statements since
 * the conclusion before, or those its `{uses: […]}` numbers), and one per relation (support, entails, attack, undercut)
 * except those argmap cannot hold, which are counted apart (each is a warning).
 */
function expectedArguments(expected: Expected): { args: string[]; leftOut: number; attacksOnArguments: number; contradictions: number } {
  const textOf = (members: Member[], title: string) => members.map(claimText).find((t) => t !== undefined) ?? title;
  const statement = (title: string) => textOf(expected.statements[title]!.members, title);
  const structured = (title: string) => (expected.arguments[title]?.pcs.length ?? 0) > 0;
  // The claim a node stands for: a statement's text, or the description of an argument without a structure.
  const claim = (title: string, type: string) => (type === 'equivalence-class' ? statement(title) : textOf(expected.arguments[title]!.members, title));
  const conclusionOf = (title: string) => statement(expected.arguments[title]!.pcs.at(-1)!.title);

  const args: string[] = [];
  for (const argument of Object.values(expected.arguments)) {
    let since: string[] = [];
    const steps = argument.pcs.filter((member) => member.role !== 'premise').length;
    for (const member of argument.pcs) {
      if (member.role === 'premise') {
        since.push(statement(member.title));
        continue;
      }
      // An argument Argdown's CLI split into its steps (`explodeArguments`) lists each step's premises, and keeps `uses` numbered as before.
      const uses = steps > 1 ? (member.data?.uses ?? member.inference?.data?.uses) : undefined;
      const premises = uses === undefined ? since : uses.map((n) => statement(argument.pcs[n - 1]!.title));
      args.push(`support ${[...new Set(premises)].sort().join(' + ')} → ${statement(member.title)}`);
      since = [statement(member.title)];
    }
  }
  let leftOut = 0;
  let attacksOnArguments = 0;
  let contradictions = 0;
  for (const { relationType: type, from, fromType, to, toType } of expected.relations) {
    if (fromType === 'argument' && structured(from)) throw new Error(`Argdown's JSON has a relation from <${from}>, which has a structure; this test does not expect one`);
    if (type === 'contrary' || type === 'contradictory') contradictions++;
    else if (toType === 'inference' || (toType === 'argument' && structured(to) && type !== 'support')) {
      if (type === 'attack') attacksOnArguments++;
      args.push(`undercut ${claim(from, fromType)} → the argument for ${conclusionOf(to)}`);
    } else if ((toType === 'argument' && structured(to)) || type === 'undercut' || (from === to && fromType === toType)) leftOut++;
    else args.push(`${type === 'attack' ? 'attack' : 'support'} ${claim(from, fromType)} → ${claim(to, toType)}`);
  }
  return { args: args.sort(), leftOut, attacksOnArguments, contradictions };
}

/** Every argument of an imported map, by text, as expectedArguments writes them. */
function argumentsOf(map: ArgMap): string[] {
  const text = new Map(map.statements.map((s) => [s.id, s.text]));
  const byId = new Map(map.arguments.map((a) => [a.id, a]));
  return map.arguments
    .map((a) => {
      const premises = [...new Set(a.premises.map((p) => text.get(p.id)!))].sort().join(' + ');
      const target = a.kind === 'undercut' ? `the argument for ${text.get(byId.get(a.target.id)!.target.id)}` : text.get(a.target.id);
      return `${a.kind} ${premises} → ${target}`;
    })
    .sort();
}

describe.skipIf(!existsSync(ARGDOWN))(`Argdown import on Argdown's own files${existsSync(ARGDOWN) ? '' : ` (skipped: ${ARGDOWN} is absent)`}`, () => {
  const status = existsSync(ARGDOWN) ? readFileSync(join(ARGDOWN, 'expected-json', 'STATUS-argdown-1.7.5.txt'), 'utf8').split('\n') : [];
  const readable = status.filter((line) => line.endsWith(' ok')).map((line) => line.slice(0, -3));
  // Argdown's CLI reads these two with its own preprocessing (an @include, a file of front matter only).
  const cliOnly = new Set(['files/packages/argdown-cli/test/include-test.argdown', 'docs-snippets/syntax__README__59.argdown']);

  it('reads the 220 files Argdown reads', () => {
    expect(readable).toHaveLength(220);
  });

  it.each(readable.filter((file) => !cliOnly.has(file)))('%s: the statements, arguments and relations of Argdown\'s JSON', (file) => {
    const { map, codes } = importedArgdown(readFileSync(join(ARGDOWN, file), 'utf8'), file);
    const expected = JSON.parse(readFileSync(join(ARGDOWN, 'expected-json', file.replace(/\.(argdown|ad)$/, '.json')), 'utf8')) as Expected;
    const withStructure = Object.values(expected.arguments).filter((a) => a.pcs.length > 0).length;
    // Each statement, and each argument without a structure (as the claim it makes), is a statement.
    expect(map.statements.length).toBe(Object.keys(expected.statements).length + Object.keys(expected.arguments).length - withStructure);
    const { args, leftOut, attacksOnArguments, contradictions } = expectedArguments(expected);
    expect(argumentsOf(map)).toEqual(args);
    expect(map.contradictions.length).toBe(contradictions);
    // What argmap cannot hold is a warning each: left out, or an attack on an argument made an undercut.
    expect(codes.filter((code) => code === 'import-unsupported').length).toBe(leftOut);
    expect(codes.filter((code) => code === 'import-argument-attack').length).toBe(attacksOnArguments);
  });

  it('the whole sample: 788 statements, 515 arguments and 530 relations in Argdown; 11 relations argmap cannot hold', () => {
    const totals = { statements: 0, arguments: 0, relations: 0, leftOut: 0 };
    for (const file of readable) {
      const expected = JSON.parse(readFileSync(join(ARGDOWN, 'expected-json', file.replace(/\.(argdown|ad)$/, '.json')), 'utf8')) as Expected;
      totals.statements += Object.keys(expected.statements).length;
      totals.arguments += Object.keys(expected.arguments).length;
      totals.relations += expected.relations.length;
      totals.leftOut += expectedArguments(expected).leftOut;
    }
    // As SOURCES.md counts them; the 11 are 4 supports of an argument with a structure and 7 undercuts of one without.
    expect(totals).toEqual({ statements: 788, arguments: 515, relations: 530, leftOut: 11 });
  });
});
