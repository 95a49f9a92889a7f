/**
 * The map as AIFdb JSON, the Argument Interchange Format as AIFdb and OVA
 * write it: statements as I-nodes; each argument as an RA node (support) or
 * a CA node (attack, undercut) with its premises as incoming edges; an
 * undercut's CA points at the RA (or CA) of the argument it undercuts; a
 * contradiction as two CA nodes, one each way; speakers as participants,
 * with an L-node and an "Asserting" YA node for each statement a speaker
 * asserts. Node ids are numbers in map order, so the same map gives the same
 * file.
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

export interface AifDocument {
  nodes: AifNode[];
  edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[];
  locutions: { nodeID: string; personID: string }[];
  participants: { participantID: string; firstname: string; surname: string }[];
}

export function mapToAif(map: ArgMap): AifDocument {
  const document: AifDocument = { nodes: [], edges: [], locutions: [], participants: [] };
  const node = (type: AifNode['type'], text: string, scheme?: { text: string; schemeID: string }) => {
    const nodeID = String(document.nodes.length + 1);
    document.nodes.push(scheme === undefined ? { nodeID, text, type } : { nodeID, text, type, scheme: scheme.text, schemeID: scheme.schemeID });
    return nodeID;
  };
  const edge = (fromID: string, toID: string) => document.edges.push({ edgeID: String(document.edges.length + 1), fromID, toID, formEdgeID: null });

  const ids = new Map<string, string>();
  for (const statement of map.statements) ids.set(statement.id, node('I', statement.text));
  // S-nodes first, then their edges: an undercut may point at an argument written after it.
  for (const argument of map.arguments) {
    if (argument.kind === 'support') {
      const named = AIF_SCHEMES.find((scheme) => scheme.argmap === argument.scheme?.value);
      const scheme = named === undefined ? DEFAULT_INFERENCE : { text: named.aif, schemeID: named.schemeID };
      ids.set(argument.id, node('RA', scheme.text, scheme));
    } else {
      ids.set(argument.id, node('CA', DEFAULT_CONFLICT.text, DEFAULT_CONFLICT));
    }
  }
  for (const argument of map.arguments) {
    const own = ids.get(argument.id)!;
    for (const premise of new Set(argument.premises.map((ref) => ref.id))) {
      const from = ids.get(premise);
      if (from !== undefined) edge(from, own);
    }
    const target = ids.get(argument.target.id);
    if (target !== undefined) edge(own, target);
  }
  for (const contradiction of map.contradictions) {
    const [a, b] = contradiction.between.map((ref) => ids.get(ref.id));
    if (a === undefined || b === undefined) continue;
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const conflict = node('CA', DEFAULT_CONFLICT.text, DEFAULT_CONFLICT);
      edge(from, conflict);
      edge(conflict, to);
    }
  }

  const people = new Map<string, { personID: string; name: string }>();
  map.speakers.forEach((speaker, i) => {
    const personID = String(i + 1);
    people.set(speaker.id, { personID, name: speaker.name });
    document.participants.push({ participantID: personID, firstname: speaker.name, surname: '' });
  });
  for (const statement of map.statements) {
    const person = statement.speaker === undefined ? undefined : people.get(statement.speaker);
    if (person === undefined) continue;
    const locution = node('L', `${person.name} : ${statement.text}`);
    document.locutions.push({ nodeID: locution, personID: person.personID });
    const asserting = node('YA', ASSERTING.text, ASSERTING);
    edge(locution, asserting);
    edge(asserting, ids.get(statement.id)!);
  }
  return document;
}

export function mapToAifText(map: ArgMap): string {
  return `${JSON.stringify(mapToAif(map), null, 2)}\n`;
}
