import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';
import { ROOT } from '../helpers.js';
import { importedAif } from './imported.js';

const AIF = join(ROOT, '..', 'shared', 'corpora', 'aif');

interface IndexEntry {
  file: string;
  node_types: Record<string, number>;
  RA_with_2plus_I_premises: number;
}

interface RawNode {
  nodeID: string | number;
  type: string;
}

/**
 * What docs/interchange.md says an AIF file becomes, counted from the file
 * itself: each S-node (RA, CA, MA) makes one argument per node it points at
 * that it can be an argument for (an I-node other than its only premises, or,
 * for a CA, an S-node that became an argument), and is left out with a
 * warning when it has no I-node premise or a target it cannot argue for; two
 * CA nodes each way between the same two I-nodes (one premise each, nothing
 * undercutting them) make one contradiction instead of two attacks.
 */
function fromSource(json: { nodes: RawNode[]; edges: { fromID: unknown; toID: unknown }[] }) {
  const type = new Map<string, string>();
  for (const node of json.nodes) if (!type.has(String(node.nodeID))) type.set(String(node.nodeID), node.type);
  const premises = new Map<string, Set<string>>();
  const targets = new Map<string, string[]>();
  for (const { fromID, toID } of json.edges) {
    const [from, to] = [String(fromID), String(toID)];
    if (!type.has(from) || !type.has(to)) continue;
    if (type.get(from) === 'I') premises.set(to, (premises.get(to) ?? new Set()).add(from));
    if (['I', 'RA', 'CA', 'MA'].includes(type.get(to)!)) targets.set(from, [...(targets.get(from) ?? []), to]);
  }
  const sNodes = [...type].filter(([, t]) => ['RA', 'CA', 'MA'].includes(t)).map(([id]) => id);
  // How many arguments each S-node makes; undercuts count only once what they aim at is known, so this repeats until nothing changes.
  const made = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of sNodes) {
      const own = premises.get(node) ?? new Set<string>();
      const count = own.size === 0 ? 0 : (targets.get(node) ?? []).reduce((sum, target) => {
        if (type.get(target) === 'I') return sum + ([...own].some((p) => p !== target) ? 1 : 0);
        return sum + (type.get(node) === 'CA' ? (made.get(target) ?? 0) : 0);
      }, 0);
      if ((made.get(node) ?? 0) !== count) (made.set(node, count), (changed = true));
    }
  }
  const incomplete = sNodes.filter((node) => (made.get(node) ?? 0) === 0);
  const total = (t: string) => sNodes.filter((node) => type.get(node) === t).reduce((sum, node) => sum + (made.get(node) ?? 0), 0);
  // Conflicts between two I-nodes, one premise each, that no undercut aims at: a pair each way is one contradiction.
  const undercut = new Set(sNodes.filter((node) => type.get(node) === 'CA' && made.get(node)).flatMap((node) => targets.get(node)!.filter((t) => type.get(t) !== 'I')));
  const single = new Map<string, number>();
  for (const node of sNodes) {
    const own = [...(premises.get(node) ?? [])];
    const to = targets.get(node) ?? [];
    if (type.get(node) !== 'CA' || own.length !== 1 || to.length !== 1 || type.get(to[0]!) !== 'I' || own[0] === to[0] || undercut.has(node)) continue;
    single.set(`${own[0]} ${to[0]}`, (single.get(`${own[0]} ${to[0]}`) ?? 0) + 1);
  }
  let contradictions = 0;
  for (const [pair, count] of single) {
    const [a, b] = pair.split(' ') as [string, string];
    if (a < b) contradictions += Math.min(count, single.get(`${b} ${a}`) ?? 0);
  }
  const split = sNodes.filter((node) => (made.get(node) ?? 0) > 1).length;
  return { supports: total('RA'), rephrases: total('MA'), conflicts: total('CA'), contradictions, split, incomplete: incomplete.map((node) => `${type.get(node)}-node ${node}`).sort() };
}

describe.skipIf(!existsSync(AIF))(`AIF import on real AIFdb maps${existsSync(AIF) ? '' : ` (skipped: ${AIF} is absent)`}`, () => {
  const index = existsSync(AIF) ? (JSON.parse(readFileSync(join(AIF, 'INDEX.json'), 'utf8')) as IndexEntry[]) : [];

  it('reads all 50 maps of the index', () => {
    expect(index).toHaveLength(50);
  });

  it.each(index.map((entry) => [entry.file, entry]))('%s: I-nodes, RA, CA and MA nodes all accounted for, and no format error', (file, entry) => {
    const text = readFileSync(join(AIF, file), 'utf8');
    const { map, yaml, outcome } = importedAif(text, file);
    const json = JSON.parse(text) as { AIF?: unknown };
    const source = fromSource((json.AIF ?? json) as Parameters<typeof fromSource>[0]);
    const count = (kind: string, rephrase = false) => map.arguments.filter((a) => a.kind === kind && (a.note !== undefined) === rephrase).length;
    const types = entry.node_types;

    expect(map.statements).toHaveLength(types.I ?? 0);
    // Every S-node that is left out is named in a warning of its own.
    const leftOut = outcome.diagnostics.filter((d) => d.code === 'import-unsupported').map((d) => /^(\w+-node \S+)/.exec(d.message)![1]!).sort();
    expect(leftOut).toEqual(source.incomplete);
    const incomplete = (t: string) => source.incomplete.filter((name) => name.startsWith(`${t}-`)).length;
    // RA nodes = arguments; CA nodes = attacks + undercuts (a contradiction is two CA nodes); MA nodes = rephrase arguments; each less those left out.
    expect({ RA: count('support'), CA: count('attack') + count('undercut') + 2 * map.contradictions.length, MA: count('support', true) }).toEqual({
      RA: source.supports,
      CA: source.conflicts,
      MA: source.rephrases,
    });
    expect({ RA: source.supports + incomplete('RA'), CA: source.conflicts + incomplete('CA'), MA: source.rephrases + incomplete('MA') }).toEqual({
      RA: types.RA ?? 0,
      CA: types.CA ?? 0,
      MA: types.MA ?? 0,
    });
    expect(map.contradictions).toHaveLength(source.contradictions);
    expect(map.arguments.filter((a) => a.kind === 'support' && a.premises.length >= 2 && !a.note)).toHaveLength(entry.RA_with_2plus_I_premises);
    // The consistency rules find real faults in one QT30 analysis only: a premise that both supports and attacks.
    const ruleErrors = checkText(yaml, file).filter((d) => d.severity === 'error').map((d) => d.code);
    expect(ruleErrors).toEqual(file === 'qt30/nodeset19761.json' ? ['circular-reasoning', 'support-and-attack'] : []);
  });

  it('the sample as a whole: 18 of 401 S-nodes left out (no premise, or no target), none split, no mutual conflicts', () => {
    const totals = { RA: 0, CA: 0, MA: 0, leftOut: 0, contradictions: 0, split: 0 };
    for (const entry of index) {
      const json = JSON.parse(readFileSync(join(AIF, entry.file), 'utf8')) as { AIF?: unknown };
      const source = fromSource((json.AIF ?? json) as Parameters<typeof fromSource>[0]);
      totals.RA += entry.node_types.RA ?? 0;
      totals.CA += entry.node_types.CA ?? 0;
      totals.MA += entry.node_types.MA ?? 0;
      totals.leftOut += source.incomplete.length;
      totals.contradictions += source.contradictions;
      totals.split += source.split;
    }
    // The rules for split S-nodes and contradictions are held by the tests in aif.test.ts; this sample has neither.
    expect(totals).toEqual({ RA: 236, CA: 49, MA: 116, leftOut: 18, contradictions: 0, split: 0 });
  });

  it('speakers come from the dialogue layer; rephrases and transitions are reported', () => {
    const { map, codes } = importedAif(readFileSync(join(AIF, 'qt30/nodeset23565.json'), 'utf8'), 'nodeset23565.json');
    expect(map.speakers.map((s) => s.name)).toEqual(['AudienceMember 20211028QT09', 'AudienceMember 20211028QT10', 'AudienceMember 20211028QT11']);
    expect(map.statements.every((s) => s.speaker !== undefined)).toBe(true);
    expect(codes).toEqual(['import-unsupported', 'import-dialogue', 'import-rephrase']);
  });

  it('an OVA save (wrapped in "AIF") with a rebut and an undercut', () => {
    const { map } = importedAif(readFileSync(join(AIF, 'misc/papa_rebut_undercut.ova.json'), 'utf8'), 'papa.json');
    expect(map.arguments.map((a) => a.kind).sort()).toEqual(expect.arrayContaining(['attack', 'undercut']));
  });
});
