/**
 * The fast layout of `argmap fmt`: the same bytes as format-plain.ts, in a
 * fraction of the time on big maps. The yaml package's document model costs
 * about 100 µs per statement (20 s on 100,000, much of it garbage
 * collection of a tree that large), though most entries of a big map are
 * written in a few simple forms (simple-entries.ts) whose layout needs no
 * document model. So each run of consecutive simple entries in
 * `statements:`, `arguments:` and `speakers:` is set aside for a one-line
 * placeholder entry, the much smaller rest is laid out by the plain version,
 * and each placeholder is then replaced by its entries, written here with
 * the yaml package's own folding of long text.
 *
 * A run never holds or ends next to a comment, so every comment stays in the
 * part the plain version lays out, around the same neighbours. A property
 * test (test/authoring/format-fast.test.ts) holds the two versions to the
 * same output; docs/performance.md has the gain, and when to delete this.
 */
import { foldFlowLines } from 'yaml/util';
import { isMap, isScalar, type Document } from 'yaml';
import type { FieldTable } from '../parse/spec.js';
import { compare, ENTRY_FIELDS, flowFits, FOLD_OPTIONS, layOutDocument, layOutPlain, parseForLayout, type FormatOptions } from './format-plain.js';
import { indentOf, simpleEntry, type SimpleEntry, type SimpleField } from './simple-entries.js';

export const MARKER = '__argmap_fmt_run_';

export interface Run {
  section: string;
  placeholder: string;
  entries: SimpleEntry[];
}

export function layOutFast(text: string, options: FormatOptions = {}): string {
  const split = setRunsAside(text, options);
  if (split === undefined || split.runs.length === 0) return layOutPlain(text, options);
  return layOutWithRuns(parseForLayout(split.kept), split.runs, options) ?? layOutPlain(text, options);
}

/**
 * A document holding a placeholder entry for each run, laid out by the
 * plain version, each placeholder then replaced by its run's entries;
 * undefined if a placeholder is not where it should be (the caller then
 * lays the whole map out the plain way).
 */
export function layOutWithRuns(doc: Document, runs: readonly Run[], options: FormatOptions): string | undefined {
  const root = doc.contents;
  // Each placeholder must have been read as an entry of its section (its keys gathered once: a section can hold thousands of runs).
  const keys = new Map<string, Set<unknown>>();
  const keysOf = (name: string) => {
    const section = isMap(root) ? root.get(name) : undefined;
    if (!keys.has(name)) keys.set(name, new Set(isMap(section) ? section.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined)) : []));
    return keys.get(name)!;
  };
  const placed = runs.every((run) => keysOf(run.section).has(run.placeholder));
  const laidOut = placed ? layOutDocument(doc, options) : undefined;
  if (laidOut === undefined) return undefined;

  // Each placeholder line, found in one pass (a map can have thousands of runs), must be there exactly once; it is replaced by its run's entries.
  const parts: string[] = [];
  const seen = new Set<number>();
  let from = 0;
  for (const match of laidOut.matchAll(new RegExp(`\\n {2}${MARKER}(\\d+): x(?=\\n)`, 'g'))) {
    const run = runs[Number(match[1])];
    if (run === undefined || seen.has(Number(match[1]))) return undefined;
    seen.add(Number(match[1]));
    parts.push(laidOut.slice(from, match.index), '\n', writeRun(run, options).join('\n'));
    from = match.index + match[0].length;
  }
  if (seen.size !== runs.length) return undefined;
  parts.push(laidOut.slice(from));
  return parts.join('');
}

/**
 * The text with each run of simple entries replaced by a placeholder entry,
 * and the runs; undefined when the text is unusual enough to go to the
 * plain version whole.
 */
export function setRunsAside(text: string, options: FormatOptions = {}): { kept: string; runs: Run[] } | undefined {
  if (/[\r\t\ufeff]/.test(text) || text.includes(MARKER) || /^(?:---|\.\.\.|%)/m.test(text)) return undefined;
  const lines = text.split('\n');
  const kept: string[] = [];
  const runs: Run[] = [];
  for (let at = 0; at < lines.length; ) {
    const line = lines[at++]!;
    kept.push(line);
    // Every line at the left edge is a comment or starts a top-level key, else the lines are not what they seem (a quoted text over several lines).
    if (/^[^ #]/.test(line) && !/^[A-Za-z][\w-]*:(?: |$)/.test(line)) return undefined;
    const section = /^(statements|arguments|speakers):$/.exec(line)?.[1];
    if (section === undefined) continue;
    let end = at;
    while (end < lines.length && !/^[^ #]/.test(lines[end]!)) end++;
    setSectionRunsAside(lines, at, end, section, options, runs, kept);
    at = end;
  }
  return { kept: kept.join('\n'), runs };
}

/**
 * Copies the section's lines [from, to) to `kept`, each run of simple
 * entries replaced by a placeholder entry, and adds the runs to `runs`.
 */
function setSectionRunsAside(lines: readonly string[], from: number, to: number, section: string, options: FormatOptions, runs: Run[], kept: string[]): void {
  const isContent = (line: string) => {
    const indent = indentOf(line);
    return indent < line.length && line[indent] !== '#';
  };
  let first = from;
  while (first < to && !isContent(lines[first]!)) first++;
  const indent = first < to ? indentOf(lines[first]!) : 0;
  // Each entry: its lines [start, end), the blank and comment lines at its end not counted.
  const entries: { start: number; end: number; next: number }[] = [];
  for (let at = first; at < to; at++) {
    const line = lines[at]!;
    if (!isContent(line)) continue;
    const lineIndent = indentOf(line);
    if (lineIndent < indent) return copy(lines, from, to, kept);
    if (lineIndent === indent) entries.push({ start: at, end: at + 1, next: to });
    else entries[entries.length - 1]!.end = at + 1;
    if (lineIndent === indent && entries.length > 1) entries[entries.length - 2]!.next = at;
  }

  // A run: simple entries with nothing between them, and after the last only blank lines.
  const found: { start: number; end: number; entries: SimpleEntry[] }[] = [];
  let run: (typeof found)[number] | undefined;
  for (const entry of entries) {
    const simple = simpleEntry(lines, entry.start, entry.end, indent);
    let blankAfter = true;
    for (let at = entry.end; at < entry.next && blankAfter; at++) blankAfter = indentOf(lines[at]!) === lines[at]!.length;
    if (simple === undefined || !blankAfter) {
      run = undefined;
      continue;
    }
    if (run === undefined) found.push((run = { start: entry.start, end: entry.end, entries: [] }));
    run.entries.push(simple);
    run.end = entry.end;
    if (entry.next > entry.end) run = undefined;
  }
  // Sorting moves entries, with the comments and blank lines before them: only a section that is one run, with nothing before it, is sorted here.
  const sortable = found.length === 1 && found[0]!.entries.length === entries.length && found[0]!.start === from;
  if (options.sort && !sortable) found.length = 0;

  let at = from;
  for (const { start, end, entries: simple } of found) {
    copy(lines, at, start, kept);
    const placeholder = `${MARKER}${runs.length}`;
    kept.push(`${' '.repeat(indent)}${placeholder}: x`);
    runs.push({ section, placeholder, entries: simple });
    at = end;
  }
  copy(lines, at, to, kept);
}

/** Lines [from, to) onto `kept`, one by one: a section can have more lines than a call can take arguments. */
function copy(lines: readonly string[], from: number, to: number, kept: string[]): void {
  for (let at = from; at < to; at++) kept.push(lines[at]!);
}

/** The run's entries as the plain version writes them: at two spaces, keys in the table's order, lists in flow style when they fit. */
function writeRun(run: Run, options: FormatOptions): string[] {
  const table: FieldTable = ENTRY_FIELDS[run.section]!;
  const rank = new Map(Object.keys(table).map((key, i) => [key, i]));
  const entries = options.sort ? [...run.entries].sort((a, b) => compare(a.id, b.id)) : run.entries;
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.text !== undefined) {
      out.push(`  ${entry.id}:${afterKey(fold(entry.text, '    ', entry.id.length + 2))}`);
      continue;
    }
    out.push(`  ${entry.id}:`);
    // Most entries have their keys in the table's order already.
    const rankOf = (field: SimpleField) => rank.get(field.key) ?? rank.size;
    const inOrder = entry.fields.every((field, i) => i === 0 || rankOf(entry.fields[i - 1]!) <= rankOf(field));
    const fields = inOrder ? entry.fields : entry.fields.map((field, i) => ({ field, i, rank: rankOf(field) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ field }) => field);
    for (const { key, value } of fields) {
      if (typeof value === 'string') out.push(`    ${key}:${afterKey(fold(value, '      ', key.length + 2))}`);
      else if (flowFits(value, 3, key.length)) out.push(`    ${key}: [${value.join(', ')}]`);
      else {
        out.push(`    ${key}:`);
        for (const item of value) out.push(`      - ${fold(item, '        ', undefined)}`);
      }
    }
  }
  return out;
}

/** After a key: a space, unless the folded text starts on the next line (the yaml package does that after a long key). */
const afterKey = (folded: string) => (folded.startsWith('\n') ? folded : ` ${folded}`);

/**
 * Long text folded as the yaml package folds a plain scalar: `indent` is
 * that of the lines it continues on, `indentAtStart` what the package
 * counts as the first line's start (the key and ": ", not the key's own
 * indentation; nothing for a list item).
 */
function fold(text: string, indent: string, indentAtStart: number | undefined): string {
  // foldFlowLines' own first test, made here to save the call and its options on the many short texts.
  if (text.length <= Math.max(1 + FOLD_OPTIONS.minContentWidth, 1 + FOLD_OPTIONS.lineWidth - indent.length)) return text;
  return foldFlowLines(text, indent, 'flow', { ...FOLD_OPTIONS, indentAtStart });
}
