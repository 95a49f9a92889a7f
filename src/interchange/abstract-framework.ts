/**
 * Abstract argumentation frameworks in the formats of the ICCMA solver
 * competitions: APX (`arg(a). att(a,b).`), TGF (names, `#`, attacks) and
 * ICCMA 2023 (`p af N`, then `i j`). The reader is strict where the formats
 * are (a problem is reported with its line and column, not guessed past) and
 * lenient where real files vary (spaces, comments, a missing last newline).
 */

import type { ImportOutcome, MapDocument } from './types.js';

export type FrameworkFormat = 'apx' | 'tgf' | 'iccma';
export const FRAMEWORK_FORMATS: readonly FrameworkFormat[] = ['apx', 'tgf', 'iccma'];

export interface Framework {
  /** Argument names in the order the file declares them. */
  names: string[];
  /** Attacks as [attacker, attacked], in file order, repeats removed. */
  attacks: [string, string][];
}

export interface FrameworkProblem {
  line: number;
  column: number;
  message: string;
}

export interface FrameworkReading {
  framework?: Framework;
  problems: FrameworkProblem[];
}

/** Reads a framework; `names` (ICCMA 2023 only) maps 1..N to the names of a side table such as `.af.map`. */
export function readFramework(text: string, format: FrameworkFormat, names?: Map<string, string>): FrameworkReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const reading = format === 'apx' ? readApx(lines) : format === 'tgf' ? readTgf(lines) : readIccma(lines, names);
  return reading.problems.length > 0 ? { problems: reading.problems } : reading;
}

/** The format a file name implies: .apx, .tgf, .af (ICCMA 2023). */
export function frameworkFormatOf(file: string): FrameworkFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === 'apx' ? 'apx' : extension === 'tgf' ? 'tgf' : extension === 'af' ? 'iccma' : undefined;
}

/** Reads a `.af.map` side table: one `index name` per line. */
export function readIndexNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d+)\s+(\S+)\s*$/.exec(line);
    if (match) names.set(match[1]!, match[2]!);
  }
  return names;
}

class Builder {
  readonly problems: FrameworkProblem[] = [];
  private readonly declared = new Set<string>();
  private readonly names: string[] = [];
  private readonly attacks: [string, string][] = [];
  private readonly attackKeys = new Set<string>();

  problem(line: number, column: number, message: string): void {
    this.problems.push({ line: line + 1, column: column + 1, message });
  }
  argument(name: string, line: number, column: number): void {
    if (this.declared.has(name)) return this.problem(line, column, `The argument ${name} is declared twice.`);
    this.declared.add(name);
    this.names.push(name);
  }
  attack(from: string, to: string, line: number, column: number): void {
    for (const name of [from, to]) if (!this.declared.has(name)) return this.problem(line, column, `The attack ${from} → ${to} names ${name}, which is not declared as an argument.`);
    const key = `${from}\u0000${to}`;
    if (this.attackKeys.has(key)) return;
    this.attackKeys.add(key);
    this.attacks.push([from, to]);
  }
  result(): FrameworkReading {
    return { framework: { names: this.names, attacks: this.attacks }, problems: this.problems };
  }
}

// ASP constants (lower-case identifiers), integers, or quoted strings.
const APX_NAME = String.raw`[a-z][A-Za-z0-9_]*|-?\d+|"(?:[^"\\]|\\.)*"`;
const APX_ARG = new RegExp(String.raw`^\s*arg\s*\(\s*(${APX_NAME})\s*\)\s*\.\s*$`);
const APX_ATT = new RegExp(String.raw`^\s*att\s*\(\s*(${APX_NAME})\s*,\s*(${APX_NAME})\s*\)\s*\.\s*$`);

function readApx(lines: string[]): FrameworkReading {
  const builder = new Builder();
  const attacks: { from: string; to: string; line: number }[] = [];
  lines.forEach((text, line) => {
    // Several facts may share a line; `%` starts a comment.
    const content = text.replace(/%.*$/, '');
    for (const fact of content.match(/[^.]*\./g) ?? []) {
      const argument = APX_ARG.exec(fact);
      const attack = APX_ATT.exec(fact);
      if (argument) builder.argument(unquote(argument[1]!), line, 0);
      else if (attack) attacks.push({ from: unquote(attack[1]!), to: unquote(attack[2]!), line });
      else builder.problem(line, Math.max(0, text.indexOf(fact.trim())), `Expected arg(name). or att(name, name). but found "${fact.trim().slice(0, 60)}".`);
    }
    const rest = content.replace(/[^.]*\./g, '').trim();
    if (rest !== '') builder.problem(line, text.indexOf(rest), `"${rest.slice(0, 60)}" does not end with a full stop.`);
  });
  // Arguments may be declared after the attacks that name them.
  for (const { from, to, line } of attacks) builder.attack(from, to, line, 0);
  return builder.result();
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/\\(.)/g, '$1') : name;
}

function readTgf(lines: string[]): FrameworkReading {
  const builder = new Builder();
  let inAttacks = false;
  lines.forEach((text, line) => {
    const content = text.trim();
    if (content === '') return;
    if (content === '#') {
      if (inAttacks) builder.problem(line, text.indexOf('#'), 'A second "#": TGF has one, between the arguments and the attacks.');
      inAttacks = true;
      return;
    }
    const fields = content.split(/\s+/);
    if (!inAttacks) {
      // A node line may carry a label after the name; the name is the first field.
      builder.argument(fields[0]!, line, text.indexOf(fields[0]!));
    } else if (fields.length === 2) {
      builder.attack(fields[0]!, fields[1]!, line, text.indexOf(fields[0]!));
    } else {
      builder.problem(line, text.indexOf(fields[0]!), `An attack line is "attacker attacked", but this one has ${fields.length} fields.`);
    }
  });
  return builder.result();
}

function readIccma(lines: string[], names?: Map<string, string>): FrameworkReading {
  const builder = new Builder();
  let count: number | undefined;
  const nameOf = (index: string) => names?.get(index) ?? index;
  lines.forEach((text, line) => {
    if (text.startsWith('#')) return;
    if (count === undefined) {
      const header = /^p af (\d+)$/.exec(text.trim());
      if (!header) return builder.problem(line, 0, `Expected the header "p af N" but found "${text.slice(0, 60)}".`);
      count = Number(header[1]);
      for (let i = 1; i <= count; i++) builder.argument(nameOf(String(i)), line, 0);
      return;
    }
    const attack = /^(\d+) (\d+)$/.exec(text.trim());
    if (!attack) return builder.problem(line, 0, `An attack line is "i j" with two argument numbers, but this one is "${text.slice(0, 60)}".`);
    const [from, to] = [Number(attack[1]), Number(attack[2])];
    if (from < 1 || to < 1 || from > count || to > count) return builder.problem(line, 0, `Argument numbers go from 1 to ${count}; ${from > count || from < 1 ? from : to} is out of range.`);
    builder.attack(nameOf(String(from)), nameOf(String(to)), line, 0);
  });
  if (count === undefined && builder.problems.length === 0) builder.problem(0, 0, 'The file is empty: an ICCMA 2023 framework starts with "p af N".');
  return builder.result();
}

/**
 * A framework as a map: each argument a statement ("Argument a"), each attack
 * a → b an argument with premise a that attacks b. Names that are not ids,
 * or that YAML would read as numbers, are prefixed with "arg-".
 */
export function frameworkToDocument(framework: Framework, title: string): MapDocument {
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const name of framework.names) {
    let id = /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && name.length <= 200 ? name : `arg-${name.replace(/[^A-Za-z0-9_.-]+/g, '-')}`;
    for (let n = 2; taken.has(id); n++) id = `${id}-${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  const statements: Record<string, unknown> = Object.fromEntries(framework.names.map((name) => [ids.get(name)!, `Argument ${name}`]));
  const args: Record<string, unknown> = {};
  for (const [from, to] of framework.attacks) {
    const [attacker, attacked] = [ids.get(from)!, ids.get(to)!];
    if (attacker !== attacked) {
      args[`${attacker}-attacks-${attacked}`] = { attacks: attacked, premises: [attacker] };
      continue;
    }
    // No argument may have its conclusion as a premise, so a self-attack goes through a restatement:
    // the argument supports its restatement, which attacks it. The cycle leaves it undecided, as a self-attacker is.
    const restated = `${attacker}-restated`;
    statements[restated] = { text: `Argument ${from}, as its own attacker`, implicit: true };
    args[`${attacker}-restates`] = { supports: restated, premises: [attacker] };
    args[`${attacker}-attacks-${attacked}`] = { attacks: attacked, premises: [restated] };
  }
  return { argmap: 1, title, statements, ...(framework.attacks.length > 0 ? { arguments: args } : {}) };
}

/** An ICCMA framework file as an import: the map, or the problems that kept it from being read. */
export function importFramework(text: string, file: string, format: FrameworkFormat, names?: Map<string, string>): ImportOutcome {
  const reading = readFramework(text, format, names);
  const diagnostics = reading.problems.map((problem) => ({
    file,
    line: problem.line,
    column: problem.column,
    endLine: problem.line,
    endColumn: problem.column,
    code: 'import-framework',
    severity: 'error' as const,
    message: problem.message,
    hint: FORMAT_HINT[format],
  }));
  if (reading.framework === undefined) return { document: undefined, diagnostics };
  return { document: frameworkToDocument(reading.framework, `Imported from ${file.split('/').pop()}`), diagnostics };
}

const FORMAT_HINT: Record<FrameworkFormat, string> = {
  apx: 'APX has one fact per line: arg(a). or att(a,b).',
  tgf: 'TGF lists the arguments, then a line with #, then one "attacker attacked" per line.',
  iccma: 'ICCMA 2023: a first line "p af N", then one "i j" per line with 1 ≤ i, j ≤ N.',
};
