import type { ArgMap, Statement } from '../../../src/index.js';

/** Texts that break naive DOT, HTML-like labels or Graphviz's escape sequences. */
export const HOSTILE = [
  'Quotes "double" and \'single\', and a lone "',
  String.raw`A backslash \ in the middle, and one at the end \ `,
  String.raw`Escapes: \N \G \E \T \H \L \l \n \r \" \\ \\N`,
  '<b>bold?</b> <br/> <script>alert(1)</script> <<',
  '&amp; &lt; &#92; &#x5C; & alone',
  '{braces} [brackets] ;semicolons; -> arrow -- line',
  'node edge graph digraph subgraph strict',
  'label=<x> ] ; evil [shape=none',
  'é ü 中文 😀 ﷺ',
  'Line one\nline two\ttab',
  '>',
  '\\',
];

let spanStart = 0;
const span = () => ({ start: spanStart, end: ++spanStart });

export function statement(id: string, text: string, extra: Partial<Statement> = {}): Statement {
  return { id, span: span(), text, textSpan: span(), quotes: [], tags: [], implicit: false, ...extra };
}

/** A map built directly, as a library user might, so any text at all can go in. */
export function mapOf(statements: Statement[], extra: Partial<ArgMap> = {}): ArgMap {
  return {
    file: 'test.yaml',
    version: 1,
    speakers: [],
    theses: [],
    statements,
    arguments: [],
    contradictions: [],
    checks: [],
    ...extra,
  };
}
