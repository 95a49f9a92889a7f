/**
 * Argdown to an argmap map, with Argdown's own parser and model
 * (@argdown/core): what Argdown itself finds is what is imported.
 *
 * - A statement (an equivalence class) becomes a statement: the text of its
 *   first member that has one, else its title; its tags and `{speaker: …}`.
 * - An argument with a premise–conclusion structure becomes an argument for
 *   its conclusion, its premises linked; each intermediary conclusion gets an
 *   argument of its own from the statements since the previous one. A
 *   conclusion that argmap's own Argdown export marked `{argmap: "attack"}`,
 *   `"undercut"` or `"backing"` is folded back into an attacking,
 *   undercutting or backing argument.
 * - An argument without one ("a description") becomes a statement: the
 *   claim that the argument makes, which its relations start from.
 * - A relation becomes an argument from its source to its target (support
 *   and entails: supports; attack: attacks; undercut: undercuts), or a
 *   contradiction (contrary, contradictory). A relation from an argument
 *   with a structure starts from its conclusion.
 *
 * What argmap cannot say (other support for an argument; an attack on an argument
 * with a structure, which becomes an undercut) is a warning.
 */
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
import type { Diagnostic } from '../../diagnostics/types.js';
import { createIdMaker } from '../ids.js';
import type { ImportOutcome, MapDocument } from '../types.js';

interface AdMember {
  text?: string;
  data?: Record<string, unknown>;
}
interface AdStatement {
  title: string;
  members: AdMember[];
  tags?: string[];
  data?: Record<string, unknown>;
}
interface AdPcsStatement {
  title: string;
  role: string;
  data?: Record<string, unknown>;
}
interface AdArgument {
  title: string;
  members: AdMember[];
  pcs?: AdPcsStatement[];
  data?: Record<string, unknown>;
}
interface AdNode {
  title: string;
  type: string;
  /** For an inference (what an undercut aims at): the argument it belongs to. */
  argumentTitle?: string;
}
interface AdRelation {
  from: AdNode;
  to: AdNode;
  relationType: string;
}

/** An undercut aims at an argument's inference: the argument is the one that inference belongs to. */
const targetTitle = (node: AdNode) => (node.type === 'inference' ? (node.argumentTitle ?? node.title) : node.title);
interface AdError {
  message: string;
  token?: { startLine?: number; startColumn?: number };
}

/** A member's text as a claim: one line, without the tags Argdown keeps in it (`#tag`, `#(a tag)`), which become `tags:`. */
export function claimText(text: string | undefined): string | undefined {
  const plain = text
    ?.replace(/(^|\s)#\([^)]*\)/g, '$1')
    .replace(/(^|\s)#[\p{L}\p{N}_-]+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return plain === '' ? undefined : plain;
}

export function importArgdown(text: string, file: string): ImportOutcome {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: 'error' | 'warning', code: string, message: string, line = 1, column = 1, hint?: string) =>
    diagnostics.push({ file, line, column, endLine: line, endColumn: column, code, severity, message, ...(hint === undefined ? {} : { hint }) });

  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response = app.run({ process: ['parse-input', 'build-model'], input: text, logLevel: 'error' }) as {
    lexerErrors?: AdError[];
    parserErrors?: AdError[];
    statements?: Record<string, AdStatement>;
    arguments?: Record<string, AdArgument>;
    relations?: AdRelation[];
    frontMatter?: { title?: unknown };
  };
  const errors = [...(response.lexerErrors ?? []), ...(response.parserErrors ?? [])];
  for (const error of errors) {
    report('error', 'import-argdown-syntax', `Argdown cannot read this: ${error.message}`, error.token?.startLine ?? 1, error.token?.startColumn ?? 1, 'Fix it in the Argdown file; argmap reads what Argdown reads.');
  }
  if (errors.length > 0) return { document: undefined, diagnostics };

  const makeId = createIdMaker();
  const statementId = new Map<string, string>();
  const argumentClaim = new Map<string, string>();
  const argumentId = new Map<string, string>();
  const conclusionOf = new Map<string, string>();
  const statements: Record<string, string | Record<string, unknown>> = {};
  const args: Record<string, Record<string, unknown>> = {};
  const backings: Record<string, unknown>[] = [];
  const contradictions: [string, string][] = [];
  const speakers: Record<string, string> = {};
  const speakerIds = new Map<string, string>();
  const speakerOf = (data: Record<string, unknown> | undefined) => {
    const name = typeof data?.speaker === 'string' ? data.speaker : undefined;
    if (name === undefined) return undefined;
    let id = speakerIds.get(name);
    if (id === undefined) {
      id = makeId(name, `speaker${speakerIds.size + 1}`);
      speakerIds.set(name, id);
      speakers[id] = name;
    }
    return id;
  };

  // argmap's own export gives attacks and undercuts a marked conclusion; folded back below.
  const marked = new Map<string, string>();
  for (const statement of Object.values(response.statements ?? {})) {
    const mark = statement.data?.argmap ?? statement.members.find((m) => m.data?.argmap)?.data?.argmap;
    if (mark === 'attack' || mark === 'undercut' || mark === 'backing') marked.set(statement.title, mark);
  }

  for (const statement of Object.values(response.statements ?? {})) {
    if (marked.has(statement.title)) continue;
    const memberText = statement.members.map((m) => claimText(m.text)).find((t) => t !== undefined);
    const id = makeId(statement.title, 'statement');
    statementId.set(statement.title, id);
    const speaker = speakerOf(statement.data ?? statement.members.find((m) => m.data?.speaker)?.data);
    const tags = [...new Set(statement.tags ?? [])];
    const body = memberText ?? statement.title;
    statements[id] = speaker === undefined && tags.length === 0 ? body : { text: body, ...(tags.length > 0 ? { tags } : {}), ...(speaker === undefined ? {} : { speaker }) };
  }

  const relations = response.relations ?? [];
  for (const argument of Object.values(response.arguments ?? {})) {
    const pcs = argument.pcs ?? [];
    if (pcs.length === 0) {
      const description = argument.members.map((m) => claimText(m.text)).find((t) => t !== undefined);
      const id = makeId(argument.title, 'argument');
      argumentClaim.set(argument.title, id);
      statements[id] = description ?? argument.title;
      continue;
    }
    const id = makeId(argument.title, 'argument');
    argumentId.set(argument.title, id);
    const speaker = speakerOf(argument.data);
    let since: string[] = [];
    let step = 0;
    for (const [index, member] of pcs.entries()) {
      const isConclusion = member.role === 'main-conclusion' || member.role === 'intermediary-conclusion' || index === pcs.length - 1;
      if (!isConclusion) {
        const premise = statementId.get(member.title);
        if (premise !== undefined) since.push(premise);
        continue;
      }
      const main = index === pcs.length - 1;
      const mark = marked.get(member.title);
      const entry: Record<string, unknown> = { premises: [...new Set(since)] };
      if (speaker !== undefined) entry.speaker = speaker;
      if (mark !== undefined && main) {
        const outgoing = relations.find((r) => r.from.title === member.title && r.relationType === (mark === 'backing' ? 'support' : mark));
        if (outgoing === undefined) continue;
        if (mark === 'backing') backings.push(entry);
        entry[mark === 'attack' ? 'attacks' : mark === 'undercut' ? 'undercuts' : 'supports'] = mark === 'attack' ? statementId.get(outgoing.to.title) : targetTitle(outgoing.to);
        args[id] = entry;
      } else {
        const conclusion = statementId.get(member.title)!;
        entry.supports = conclusion;
        args[main ? id : `${id}-step-${++step}`] = entry;
        if (main) conclusionOf.set(argument.title, conclusion);
        since = [conclusion];
      }
    }
  }
  // Undercuts written by argmap's export name the argument by its Argdown title: now that every argument has an id, point them there.
  for (const entry of Object.values(args)) if (typeof entry.undercuts === 'string') entry.undercuts = argumentId.get(entry.undercuts) ?? entry.undercuts;
  // So do backings (an argument that supports an argument).
  for (const entry of backings) entry.supports = argumentId.get(entry.supports as string) ?? entry.supports;

  const sourceOf = (node: { title: string; type: string }) =>
    node.type === 'argument' ? (conclusionOf.get(node.title) ?? argumentClaim.get(node.title)) : statementId.get(node.title);
  const taken = new Set(Object.keys(args));
  const relationId = (from: string, verb: string, to: string) => {
    let id = `${from}-${verb}-${to}`;
    for (let n = 2; taken.has(id); n++) id = `${from}-${verb}-${to}-${n}`;
    taken.add(id);
    return id;
  };
  let lost = 0;
  for (const relation of relations) {
    if (marked.has(relation.from.title) || marked.has(relation.to.title)) continue;
    const from = sourceOf(relation.from);
    if (from === undefined) continue;
    const type = relation.relationType;
    // An argument with a structure already supports its own conclusion.
    if (relation.from.type === 'argument' && conclusionOf.get(relation.from.title) === statementId.get(relation.to.title) && type === 'support') continue;
    if (type === 'contrary' || type === 'contradictory') {
      const to = sourceOf(relation.to);
      if (to !== undefined && to !== from) contradictions.push([from, to]);
      continue;
    }
    const toArgument = relation.to.type === 'argument' || relation.to.type === 'inference' ? argumentId.get(targetTitle(relation.to)) : undefined;
    const toClaim = relation.to.type === 'argument' ? argumentClaim.get(relation.to.title) : statementId.get(relation.to.title);
    if (type === 'undercut' || (type === 'attack' && toArgument !== undefined)) {
      if (toArgument === undefined) {
        lost++;
        continue;
      }
      if (type === 'attack') report('warning', 'import-argument-attack', `The attack on <${relation.to.title}> became an undercut: argmap attacks statements, and undercuts arguments.`);
      args[relationId(from, 'undercuts', toArgument)] = { undercuts: toArgument, premises: [from] };
      continue;
    }
    if (toClaim === undefined || toClaim === from) {
      lost++;
      continue;
    }
    const verb = type === 'attack' ? 'attacks' : 'supports';
    args[relationId(from, verb, toClaim)] = { [verb]: toClaim, premises: [from] };
  }
  if (lost > 0) report('warning', 'import-unsupported', `${lost} relation${lost === 1 ? '' : 's'} left out: support for an argument with a premise–conclusion structure, or an undercut of a statement, has no place in an argmap map.`);

  const title = typeof response.frontMatter?.title === 'string' ? response.frontMatter.title : `Imported from ${file.split('/').pop()}`;
  const document: MapDocument = { argmap: 1, title };
  if (Object.keys(speakers).length > 0) document.speakers = speakers;
  document.statements = statements;
  if (Object.keys(args).length > 0) document.arguments = args;
  if (contradictions.length > 0) document.contradictions = contradictions;
  if (Object.keys(statements).length === 0) {
    report('error', 'import-empty', 'Argdown finds no statements and no arguments in this file.', 1, 1, 'An argmap map needs at least one statement.');
    return { document: undefined, diagnostics };
  }
  return { document, diagnostics };
}
