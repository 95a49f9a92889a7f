import { findQuotes, indexSource } from '../../quotes/index.js';
import { indexMap } from '../../model/graph.js';
import type { ArgMap, Ref, SpeechAct } from '../../model/types.js';
import { layoutRows } from '../tree/layout.js';
import { chooseRoots } from '../tree/roots.js';

/** An evaluation of the map (see src/evaluate): a label per statement and argument id, and for gradual semantics a strength. */
export interface PageEvaluation {
  labels: ReadonlyMap<string, 'in' | 'out' | 'undecided'>;
  strengths?: ReadonlyMap<string, number>;
}

export interface PageQuote {
  text: string;
  /** What the quoted words do, when not a plain assertion: ironic, rhetorical-question, hypothetical. */
  act?: string;
  /** The passage of the source around the quote, when the source was read and the quote found in it. */
  passage?: { before: string; match: string; after: string };
}

export interface PageItem {
  kind: 'statement' | 'argument';
  id: string;
  text: string;
  speaker?: string;
  /** Statements: who the text reports saying it (speaker ids). */
  saidBy?: string[];
  /** Speaker ids of those who endorse it. */
  endorsedBy?: string[];
  /** Statements: what the words do, when not a plain assertion. */
  act?: string;
  tags: string[];
  scheme?: string;
  note?: string;
  quotes: PageQuote[];
  /** For arguments: support, attack or undercut, and the target's id. */
  relation?: string;
  target?: string;
  premises?: string[];
  label?: string;
  strength?: number;
}

/** One row of the outline, in `argmap tree`'s order: the item's index in `items`, its depth, and whether it is shown in full there. */
export type PageRow = [item: number, depth: number, shown: 'full' | 'seen' | 'cycle' | 'later', relation: string];

export interface PageData {
  title?: string;
  source?: { title?: string; author?: string; date?: string; url?: string };
  speakers: { id: string; name: string }[];
  tags: string[];
  items: PageItem[];
  outline: PageRow[];
  hasSource: boolean;
  hasEvaluation: boolean;
}

/** Characters of source text shown on each side of a quote. */
const PASSAGE_CONTEXT = 160;

/**
 * The plain data the page's script works from: every statement and argument
 * with what the side panel shows, and the outline rows laid out exactly as
 * `argmap tree` lays them out. Pure: the source text and the evaluation are given.
 */
export function buildPageData(map: ArgMap, sourceText?: string, evaluation?: PageEvaluation): PageData {
  const index = indexMap(map);
  const sourceIndex = sourceText === undefined ? undefined : indexSource(sourceText);
  const items: PageItem[] = [];
  const position = { statement: new Map<string, number>(), argument: new Map<string, number>() };
  const tags = new Set<string>();

  for (const statement of map.statements) {
    position.statement.set(statement.id, items.length);
    for (const tag of statement.tags) tags.add(tag.value);
    const quotes = statement.quotes.map((quote) => quote.value);
    const matches = sourceIndex === undefined ? [] : findQuotes(sourceIndex, quotes);
    items.push({
      kind: 'statement',
      id: statement.id,
      text: statement.text,
      ...(statement.speaker === undefined ? {} : { speaker: statement.speaker }),
      ...speech(statement),
      tags: statement.tags.map((tag) => tag.value),
      ...(statement.note === undefined ? {} : { note: statement.note }),
      quotes: quotes.map((text, i) => {
        const match = matches[i];
        const act = speechAct(statement.quotes[i]!.act);
        if (sourceText === undefined || match === undefined || !match.found) return { text, ...act };
        return {
          text,
          ...act,
          passage: {
            before: sourceText.slice(Math.max(0, match.start - PASSAGE_CONTEXT), match.start),
            match: sourceText.slice(match.start, match.end),
            after: sourceText.slice(match.end, match.end + PASSAGE_CONTEXT),
          },
        };
      }),
      ...evaluated(statement.id, evaluation),
    });
  }
  for (const argument of map.arguments) {
    position.argument.set(argument.id, items.length);
    items.push({
      kind: 'argument',
      id: argument.id,
      text: argument.title ?? '',
      ...(argument.speaker === undefined ? {} : { speaker: argument.speaker }),
      ...speech(argument),
      tags: [],
      ...(argument.scheme === undefined ? {} : { scheme: argument.scheme.value }),
      ...(argument.note === undefined ? {} : { note: argument.note }),
      quotes: [],
      relation: argument.kind,
      target: argument.target.id,
      premises: argument.premises.map((premise) => premise.id),
      ...evaluated(argument.id, evaluation),
    });
  }

  const { roots } = chooseRoots(map, index, undefined);
  const outline = layoutRows(index, roots, Infinity, map.authorSpeaker).map(
    (row): PageRow => [position[row.kind].get(row.id)!, row.depth, row.shown, row.relation ?? ''],
  );
  const source = map.source === undefined ? undefined : { title: map.source.title, author: map.source.author, date: map.source.date, url: map.source.url };
  return {
    ...(map.title === undefined ? {} : { title: map.title }),
    ...(source === undefined ? {} : { source }),
    speakers: map.speakers.map((speaker) => ({ id: speaker.id, name: speaker.name })),
    tags: [...tags].sort(),
    items,
    outline,
    hasSource: sourceText !== undefined,
    hasEvaluation: evaluation !== undefined,
  };
}

/** Reported speech, endorsement and speech act, as speaker ids and the act's name; nothing for what is absent or a plain assertion. */
function speech(entry: { saidBy?: readonly Ref[]; endorsedBy?: readonly Ref[]; act?: SpeechAct }): Pick<PageItem, 'saidBy' | 'endorsedBy' | 'act'> {
  return {
    ...(entry.saidBy?.length ? { saidBy: entry.saidBy.map((ref) => ref.id) } : {}),
    ...(entry.endorsedBy?.length ? { endorsedBy: entry.endorsedBy.map((ref) => ref.id) } : {}),
    ...speechAct(entry.act),
  };
}

function speechAct(act: SpeechAct | undefined): { act?: string } {
  return act === undefined || act === 'assert' ? {} : { act };
}

function evaluated(id: string, evaluation: PageEvaluation | undefined): { label?: string; strength?: number } {
  if (evaluation === undefined) return {};
  const label = evaluation.labels.get(id);
  const strength = evaluation.strengths?.get(id);
  return { ...(label === undefined ? {} : { label }), ...(strength === undefined ? {} : { strength }) };
}
