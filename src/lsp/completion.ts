/**
 * What the language server offers to complete (src/lsp/server.ts): ids
 * where an id is expected, speakers, schemes, and rule ids and levels
 * under `checks:`. Pure functions of the line typed so far and the map.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver/node.js';
import { RULE_METADATA } from '../check/run.js';
import { SCHEMES } from '../check/schemes.js';
import type { ArgMap, Argument, Statement } from '../model/types.js';

/** The top-level key whose section the given offset is in ("statements", "checks"…), if any: a look back through the text, line by line, without copying it. */
export function sectionAt(text: string, offset: number): string | undefined {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  for (;;) {
    if (/[A-Za-z]/.test(text[start] ?? '')) {
      const key = /^([A-Za-z][\w-]*)\s*:/.exec(text.slice(start, start + 200))?.[1];
      if (key !== undefined) return key;
    }
    if (start === 0) return undefined;
    start = start === 1 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
  }
}

/** Completion lists longer than this leave each item's detail to completionItem/resolve. */
export const COMPLETION_DETAIL_LIMIT = 1000;

/** What completion shows beside an id: a statement's text, an argument's title or what it does. */
function idDetail(entry: Statement | Argument): string {
  return 'text' in entry ? entry.text : (entry.title ?? `${entry.kind} ${entry.target.id}`);
}

/**
 * The items to offer after `line` (the text of the line up to the cursor);
 * `section` finds the top-level key the cursor is under, asked only when
 * the line could be a rule's. `detailsLeft` when the items' details are
 * left to completionItem/resolve (withDetail).
 */
export function completionItems(line: string, map: ArgMap, section: () => string | undefined): { items: CompletionItem[]; detailsLeft: boolean } {
  const done = (items: CompletionItem[]) => ({ items, detailsLeft: false });
  if (/\bscheme\s*:\s*\S*$/.test(line)) return done(SCHEMES.map((scheme) => ({ label: scheme.id, kind: CompletionItemKind.EnumMember })));
  // Under "checks:", rule ids, and after one, the levels.
  if (/^\s+[a-z-]*(?:\s*:\s*\S*)?$/.test(line) && section() === 'checks') {
    if (/^\s+[a-z-]+\s*:\s*\S*$/.test(line)) return done(['off', 'info', 'warning', 'error'].map((level) => ({ label: level, kind: CompletionItemKind.EnumMember })));
    if (/^\s+[a-z-]*$/.test(line)) return done(RULE_METADATA.map((rule) => ({ label: rule.id, detail: `${rule.level}: ${rule.description}`, kind: CompletionItemKind.Property })));
  }
  if (/\b(speaker|said-by|endorsed-by)\s*:\s*(\[[^\]]*|\S*)$/.test(line)) return done(map.speakers.map((s) => ({ label: s.id, detail: s.name, kind: CompletionItemKind.Constant })));
  const wantsArguments = /\bundercuts\s*:\s*\S*$/.test(line);
  const wantsIds = wantsArguments || /\b(premises|supports|attacks|theses|in|out|undecided)\s*:\s*(\[[^\]]*)?$/.test(line) || /^\s*-\s*\[[^\]]*$/.test(line) || /^\s*-\s+\S*$/.test(line);
  if (!wantsIds) return done([]);
  // The key being completed (the last one on the line): "supports:" names a statement, or an argument it backs.
  const key = /\b([a-z-]+)\s*:\s*(?:\[[^\]]*|\S*)$/.exec(line)?.[1];
  const eitherKind = key === 'in' || key === 'out' || key === 'undecided' || key === 'supports';
  const wanted = wantsArguments ? map.arguments : eitherKind ? [...map.statements, ...map.arguments] : map.statements;
  // A long list goes without its details, which the editor asks for item by item as it shows them: at 10,000 statements they are most of a megabyte and a half.
  const detailed = wanted.length <= COMPLETION_DETAIL_LIMIT;
  const items = wanted.map((entry) => ({ label: entry.id, kind: 'text' in entry ? CompletionItemKind.Value : CompletionItemKind.Function, ...(detailed ? { detail: idDetail(entry) } : {}) }));
  return { items, detailsLeft: !detailed };
}

/** A statement or argument id's item with its detail, for completionItem/resolve. */
export function withDetail(item: CompletionItem, map: ArgMap): CompletionItem {
  const entry = item.kind === CompletionItemKind.Function ? map.arguments.find((a) => a.id === item.label) : map.statements.find((s) => s.id === item.label);
  return entry === undefined ? item : { ...item, detail: idDetail(entry) };
}
