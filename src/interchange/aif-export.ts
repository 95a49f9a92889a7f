/**
 * The map as AIFdb JSON, the Argument Interchange Format as AIFdb and OVA
 * write it: statements as I-nodes; each argument as an RA node (support) or
 * a CA node (attack, undercut) with its premises as incoming edges; an
 * undercut's CA points at the RA (or CA) of the argument it undercuts; a
 * contradiction as two CA nodes, one each way; speakers as participants,
 * with an L-node and an "Asserting" YA node for each statement a speaker
 * asserts. Node ids are numbers in map order, so the same map gives the same
 * file.
 *
 * The parts come from generators, in the order the file lists them, so the
 * text of a big map is written in chunks as it is made (`mapToAifChunks`)
 * instead of held whole as objects and then as one string.
 */
import type { ArgMap } from '../model/types.js';
import { AIF_SCHEMES, ASSERTING, DEFAULT_CONFLICT, DEFAULT_INFERENCE } from './aif-schemes.js';

export interface AifNode {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA' | 'L' | 'YA' | 'MA' | 'PA' | 'TA';
  scheme?: string;
  schemeID?: string;
}
export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}
export interface AifLocution {
  nodeID: string;
  personID: string;
}
export interface AifParticipant {
  participantID: string;
  firstname: string;
  surname: string;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
}

/** Node ids decided before anything is written: statements, then arguments, then a CA pair per contradiction, then an L and YA pair per assertion. */
interface Layout {
  ids: Map<string, string>;
  conflicts: [string, string][];
  people: AifParticipant[];
  /** A speaker's participant, by speaker id. */
  personOf: Map<string, AifParticipant>;
  firstConflict: number;
  firstAssertion: number;
}

// The node ids `layoutOf` gives, from an entity's place in the map: a big map's nodes need not be looked up by id.
// (A model with two entities of one id, which the parser never makes, gives each its own node; edges go to the last.)
const statementNodeId = (index: number) => String(index + 1);
const argumentNodeId = (map: ArgMap, index: number) => String(map.statements.length + index + 1);

function layoutOf(map: ArgMap): Layout {
  const ids = new Map<string, string>();
  map.statements.forEach((statement, i) => ids.set(statement.id, statementNodeId(i)));
  map.arguments.forEach((argument, i) => ids.set(argument.id, argumentNodeId(map, i)));
  const firstConflict = map.statements.length + map.arguments.length + 1;
  const conflicts: [string, string][] = [];
  for (const contradiction of map.contradictions) {
    const [a, b] = contradiction.between.map((ref) => ids.get(ref.id));
    if (a !== undefined && b !== undefined) conflicts.push([a, b]);
  }
  const people: AifParticipant[] = [];
  const personOf = new Map<string, AifParticipant>();
  map.speakers.forEach((speaker, i) => {
    const person = { participantID: String(i + 1), firstname: speaker.name, surname: '' };
    people.push(person);
    personOf.set(speaker.id, person);
  });
  return { ids, conflicts, people, personOf, firstConflict, firstAssertion: firstConflict + 2 * conflicts.length };
}

interface Assertion {
  /** The statement's I-node. */
  statement: string;
  text: string;
  person: AifParticipant;
  /** The assertion's L-node; its YA node is the next. */
  locution: number;
}

/** Each statement a speaker asserts, in map order, made as it is needed: kept, they would be one more object per statement of a big map. */
function* assertions(map: ArgMap, layout: Layout): Generator<Assertion> {
  let locution = layout.firstAssertion;
  for (const [i, statement] of map.statements.entries()) {
    const person = statement.speaker === undefined ? undefined : layout.personOf.get(statement.speaker);
    if (person === undefined) continue;
    yield { statement: statementNodeId(i), text: statement.text, person, locution };
    locution += 2;
  }
}

function* aifNodes(map: ArgMap, layout: Layout): Generator<AifNode> {
  for (const [i, statement] of map.statements.entries()) yield { nodeID: statementNodeId(i), text: statement.text, type: 'I' };
  for (const [i, argument] of map.arguments.entries()) {
    const nodeID = argumentNodeId(map, i);
    if (argument.kind === 'support') {
      const named = AIF_SCHEMES.find((scheme) => scheme.argmap === argument.scheme?.value);
      const scheme = named === undefined ? DEFAULT_INFERENCE : { text: named.aif, schemeID: named.schemeID };
      yield { nodeID, text: scheme.text, type: 'RA', scheme: scheme.text, schemeID: scheme.schemeID };
    } else yield { nodeID, text: DEFAULT_CONFLICT.text, type: 'CA', scheme: DEFAULT_CONFLICT.text, schemeID: DEFAULT_CONFLICT.schemeID };
  }
  for (let i = 0; i < 2 * layout.conflicts.length; i++) {
    yield { nodeID: String(layout.firstConflict + i), text: DEFAULT_CONFLICT.text, type: 'CA', scheme: DEFAULT_CONFLICT.text, schemeID: DEFAULT_CONFLICT.schemeID };
  }
  for (const assertion of assertions(map, layout)) {
    yield { nodeID: String(assertion.locution), text: `${assertion.person.firstname} : ${assertion.text}`, type: 'L' };
    yield { nodeID: String(assertion.locution + 1), text: ASSERTING.text, type: 'YA', scheme: ASSERTING.text, schemeID: ASSERTING.schemeID };
  }
}

function* aifEdges(map: ArgMap, layout: Layout): Generator<AifEdge> {
  let next = 1;
  const edge = (fromID: string, toID: string): AifEdge => ({ edgeID: String(next++), fromID, toID, formEdgeID: null });
  for (const [i, argument] of map.arguments.entries()) {
    const own = argumentNodeId(map, i);
    const premises = argument.premises;
    // A premise listed twice (the parser keeps one, a model made otherwise may not) gives one edge.
    // Most lists are short: a look back, with no Set to make, unless the list is long.
    const seen = premises.length > 8 ? new Set<string>() : undefined;
    for (let p = 0; p < premises.length; p++) {
      const premise = premises[p]!.id;
      if (seen ? seen.has(premise) : premises.findIndex((earlier) => earlier.id === premise) < p) continue;
      seen?.add(premise);
      const from = layout.ids.get(premise);
      if (from !== undefined) yield edge(from, own);
    }
    const target = layout.ids.get(argument.target.id);
    if (target !== undefined) yield edge(own, target);
  }
  for (const [i, [a, b]] of layout.conflicts.entries()) {
    const [forward, backward] = [String(layout.firstConflict + 2 * i), String(layout.firstConflict + 2 * i + 1)];
    yield edge(a, forward);
    yield edge(forward, b);
    yield edge(b, backward);
    yield edge(backward, a);
  }
  for (const assertion of assertions(map, layout)) {
    const [locution, asserting] = [String(assertion.locution), String(assertion.locution + 1)];
    yield edge(locution, asserting);
    yield edge(asserting, assertion.statement);
  }
}

function* aifLocutions(map: ArgMap, layout: Layout): Generator<AifLocution> {
  for (const assertion of assertions(map, layout)) yield { nodeID: String(assertion.locution), personID: assertion.person.participantID };
}

export function mapToAif(map: ArgMap): AifDocument {
  const layout = layoutOf(map);
  return { nodes: [...aifNodes(map, layout)], edges: [...aifEdges(map, layout)], locutions: [...aifLocutions(map, layout)], participants: layout.people };
}

/** About this many characters per chunk: big enough to write efficiently, small enough to die young. */
const CHUNK = 1 << 16;

/**
 * The AIF file's text in chunks, as `JSON.stringify(mapToAif(map), null, 2)`
 * followed by a line end would write it, character for character: each part
 * is a flat object of strings (or null), laid out here without building the
 * whole document first.
 */
export function* mapToAifChunks(map: ArgMap): Generator<string> {
  const layout = layoutOf(map);
  const lists: [string, Iterable<string>][] = [
    ['nodes', each(aifNodes(map, layout), nodeJson)],
    ['edges', each(aifEdges(map, layout), edgeJson)],
    ['locutions', each(aifLocutions(map, layout), flatObjectJson)],
    ['participants', each(layout.people, flatObjectJson)],
  ];
  let chunk = '{';
  for (const [index, [name, items]] of lists.entries()) {
    chunk += `${index === 0 ? '' : ','}\n  "${name}": [`;
    let first = true;
    for (const item of items) {
      chunk += `${first ? '' : ','}\n    ${item}`;
      first = false;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    chunk += first ? ']' : '\n  ]';
  }
  yield `${chunk}\n}\n`;
}

function* each<T>(items: Iterable<T>, json: (item: T) => string): Generator<string> {
  for (const item of items) yield json(item);
}

// Nodes and edges are nearly all of a big file: each is written by a template of its keys, in the order the generators give them.
const nodeJson = (node: AifNode) =>
  `{\n      "nodeID": ${JSON.stringify(node.nodeID)},\n      "text": ${JSON.stringify(node.text)},\n      "type": "${node.type}"${node.scheme === undefined ? '' : `,\n      "scheme": ${JSON.stringify(node.scheme)}`}${node.schemeID === undefined ? '' : `,\n      "schemeID": ${JSON.stringify(node.schemeID)}`}\n    }`;
// Edge and node ids are numbers that the layout gives, so they need no escaping.
const edgeJson = (edge: AifEdge) => `{\n      "edgeID": "${edge.edgeID}",\n      "fromID": "${edge.fromID}",\n      "toID": "${edge.toID}",\n      "formEdgeID": null\n    }`;

/** A flat object as JSON.stringify(object, null, 2) writes it at the depth of a list item. */
function flatObjectJson(object: object): string {
  let text = '';
  for (const key in object) {
    const value = (object as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // The few keys there are print the same each time: ',\n      "nodeID": ' and the like, made once.
    let prefix = keyPrefixes.get(key);
    if (prefix === undefined) keyPrefixes.set(key, (prefix = `,\n      ${JSON.stringify(key)}: `));
    text += prefix + JSON.stringify(value);
  }
  return text === '' ? '{}' : `{${text.slice(1)}\n    }`;
}
const keyPrefixes = new Map<string, string>();

export function mapToAifText(map: ArgMap): string {
  return [...mapToAifChunks(map)].join('');
}
