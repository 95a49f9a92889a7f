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
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin, type IArgdownResponse } from '@argdown/core';
import type { Diagnostic } from '../../diagnostics/types.js';
import { createIdMaker } from '../ids.js';
import { claimText, placeOf, targetTitle, usesOf, type AdArgument, type AdError, type AdNode, type AdPcsStatement, type AdPlace, type AdRelation, type AdStatement } from './argdown-model.js';
import type { ImportOutcome, MapDocument } from '../types.js';

export function importArgdown(text: string, file: string): ImportOutcome {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: 'error' | 'warning', code: string, message: string, place: AdPlace | undefined, hint?: string) =>
    diagnostics.push({ file, ...placeOf(place), code, severity, message, ...(hint === undefined ? {} : { hint }) });

  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  // The model is built only from a document Argdown could parse: its model plugin would print a stack trace on stderr.
  let parsed: { lexerErrors?: AdError[]; parserErrors?: AdError[] };
  try {
    // Argdown swallows what its parser throws unless asked not to, and then leaves no syntax tree and no error.
    parsed = app.run({ process: ['parse-input'], input: text, logLevel: 'error', throwExceptions: true });
  } catch (error) {
    // @argdown/core 1.7.5 spreads the top-level paragraphs into one call's arguments, which overflows the stack past about 120,000.
    const tooMany = error instanceof RangeError;
    const message = tooMany ? 'Argdown\'s parser cannot read a document with this many paragraphs (its limit is about 120,000).' : `Argdown's parser stopped: ${String(error)}.`;
    report('error', 'import-argdown-failed', message, undefined, tooMany ? 'Split the document into parts of under 100,000 statements and arguments, and import each.' : 'This is a fault in Argdown\'s parser; argmap reads what Argdown reads.');
    return { document: undefined, diagnostics };
  }
  const errors = [...(parsed.lexerErrors ?? []), ...(parsed.parserErrors ?? [])];
  for (const error of errors) {
    report('error', 'import-argdown-syntax', `Argdown cannot read this: ${error.message}`, error.token, 'Fix it in the Argdown file; argmap reads what Argdown reads.');
  }
  if (errors.length > 0) return { document: undefined, diagnostics };
  const response = app.run({ process: ['build-model'], input: text, logLevel: 'error' }, parsed as IArgdownResponse) as {
    statements?: Record<string, AdStatement>;
    arguments?: Record<string, AdArgument>;
    relations?: AdRelation[];
    frontMatter?: { title?: unknown };
  };

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
    const memberText = statement.members.map(claimText).find((t) => t !== undefined);
    const id = makeId(statement.title, 'statement');
    statementId.set(statement.title, id);
    const speaker = speakerOf(statement.data ?? statement.members.find((m) => m.data?.speaker)?.data);
    // argmap's export writes tags that `#(…)` cannot hold as data: `{tags: [...]}`.
    const dataTags = Array.isArray(statement.data?.tags) ? statement.data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    const tags = [...new Set([...(statement.tags ?? []), ...dataTags])];
    const body = memberText ?? statement.title;
    statements[id] = speaker === undefined && tags.length === 0 ? body : { text: body, ...(tags.length > 0 ? { tags } : {}), ...(speaker === undefined ? {} : { speaker }) };
  }

  const relations = response.relations ?? [];
  // The attack or undercut that leaves each marked conclusion, found once rather than by a search per argument.
  const markedOutgoing = new Map<string, AdRelation>();
  for (const relation of relations) {
    const from = relation.from.title;
    const mark = marked.get(from);
    // A marked conclusion's relation: its attack or undercut, or for a backing, its support.
    if (mark !== undefined && !markedOutgoing.has(from) && relation.relationType === (mark === 'backing' ? 'support' : mark)) markedOutgoing.set(from, relation);
  }
  for (const argument of Object.values(response.arguments ?? {})) {
    const pcs = argument.pcs ?? [];
    if (pcs.length === 0) {
      const description = argument.members.map(claimText).find((t) => t !== undefined);
      const id = makeId(argument.title, 'argument');
      argumentClaim.set(argument.title, id);
      statements[id] = description ?? argument.title;
      continue;
    }
    const id = makeId(argument.title, 'argument');
    argumentId.set(argument.title, id);
    const speaker = speakerOf(argument.data);
    // The description (`<title>: description`) is the argument's title; a `{scheme: …}` its scheme.
    const title = argument.members.map(claimText).find((t) => t !== undefined);
    const scheme = typeof argument.data?.scheme === 'string' ? argument.data.scheme : undefined;
    let since: string[] = [];
    let step = 0;
    const isConclusion = (member: AdPcsStatement, index: number) => member.role === 'main-conclusion' || member.role === 'intermediary-conclusion' || index === pcs.length - 1;
    const steps = pcs.filter(isConclusion).length;
    for (const [index, member] of pcs.entries()) {
      if (!isConclusion(member, index)) {
        const premise = statementId.get(member.title);
        if (premise !== undefined) since.push(premise);
        continue;
      }
      const main = index === pcs.length - 1;
      const mark = marked.get(member.title);
      // In an argument of several steps, `{uses: [1, 4]}` on a conclusion or its inference names the statements
      // that step uses, by number (as Argdown reads it when it splits arguments into steps); one step uses all premises.
      const used = (steps > 1 ? usesOf(member) : []).flatMap((n) => (n >= 1 && n <= index ? [statementId.get(pcs[n - 1]!.title)] : [])).filter((u) => u !== undefined);
      const entry: Record<string, unknown> = { premises: [...new Set(used.length > 0 ? used : since)] };
      if (speaker !== undefined) entry.speaker = speaker;
      if (main && title !== undefined) entry.title = title;
      if (main && scheme !== undefined) entry.scheme = scheme;
      if (mark !== undefined && main) {
        const outgoing = markedOutgoing.get(member.title);
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
  // A relation argmap cannot hold is a warning at the relation (where Argdown keeps its place), else at its source.
  const leftOut = (relation: AdRelation, message: string, hint: string) =>
    report('warning', 'import-unsupported', message, relation.occurrences?.[0] ?? relation.from, hint);
  const named = (node: AdNode) => (node.type === 'argument' || node.type === 'inference' ? `<${targetTitle(node)}>` : `[${node.title}]`);
  for (const relation of relations) {
    if (marked.has(relation.from.title) || marked.has(relation.to.title)) continue;
    const from = sourceOf(relation.from);
    if (from === undefined) continue;
    const type = relation.relationType;
    // An argument with a structure already supports its own conclusion.
    if (type === 'support' && relation.from.type === 'argument' && conclusionOf.has(relation.from.title) && conclusionOf.get(relation.from.title) === statementId.get(relation.to.title)) continue;
    if (type === 'contrary' || type === 'contradictory') {
      const to = sourceOf(relation.to);
      if (to !== undefined && to !== from) contradictions.push([from, to]);
      continue;
    }
    const toArgument = relation.to.type === 'argument' || relation.to.type === 'inference' ? argumentId.get(targetTitle(relation.to)) : undefined;
    const toClaim = relation.to.type === 'argument' ? argumentClaim.get(relation.to.title) : statementId.get(relation.to.title);
    if (type === 'undercut' || (type === 'attack' && toArgument !== undefined)) {
      if (toArgument === undefined) {
        leftOut(relation, `The undercut of ${named(relation.to)} was left out: only an argument with premises and a conclusion has an inference to undercut.`, 'Attack the statement instead (->), or give the argument a premise–conclusion structure.');
        continue;
      }
      if (type === 'attack') {
        const message = `The attack on <${relation.to.title}> became an undercut: argmap attacks statements, and undercuts arguments.`;
        report('warning', 'import-argument-attack', message, relation.occurrences?.[0] ?? relation.from, 'To attack its conclusion or a premise instead, aim the attack at that statement.');
      }
      args[relationId(from, 'undercuts', toArgument)] = { undercuts: toArgument, premises: [from] };
      continue;
    }
    if (toClaim === undefined) {
      leftOut(relation, `The support for ${named(relation.to)} was left out: argmap arguments support statements, not other arguments.`, 'Aim it at the argument\'s conclusion or at one of its premises.');
      continue;
    }
    if (toClaim === from) {
      leftOut(relation, `The ${type} from ${named(relation.from)} to itself was left out: a statement cannot argue for or against itself.`, 'Remove the relation.');
      continue;
    }
    const verb = type === 'attack' ? 'attacks' : 'supports';
    args[relationId(from, verb, toClaim)] = { [verb]: toClaim, premises: [from] };
  }

  const title = typeof response.frontMatter?.title === 'string' ? response.frontMatter.title : `Imported from ${file.split('/').pop()}`;
  const document: MapDocument = { argmap: 1, title };
  if (Object.keys(speakers).length > 0) document.speakers = speakers;
  document.statements = statements;
  if (Object.keys(args).length > 0) document.arguments = args;
  if (contradictions.length > 0) document.contradictions = contradictions;
  if (Object.keys(statements).length === 0) {
    report('error', 'import-empty', 'Argdown finds no statements and no arguments in this file.', undefined, 'An argmap map needs at least one statement.');
    return { document: undefined, diagnostics };
  }
  return { document, diagnostics };
}
