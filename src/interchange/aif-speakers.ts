/**
 * Who asserts what in an AIFdb map: speakers from the dialogue layer
 * (participants and locutions, or the "Name : text" of L-nodes), and the
 * I-nodes each one asserts through a YA node.
 */
import { createIdMaker } from './ids.js';

export interface Node {
  id: string;
  type: string;
  text: string;
  /** Its place in the file's "nodes" list, for positions in messages. */
  index: number;
}

/** Speakers from participants and locutions (or "Name : text" L-nodes), and who asserts which I-node through a YA node. */
export function readSpeakers(
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
