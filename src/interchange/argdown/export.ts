import { foldWhitespace } from '../fold.js';
import type { ArgMap, Argument, Statement } from '../../model/types.js';

/**
 * Writes a map as an Argdown document (https://argdown.org): the title in
 * front matter, each statement as `[id]: text #tags {speaker: …}`, each
 * argument as `<id>` with a premise–conclusion structure (its premises are
 * linked), contradictions as `><`. A supporting argument concludes its target;
 * an attacking, undercutting or backing argument concludes a statement of its
 * own (marked `{argmap: "attack"}`, `"undercut"` or `"backing"`) that attacks
 * (`->`) the target statement, undercuts (`_>`) or supports (`+>`) the target
 * argument. Pure, linear in the map.
 */
export function mapToArgdown(map: ArgMap): string {
  return [...mapToArgdownChunks(map)].join('');
}

/** What the title of an attack's, undercut's or backing's own conclusion adds to its id. */
const CONCLUSION = '.conclusion';

/**
 * The same document in chunks of about `chunkLines` lines, for writing a big
 * map as it is made instead of holding its lines and then the whole text.
 */
export function* mapToArgdownChunks(map: ArgMap, chunkLines = 4096): Generator<string> {
  const out: string[] = [];
  // Called before an entity adds its lines, so lines always follow: the chunks joined are out.join('\n') of the whole.
  const full = () => out.length >= chunkLines;
  const flush = () => {
    const chunk = `${out.join('\n')}\n`;
    out.length = 0;
    return chunk;
  };
  if (map.title !== undefined) out.push('===', `title: ${yamlString(map.title)}`, '===', '');
  const speakerNames = new Map(map.speakers.map((speaker) => [speaker.id, speaker.name]));
  // The titles made for conclusions all hold ".conclusion": only a statement id that does can clash with one.
  const taken = new Set<string>();
  for (const statement of map.statements) if (statement.id.includes(CONCLUSION)) taken.add(statement.id);

  for (const statement of map.statements) {
    if (full()) yield flush();
    out.push(statementLine(statement, speakerNames), '');
  }

  for (const argument of map.arguments) {
    if (full()) yield flush();
    const data = argumentData(argument, speakerNames);
    out.push(`<${argument.id}>${argument.title === undefined ? '' : `: ${escapeArgdownText(argument.title)}`}${data}`, '');
    argument.premises.forEach((premise, index) => out.push(`(${index + 1}) [${premise.id}]`));
    out.push('-----');
    const number = argument.premises.length + 1;
    if (argument.kind === 'support' && !argument.backing) {
      out.push(`(${number}) [${argument.target.id}]`, '');
      continue;
    }
    const conclusion = freshTitle(`${argument.id}${CONCLUSION}`, taken);
    const mark = argument.backing ? 'backing' : argument.kind;
    const says = escapeArgdownText(`What ${argument.id} concludes ${argument.backing ? 'for' : 'against'} ${argument.target.id}.`);
    out.push(`(${number}) [${conclusion}]: ${says} {argmap: "${mark}"}`);
    const relation = argument.kind === 'attack' ? `  -> [${argument.target.id}]` : `  ${argument.backing ? '+>' : '_>'} <${argument.target.id}>`;
    out.push(relation, '');
  }

  // Argdown keeps one contradiction per pair, whichever way round it is written.
  const writtenPairs = new Set<string>();
  for (const contradiction of map.contradictions) {
    const [left, right] = contradiction.between;
    const pair = JSON.stringify([left.id, right.id].sort());
    if (writtenPairs.has(pair)) continue;
    writtenPairs.add(pair);
    if (full()) yield flush();
    out.push(`[${left.id}]`, `  >< [${right.id}]`, '');
  }
  yield out.join('\n');
}

/**
 * Characters that can start Argdown syntax within a line of text (see
 * @argdown/core's lexer). A `.` or `:` starts a shortcode (`.x.`, `:x:`) only
 * when a non-space follows, so a full stop before a space or the end stays bare.
 */
const ARGDOWN_SPECIAL = /[\\@#*_[\]<>/{}(),;=+\-!~`|]|[.:](?=\S)/g;

/**
 * Text as Argdown reads it back unchanged: whitespace runs (newlines too, which
 * would end the statement) fold to one space, and every character that could
 * start Argdown syntax is escaped with a backslash.
 */
export function escapeArgdownText(text: string): string {
  return foldArgdownText(text).replace(ARGDOWN_SPECIAL, (char) => `\\${char}`);
}

/** What a text becomes in Argdown: one line, single spaces, trimmed. */
export function foldArgdownText(text: string): string {
  return foldWhitespace(text);
}

/** A tag Argdown can hold as `#(…)`: one line, no closing parenthesis. */
function isWritableTag(tag: string): boolean {
  return !/[)\r\n]/.test(tag) && tag.trim() === tag && tag !== '';
}

function statementLine(statement: Statement, speakerNames: Map<string, string>): string {
  const tags = statement.tags.map((tag) => tag.value);
  const written = tags.filter(isWritableTag);
  const data: Record<string, unknown> = {};
  if (statement.speaker !== undefined) data.speaker = speakerNames.get(statement.speaker) ?? statement.speaker;
  if (written.length < tags.length) data.tags = tags;
  const parts = [`[${statement.id}]: ${escapeArgdownText(statement.text)}`, ...written.map((tag) => `#(${tag})`)];
  return parts.join(' ') + dataBlock(data);
}

function argumentData(argument: Argument, speakerNames: Map<string, string>): string {
  const data: Record<string, unknown> = {};
  if (argument.speaker !== undefined) data.speaker = speakerNames.get(argument.speaker) ?? argument.speaker;
  if (argument.scheme !== undefined) data.scheme = argument.scheme.value;
  return dataBlock(data);
}

/** A data block `{key: "value", …}` in YAML flow style; braces and `=` inside strings are \u-escaped so no token ends early. */
function dataBlock(data: Record<string, unknown>): string {
  const entries = Object.entries(data);
  if (entries.length === 0) return '';
  const body = entries.map(([key, value]) => `${key}: ${yamlValue(value)}`).join(', ');
  return ` {${body}}`;
}

function yamlValue(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((item) => yamlString(String(item))).join(', ')}]` : yamlString(String(value));
}

/**
 * A YAML double-quoted string that no Argdown token can cut: front matter
 * `===`, data braces, and `>:`, which after `<a0> {scheme: "` would end an
 * argument definition (`<title>:`) inside the string.
 */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[{}=<>\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `wanted`, or `wanted.2`, `wanted.3`… whichever no statement has; recorded as taken. */
function freshTitle(wanted: string, taken: Set<string>): string {
  let title = wanted;
  for (let n = 2; taken.has(title); n += 1) title = `${wanted}.${n}`;
  taken.add(title);
  return title;
}
