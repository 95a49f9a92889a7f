/**
 * A map's data (what a map file loads to: `{ argmap: 1, title, statements:
 * {...}, ... }`) written as a map file in `argmap fmt`'s layout, so that a
 * map made by a program (an import) reads as if written by hand and needs no
 * formatting.
 *
 * The plain version makes the yaml package's document from the data and
 * lays it out as fmt lays out a file. The fast one does what fmt's fast
 * layout does (format-fast.ts): runs of simple entries are set aside for
 * placeholders, and written directly once the small rest is laid out. A
 * property test (test/authoring/write-data.test.ts) holds the two to the
 * same bytes; docs/performance.md has the gain.
 */
import { Document } from 'yaml';
import { layOutWithRuns, MARKER, type Run } from './format-fast.js';
import { ENTRY_FIELDS, layOutDocument } from './format-plain.js';
import { simpleEntryOfData, type SimpleEntry } from './simple-entries.js';

// A list two entries share (an importer may give several arguments the same premises) is written twice, not as a YAML alias, which maps refuse.
const DOCUMENT_OPTIONS = { aliasDuplicateObjects: false };

/** What a map file loads to; written as it is, so only plain data (objects, lists, text, numbers, booleans). */
export type MapData = Readonly<Record<string, unknown>>;

/** The reference: the yaml package's document of the data, laid out. */
export function writeMapDataPlain(data: MapData): string {
  return layOutDocument(new Document(data, DOCUMENT_OPTIONS), {})!;
}

export function writeMapData(data: MapData): string {
  const runs: Run[] = [];
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const section = Object.hasOwn(ENTRY_FIELDS, key) && isRecord(value) ? value : undefined;
    // An id that looks like a placeholder would be taken for one: such data is written the plain way.
    if (section !== undefined && Object.keys(section).some((id) => id.startsWith(MARKER))) return writeMapDataPlain(data);
    kept[key] = section === undefined ? value : setRunsAside(key, section, runs);
  }
  if (runs.length === 0) return writeMapDataPlain(data);
  return layOutWithRuns(new Document(kept, DOCUMENT_OPTIONS), runs, {}) ?? writeMapDataPlain(data);
}

/** The section's entries with each run of consecutive simple entries replaced by one placeholder entry; the runs are added to `runs`. */
function setRunsAside(section: string, entries: Record<string, unknown>, runs: Run[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  let run: SimpleEntry[] | undefined;
  for (const [id, value] of Object.entries(entries)) {
    const simple = simpleEntryOfData(id, value);
    if (simple === undefined) {
      run = undefined;
      kept[id] = value;
      continue;
    }
    if (run === undefined) {
      const placeholder = `${MARKER}${runs.length}`;
      runs.push({ section, placeholder, entries: (run = []) });
      kept[placeholder] = 'x';
    }
    run.push(simple);
  }
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
