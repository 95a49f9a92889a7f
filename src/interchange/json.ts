/**
 * The model as documented JSON (`argmap-json`, version 1; schema in
 * schema/argmap-json.schema.json), so that other programs can read a map
 * without parsing YAML. Relations are spelt out (rebut or undermine), and
 * every statement and argument says where it is in the map file.
 */
import type { Locator } from '../diagnostics/locate.js';
import { indexMap, relationOf, type Relation } from '../model/graph.js';
import type { ArgMap, Ref, Span, SpeechAct } from '../model/types.js';

export const ARGMAP_JSON_VERSION = 1;

interface Position {
  line: number;
  column: number;
}

export interface ArgmapJson {
  format: 'argmap-json';
  version: 1;
  file: string;
  title?: string;
  note?: string;
  source?: { title?: string; author?: string; date?: string; url?: string; file?: string };
  speakers: { id: string; name: string; role?: string; position: Position }[];
  theses: string[];
  statements: {
    id: string;
    text: string;
    quotes: string[];
    /** The act of each quote, in the order of `quotes`, when one of them is not a plain assertion (quotes stay strings: version 1 only gains fields). */
    quoteActs?: SpeechAct[];
    speaker?: string;
    saidBy?: string[];
    endorsedBy?: string[];
    act?: SpeechAct;
    tags: string[];
    note?: string;
    implicit: boolean;
    weight?: number;
    position: Position;
  }[];
  arguments: {
    id: string;
    kind: 'support' | 'attack' | 'undercut';
    relation: Relation;
    target: string;
    backing?: true;
    premises: string[];
    title?: string;
    scheme?: string;
    speaker?: string;
    endorsedBy?: string[];
    note?: string;
    weight?: number;
    position: Position;
  }[];
  contradictions: [string, string][];
  expect?: { id: string; label: 'in' | 'out' | 'undecided' }[];
}

export function mapToJson(map: ArgMap, locator: Locator): ArgmapJson {
  const index = indexMap(map);
  const at = (span: Span): Position => {
    const { line, column } = locator.locate(span);
    return { line, column };
  };
  // Fields left undefined are left out of the JSON text.
  return {
    format: 'argmap-json' as const,
    version: 1 as const,
    file: map.file,
    title: map.title,
    note: map.note,
    source:
      map.source === undefined
        ? undefined
        : { title: map.source.title, author: map.source.author, date: map.source.date, url: map.source.url, file: map.source.file?.value },
    speakers: map.speakers.map((speaker) => ({ id: speaker.id, name: speaker.name, role: speaker.role, position: at(speaker.span) })),
    theses: map.theses.map((thesis) => thesis.id),
    statements: map.statements.map((statement) =>
      ({
        id: statement.id,
        text: statement.text,
        quotes: statement.quotes.map((quote) => quote.value),
        quoteActs: statement.quotes.some((quote) => quote.act !== undefined && quote.act !== 'assert')
          ? statement.quotes.map((quote) => quote.act ?? 'assert')
          : undefined,
        speaker: statement.speaker,
        saidBy: ids(statement.saidBy),
        endorsedBy: ids(statement.endorsedBy),
        act: statement.act,
        tags: statement.tags.map((tag) => tag.value),
        note: statement.note,
        implicit: statement.implicit,
        weight: statement.weight,
        position: at(statement.span),
      }),
    ),
    arguments: map.arguments.map((argument) =>
      ({
        id: argument.id,
        kind: argument.kind,
        relation: relationOf(index, argument),
        target: argument.target.id,
        backing: argument.backing,
        premises: argument.premises.map((premise) => premise.id),
        title: argument.title,
        scheme: argument.scheme?.value,
        speaker: argument.speaker,
        endorsedBy: ids(argument.endorsedBy),
        note: argument.note,
        weight: argument.weight,
        position: at(argument.span),
      }),
    ),
    contradictions: map.contradictions.map((contradiction) => [contradiction.between[0].id, contradiction.between[1].id] as [string, string]),
    expect: map.expect?.map(({ ref, label }) => ({ id: ref.id, label })),
  };
}

const ids = (refs: Ref[] | undefined): string[] | undefined => refs?.map((ref) => ref.id);

export function mapToJsonText(map: ArgMap, locator: Locator): string {
  return `${JSON.stringify(mapToJson(map, locator), null, 2)}\n`;
}
