/**
 * AIFdb JSON (bare, or wrapped as OVA saves it: `{ "AIF": {...} }`) to an
 * argmap map. I-nodes become statements; an RA node an argument for its
 * conclusion, its incoming I-nodes the (linked) premises; a CA node an
 * attack, or an undercut when it points at an RA or CA node (an RA node
 * that points at one backs that argument: `supports:` it); two CA nodes
 * each way between the same two I-nodes a contradiction; an MA node
 * (rephrase) an argument for the rephrased statement. Speakers come from
 * the dialogue layer: the participants (or the "Name : text" of L-nodes)
 * whose locution asserts a statement through a YA node. What argmap cannot
 * say (preferences, a rephrase of an inference, dialogue moves) is left out
 * with a warning.
 */
import { createLocator } from '../diagnostics/locate.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { argmapSchemeOf } from './aif-schemes.js';
import { createIdMaker } from './ids.js';
import type { ImportOutcome, MapDocument } from './types.js';

interface Node {
  id: string;
  type: string;
  text: string;
}

interface ArgumentOut {
  kind: 'supports' | 'attacks' | 'undercuts';
  target: string;
  premises: string[];
  scheme?: string;
  note?: string;
}

export function importAif(text: string, file: string): ImportOutcome {
  const diagnostics: Diagnostic[] = [];
  const locator = createLocator(file, text);
  const report = (severity: 'error' | 'warning' | 'info', code: string, message: string, hint?: string, offset = 0) => {
    const { line, column, endLine, endColumn } = locator.locate({ start: offset, end: offset });
    diagnostics.push({ file, line, column, endLine, endColumn, code, severity, message, ...(hint === undefined ? {} : { hint }) });
  };
  // Where a node is written, for messages: its "nodeID" in the file.
  const offsetOf = (nodeID: string) => {
    const match = new RegExp(`"nodeID"\\s*:\\s*"?${nodeID.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*[,}]`).exec(text);
    return match?.index ?? 0;
  };

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    report('error', 'import-json', `This is not JSON: ${String((error as Error).message)}.`, 'An AIF file is AIFdb JSON: { "nodes": [...], "edges": [...] }.', at === undefined ? 0 : Number(at));
    return { document: undefined, diagnostics };
  }
  const aif = isObject(json) && isObject(json.AIF) ? json.AIF : json;
  if (!isObject(aif) || !Array.isArray(aif.nodes) || !Array.isArray(aif.edges)) {
    report('error', 'import-not-aif', 'This JSON is not AIF: it has no "nodes" and "edges" lists.', 'argmap reads AIFdb JSON, as AIFdb and OVA export it.');
    return { document: undefined, diagnostics };
  }

  const nodes = new Map<string, Node>();
  for (const raw of aif.nodes) {
    if (!isObject(raw) || (typeof raw.nodeID !== 'string' && typeof raw.nodeID !== 'number') || typeof raw.type !== 'string') {
      report('warning', 'import-bad-node', 'A node without a "nodeID" or a "type" was left out.', undefined, 0);
      continue;
    }
    const id = String(raw.nodeID);
    nodes.set(id, { id, type: raw.type, text: typeof raw.text === 'string' ? raw.text : '' });
  }
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const raw of aif.edges) {
    const from = isObject(raw) ? String(raw.fromID) : undefined;
    const to = isObject(raw) ? String(raw.toID) : undefined;
    if (from === undefined || to === undefined || !nodes.has(from) || !nodes.has(to)) {
      report('warning', 'import-dangling-edge', `An edge from ${from ?? '?'} to ${to ?? '?'} names a node the file does not have; it was left out.`);
      continue;
    }
    push(outgoing, from, to);
    push(incoming, to, from);
  }
  const typeOf = (id: string) => nodes.get(id)!.type;
  const ins = (id: string, type: string) => (incoming.get(id) ?? []).filter((other) => typeOf(other) === type);
  const outs = (id: string) => outgoing.get(id) ?? [];

  // Statements, with readable ids.
  const makeId = createIdMaker();
  const statementIds = new Map<string, string>();
  const statements: Record<string, string | Record<string, unknown>> = {};
  for (const node of nodes.values()) {
    if (node.type !== 'I') continue;
    let statementText = node.text.replace(/\s+/g, ' ').trim();
    if (statementText === '') {
      statementText = `(I-node ${node.id} has no text)`;
      report('warning', 'import-empty-text', `I-node ${node.id} has no text; it was given a placeholder.`, 'Write the claim in the map.', offsetOf(node.id));
    }
    const id = makeId(statementText, `i${node.id}`);
    statementIds.set(node.id, id);
    statements[id] = statementText;
  }

  // Arguments: RA and MA support, CA attack or undercut.
  const args: Record<string, ArgumentOut> = {};
  const argumentIds = new Map<string, string>();
  // Arguments are named after their S-node ("ra12"), made an id and kept clear of every name already given.
  const taken = new Set(statementIds.values());
  const argumentId = (type: string, key: string) => {
    const base = `${type.toLowerCase()}${key}`.replace(/[^A-Za-z0-9_.-]+/g, '-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  // The arguments each S-node became, for the undercuts that aim at it.
  const partsOf = new Map<string, string[]>();
  // Undercuts, and backings (an RA at an argument): aimed once every S-node has its arguments.
  const undercuts: { id: string; node: string; kind: 'undercuts' | 'supports'; targetNode: string; premises: string[]; scheme?: string }[] = [];
  const counts = { preference: 0, transition: 0, rephrase: 0 };
  const conflicts: { id: string; premise: string; target: string }[] = [];
  const unsupported = (node: Node, why: string) => report('warning', 'import-unsupported', `${node.type}-node ${node.id} ${why}; it was left out.`, undefined, offsetOf(node.id));
  for (const node of nodes.values()) {
    if (node.type === 'PA') counts.preference++;
    if (node.type === 'TA') counts.transition++;
    if (node.type !== 'RA' && node.type !== 'MA' && node.type !== 'CA') continue;
    const premises = [...new Set(ins(node.id, 'I').map((id) => statementIds.get(id)!))];
    if (premises.length === 0) {
      unsupported(node, 'has no I-node coming into it');
      continue;
    }
    const targets = outs(node.id).filter((id) => ['I', 'RA', 'CA', 'MA'].includes(typeOf(id)));
    if (targets.length === 0) {
      unsupported(node, 'points at no I-node or argument');
      continue;
    }
    targets.forEach((target, i) => {
      const key = targets.length === 1 ? node.id : `${node.id}-${i + 1}`;
      const id = argumentId(node.type, key);
      if (typeOf(target) === 'I') {
        const conclusion = statementIds.get(target)!;
        const kept = premises.filter((premise) => premise !== conclusion);
        if (kept.length === 0) return unsupported(node, 'has its own conclusion as its only premise');
        if (node.type === 'CA') {
          if (kept.length === 1) conflicts.push({ id, premise: kept[0]!, target: conclusion });
          args[id] = { kind: 'attacks', target: conclusion, premises: kept };
        } else {
          const scheme = node.type === 'RA' ? argmapSchemeOf(node.text) : undefined;
          if (node.type === 'MA') counts.rephrase++;
          args[id] = { kind: 'supports', target: conclusion, premises: kept, ...(scheme ? { scheme } : {}), ...(node.type === 'MA' ? { note: 'A rephrase in the AIF source (MA node).' } : {}) };
        }
        argumentIds.set(key, id);
        push(partsOf, node.id, id);
      } else if (node.type === 'CA' || node.type === 'RA') {
        // Resolved below, once every S-node has its arguments.
        const scheme = node.type === 'RA' ? argmapSchemeOf(node.text) : undefined;
        undercuts.push({ id, node: node.id, kind: node.type === 'CA' ? 'undercuts' : 'supports', targetNode: target, premises, ...(scheme ? { scheme } : {}) });
        push(partsOf, node.id, id);
      } else {
        unsupported(node, `supports the ${typeOf(target)}-node ${target}, an inference; argmap arguments support statements`);
      }
    });
  }
  // An undercut aims at every argument its target S-node became; one whose target became none is left out,
  // and that may leave another undercut with nothing to aim at, so this runs until nothing changes.
  let pending = undercuts;
  for (let changed = true; changed; ) {
    changed = false;
    const kept: typeof undercuts = [];
    const alive = new Set(pending.map((u) => u.id));
    for (const undercut of pending) {
      const parts = (partsOf.get(undercut.targetNode) ?? []).filter((part) => part in args || alive.has(part));
      if (parts.length === 0) {
        const what = undercut.kind === 'undercuts' ? 'CA-node' : 'RA-node';
        report('warning', 'import-unsupported', `${what} ${undercut.node} ${undercut.kind === 'undercuts' ? 'undercuts' : 'backs'} a node that did not become an argument; it was left out.`, undefined, offsetOf(undercut.node));
        partsOf.set(undercut.node, (partsOf.get(undercut.node) ?? []).filter((part) => part !== undercut.id));
        changed = true;
      } else kept.push(undercut);
    }
    pending = kept;
  }
  const alive = new Set(pending.map((u) => u.id));
  for (const undercut of pending) {
    const parts = partsOf.get(undercut.targetNode)!.filter((part) => part in args || alive.has(part));
    const { kind, premises, scheme } = undercut;
    parts.forEach((part, i) => (args[i === 0 ? undercut.id : argumentId(kind === 'undercuts' ? 'ca' : 'ra', `${undercut.node}-${i + 1}`)] = { kind, target: part, premises, ...(scheme ? { scheme } : {}) }));
  }

  // A conflict each way between the same two statements is one contradiction (as many as there are pairs).
  const contradictions: [string, string][] = [];
  const byPair = new Map<string, string[]>();
  // An attack that something undercuts stays an argument (once, not per conflict: maps have tens of thousands).
  const undercut = new Set(Object.values(args).filter((argument) => argument.kind === 'undercuts').map((argument) => argument.target));
  for (const { id, premise, target } of conflicts) {
    if (args[id]?.premises.length === 1 && !undercut.has(id)) push(byPair, `${premise}\u0000${target}`, id);
  }
  for (const [key, forward] of byPair) {
    const [a, b] = key.split('\u0000') as [string, string];
    const backward = byPair.get(`${b}\u0000${a}`);
    if (backward === undefined || a >= b) continue;
    for (let i = 0; i < Math.min(forward.length, backward.length); i++) {
      delete args[forward[i]!];
      delete args[backward[i]!];
      contradictions.push([a, b]);
    }
  }

  if (counts.preference > 0) report('warning', 'import-preference', `${counts.preference} preference (PA) node${counts.preference === 1 ? '' : 's'} left out: argmap maps have no preferences.`);
  if (counts.transition > 0) report('info', 'import-dialogue', `${counts.transition} transition (TA) node${counts.transition === 1 ? '' : 's'} of the dialogue left out: the map keeps who asserted what, not the order of the moves.`);
  if (counts.rephrase > 0) report('warning', 'import-rephrase', `${counts.rephrase} rephrase (MA) node${counts.rephrase === 1 ? '' : 's'} became arguments for the statement rephrased, with a note saying so.`);

  const { speakers, speakerOf } = readSpeakers(aif, nodes, incoming, outgoing, statementIds);
  for (const [node, speaker] of speakerOf) {
    const id = statementIds.get(node)!;
    statements[id] = { text: statements[id] as string, speaker };
  }

  const premisesUsed = new Set(Object.values(args).flatMap((argument) => argument.premises));
  const theses = [...new Set(Object.values(args).filter((a) => a.kind === 'supports' && !(a.target in args) && !premisesUsed.has(a.target)).map((a) => a.target))];
  const document: MapDocument = { argmap: 1, title: `Imported from ${file.split('/').pop()}` };
  if (Object.keys(speakers).length > 0) document.speakers = speakers;
  if (theses.length > 0) document.theses = theses;
  document.statements = statements;
  if (Object.keys(args).length > 0) {
    document.arguments = Object.fromEntries(
      Object.entries(args).map(([id, { kind, target, premises, scheme, note }]) => [id, { [kind]: target, premises, ...(scheme ? { scheme } : {}), ...(note ? { note } : {}) }]),
    );
  }
  if (contradictions.length > 0) document.contradictions = contradictions;
  if (statementIds.size === 0) report('warning', 'import-empty', 'The file has no I-nodes, so the map has no statements.', 'An argmap map needs at least one statement.');
  return { document, diagnostics };
}

/** Speakers from participants and locutions (or "Name : text" L-nodes), and who asserts which I-node through a YA node. */
function readSpeakers(
  aif: Record<string, unknown>,
  nodes: Map<string, Node>,
  incoming: Map<string, string[]>,
  outgoing: Map<string, string[]>,
  statementIds: Map<string, string>,
): { speakers: Record<string, string>; speakerOf: Map<string, string> } {
  const people = new Map<string, string>();
  for (const raw of Array.isArray(aif.participants) ? aif.participants : []) {
    if (!isObject(raw)) continue;
    const name = [raw.firstname, raw.surname].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ').trim();
    if (name !== '') people.set(String(raw.participantID), name);
  }
  const personOf = new Map<string, string>();
  for (const raw of Array.isArray(aif.locutions) ? aif.locutions : []) {
    if (isObject(raw) && raw.personID !== undefined && raw.personID !== null) personOf.set(String(raw.nodeID), String(raw.personID));
  }
  const nameOfLocution = (id: string) => {
    const person = personOf.get(id);
    if (person !== undefined && people.has(person)) return people.get(person)!;
    // QT30 and OVA write the speaker into the locution's text: "Fiona Bruce : …".
    return /^\s*([^:]{1,60}?)\s+:\s/.exec(nodes.get(id)!.text)?.[1];
  };

  const makeId = createIdMaker();
  const speakerIds = new Map<string, string>();
  const speakers: Record<string, string> = {};
  const speakerOf = new Map<string, string>();
  for (const node of nodes.values()) {
    if (node.type !== 'YA') continue;
    const from = (incoming.get(node.id) ?? []).find((id) => nodes.get(id)!.type === 'L');
    if (from === undefined) continue;
    const name = nameOfLocution(from);
    if (name === undefined) continue;
    for (const to of outgoing.get(node.id) ?? []) {
      if (!statementIds.has(to) || speakerOf.has(to)) continue;
      let speaker = speakerIds.get(name);
      if (speaker === undefined) {
        speaker = makeId(name, `speaker${speakerIds.size + 1}`);
        speakerIds.set(name, speaker);
        speakers[speaker] = name;
      }
      speakerOf.set(to, speaker);
    }
  }
  return { speakers, speakerOf };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function push(table: Map<string, string[]>, key: string, value: string): void {
  const list = table.get(key);
  if (list) list.push(value);
  else table.set(key, [value]);
}
