import type { MapIndex } from '../../model/graph.js';
import type { Label } from '../../evaluate/index.js';
import type { ArgMap } from '../../model/types.js';
import { didYouMean } from '../../text/suggest.js';
import { plainPalette, type Palette } from '../../text/palette.js';
import { approximateWidth, type DisplayWidth } from '../../text/width.js';

export interface TreeOptions {
  /** Columns to wrap to (default 80, at least 20). */
  width?: number;
  /** Draw with ASCII instead of box-drawing characters. */
  ascii?: boolean;
  /** Show statement and argument ids (default true). */
  ids?: boolean;
  /** Show each statement's source quotes under it. */
  quotes?: boolean;
  /** Show the notes of statements and arguments under them. */
  notes?: boolean;
  /** Levels of reasons to show below each root; 0 shows the roots only. Unlimited by default. */
  depth?: number;
  /** Start from this statement (or argument) instead of the theses. */
  focus?: string;
  /** Keep only the branches that lead to this speaker's claims (speaker id or name). */
  speaker?: string;
  /** Keep only the branches that lead to statements with this tag. */
  tag?: string;
  /** Colours; `plainPalette` (no colour) by default. */
  palette?: Palette;
  /** Display width of text; the approximate count of code points by default. Pass loadDisplayWidth() for CJK and emoji. */
  displayWidth?: DisplayWidth;
  /** Labels to mark each statement and argument with (`evaluate(map).labels`); none by default. */
  labels?: ReadonlyMap<string, Label>;
  /**
   * `map` (the default): the theses in the map's order, under each statement the arguments for it
   * before those against it. `source`: everything in the order of the text (see `sourceText`).
   */
  order?: 'map' | 'source';
  /** With `order: 'source'`: the source text, to place statements where their quotes are; without it, file order. */
  sourceText?: string;
  /** Open with an outline of the roots, one line each (when there are two or more, and no focus, filter or depth 0). Off by default; the CLI turns it on. */
  outline?: boolean;
}

export const MIN_WIDTH = 20;

/** TreeOptions with every default filled in and the speaker resolved to ids. */
export interface TreeSettings {
  width: number;
  ascii: boolean;
  ids: boolean;
  quotes: boolean;
  notes: boolean;
  depth: number;
  focus: string | undefined;
  speakers: ReadonlySet<string> | undefined;
  tag: string | undefined;
  palette: Palette;
  displayWidth: DisplayWidth;
  labels: ReadonlyMap<string, Label> | undefined;
  order: 'map' | 'source';
  sourceText: string | undefined;
  outline: boolean;
}

/** Options checked against the map: the settings to draw with, or what is wrong with them. */
export type ResolvedTreeOptions = { settings: TreeSettings; problem?: undefined } | { settings?: undefined; problem: string };

/**
 * The one place tree options are checked: `treeLines` (the tree's one entry)
 * goes through here once, and the drawing takes only the settings it returns.
 */
export function resolveTreeOptions(map: ArgMap, index: MapIndex, options: TreeOptions): ResolvedTreeOptions {
  const problem = checkTreeOptions(map, index, options);
  return problem === undefined ? { settings: settingsFor(map, options) } : { problem };
}

function settingsFor(map: ArgMap, options: TreeOptions): TreeSettings {
  return {
    width: Math.max(MIN_WIDTH, Math.floor(numberOr(options.width, 80))),
    ascii: options.ascii ?? false,
    ids: options.ids ?? true,
    quotes: options.quotes ?? false,
    notes: options.notes ?? false,
    depth: Math.max(0, Math.floor(numberOr(options.depth, Infinity))),
    focus: options.focus,
    speakers: options.speaker === undefined ? undefined : speakersNamed(map, options.speaker),
    tag: options.tag,
    palette: options.palette ?? plainPalette,
    displayWidth: options.displayWidth ?? approximateWidth,
    labels: options.labels,
    order: options.order === 'source' ? 'source' : 'map',
    sourceText: options.sourceText,
    outline: options.outline ?? false,
  };
}

// Library callers may pass anything: NaN (or no number) means the default. Numbers are clamped, not refused.
function numberOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : fallback;
}

/**
 * What is wrong with the options for this map, as one sentence (with a "did
 * you mean" where one is close), or undefined when nothing is.
 */
function checkTreeOptions(map: ArgMap, index: MapIndex, options: TreeOptions): string | undefined {
  const { focus, speaker, tag } = options;
  if (focus !== undefined && !index.statements.has(focus) && !index.arguments.has(focus)) {
    return `no statement or argument "${focus}" in ${map.file}.${suggestion(focus, [...index.statements.keys(), ...index.arguments.keys()])}`;
  }
  if (speaker !== undefined && speakersNamed(map, speaker).size === 0) {
    if (map.speakers.length === 0) return `${map.file} declares no speakers, so there is none called "${speaker}".`;
    const candidates = map.speakers.flatMap((entry) => [entry.id, entry.name]);
    return `no speaker "${speaker}" in ${map.file}.${suggestion(speaker, candidates)}`;
  }
  if (tag !== undefined) {
    const tags = new Set(map.statements.flatMap((statement) => statement.tags.map((entry) => entry.value)));
    if (!tags.has(tag)) {
      if (tags.size === 0) return `no statement in ${map.file} has tags, so none is tagged "${tag}".`;
      return `no statement in ${map.file} is tagged "${tag}".${suggestion(tag, tags)}`;
    }
  }
  return undefined;
}

/** Speakers matching a speaker id exactly, or else a name ignoring case. */
function speakersNamed(map: ArgMap, wanted: string): Set<string> {
  const byId = map.speakers.find((speaker) => speaker.id === wanted);
  if (byId) return new Set([byId.id]);
  const lower = wanted.toLowerCase();
  return new Set(map.speakers.filter((speaker) => speaker.name.toLowerCase() === lower).map((speaker) => speaker.id));
}

function suggestion(word: string, candidates: Iterable<string>): string {
  const hint = didYouMean(word, candidates);
  return hint === undefined ? '' : ` ${hint}`;
}
