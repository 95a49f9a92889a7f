/**
 * `argmap eval`'s output: the labels (and strengths) as text lines or JSON,
 * and an explanation as an indented tree. Pure; the CLI picks the palette.
 */
import type { Evaluation, ExplanationLine, Label } from '../../evaluate/index.js';
import type { ArgMap } from '../../model/types.js';
import { escapeInline } from '../../text/escape.js';
import type { Palette } from '../../text/palette.js';
import { shorten } from '../../text/shorten.js';

/** The mark of each label: readable without colour, and in colour where there is some. */
export const LABEL_MARKS: Record<Label, string> = { in: '✔', out: '✘', undecided: '?' };

export function paintLabel(label: Label, palette: Palette): string {
  const text = `${LABEL_MARKS[label]} ${label}`;
  return label === 'in' ? palette.green(text) : label === 'out' ? palette.red(text) : palette.yellow(text);
}

const TEXT_LENGTH = 70;

/** Each thesis, then every statement, one line each: mark, label, strength (dfquad), id and the start of the text. */
export function evaluationLines(map: ArgMap, evaluation: Evaluation, palette: Palette): string[] {
  const idWidth = Math.min(32, Math.max(0, ...map.statements.map((statement) => statement.id.length)));
  const line = (id: string, text: string) => {
    const label = evaluation.labels.get(id)!;
    const strength = evaluation.strengths === undefined ? '' : ` ${evaluation.strengths.get(id)!.toFixed(3)}`;
    // Padded before painting, so that colour codes do not count as width.
    return `  ${paintLabel(label, palette)}${' '.repeat(9 - label.length)}${strength}  ${palette.bold(escapeInline(id).padEnd(idWidth))}  ${escapeInline(shorten(text, TEXT_LENGTH))}`;
  };
  const texts = new Map(map.statements.map((statement) => [statement.id, statement.text]));
  const lines: string[] = [];
  if (map.theses.length > 0) {
    lines.push(palette.bold('Theses'));
    for (const thesis of map.theses) lines.push(line(thesis.id, texts.get(thesis.id) ?? ''));
    lines.push('');
  }
  lines.push(palette.bold('Statements'));
  for (const statement of map.statements) lines.push(line(statement.id, statement.text));
  lines.push('', summary(evaluation, map));
  return lines;
}

function summary(evaluation: Evaluation, map: ArgMap): string {
  const counts: Record<Label, number> = { in: 0, out: 0, undecided: 0 };
  for (const statement of map.statements) counts[evaluation.labels.get(statement.id)!]++;
  return `${map.statements.length} statements: ${counts.in} in, ${counts.out} out, ${counts.undecided} undecided (${evaluation.semantics === 'dfquad' ? 'grounded labels, DF-QuAD strengths' : 'grounded semantics'}).`;
}

/** An explanation as an indented tree: each line's label, id and why. */
export function explanationLines(lines: readonly ExplanationLine[], palette: Palette): string[] {
  return lines.map((line) => {
    // Deep derivations would run off the screen: past 30 levels the depth is written out instead.
    const indent = line.depth <= 30 ? '  '.repeat(line.depth) : `${'  '.repeat(30)}[${line.depth}] `;
    const kind = line.kind === 'statement' ? '' : ` (${line.kind === 'support' ? 'argument for' : line.kind === 'attack' ? 'argument against' : 'undercut'})`;
    const because = line.seeAbove ? palette.dim(line.because) : line.because;
    return `${indent}${paintLabel(line.label, palette)}  ${palette.bold(escapeInline(line.id))}${kind}: ${because}`;
  });
}

/** The evaluation as JSON: statements' labels, arguments' labels, and strengths with dfquad. */
export function evaluationJson(map: ArgMap, evaluation: Evaluation): string {
  const pick = <T>(values: Map<string, T>, ids: string[]) => Object.fromEntries(ids.map((id) => [id, values.get(id)!]));
  const statementIds = map.statements.map((statement) => statement.id);
  const argumentIds = map.arguments.map((argument) => argument.id);
  const json: Record<string, unknown> = {
    semantics: evaluation.semantics,
    theses: map.theses.map((thesis) => thesis.id),
    labels: pick(evaluation.labels, statementIds),
    arguments: pick(evaluation.labels, argumentIds),
  };
  if (evaluation.strengths) {
    json.strengths = pick(evaluation.strengths, [...statementIds, ...argumentIds]);
    json.converged = evaluation.converged;
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}
