/**
 * argmap as a library: parse a map, check it, render it. Every function here
 * is pure over plain data; the CLI in src/cli is a thin shell around them.
 */
export { parseMap, decodeMapBytes, type ParseResult } from './parse/parse-map.js';
export { indexMap, relationOf, type MapIndex, type Relation } from './model/graph.js';
export type * from './model/types.js';
export type { Diagnostic, Severity, Location, RelatedLocation, DiagnosticCounts } from './diagnostics/types.js';
export { countDiagnostics, compareDiagnostics } from './diagnostics/types.js';
export { formatDiagnostics, formatSummary, type FormatOptions } from './diagnostics/format-pretty.js';
export { formatDiagnosticsJson } from './diagnostics/format-json.js';
export { escapeTerminal, escapeInline } from './text/escape.js';
export { argmapJsonSchema } from './parse/json-schema.js';
export { renderTree, treeLines, type TreeOptions, type TreeResult, type TreeLines, type TreeProblem, type RootSource } from './render/tree/index.js';
export { checkText, parseText, checkParsed, type ParsedText } from './pipeline.js';
export { checkMap, parseRuleSetting, findRule, RULE_METADATA, type CheckOptions } from './check/run.js';
export type { RuleMeta, SourceText } from './check/rule.js';
export { SCHEMES, findScheme, type Scheme, type CriticalQuestion, type QuestionKind } from './check/schemes.js';
export { findQuote, findQuotes, indexSource, type SourceIndex, type QuoteMatch } from './quotes/index.js';
export { formatSarif, type SarifOptions, type SarifRule } from './diagnostics/format-sarif.js';
export { evaluate, explain, aggregate, combine, SEMANTICS, type Evaluation, type EvaluateOptions, type ExplanationLine, type Label, type Semantics } from './evaluate/index.js';
export { readFramework, frameworkFormatOf, readIndexNames, FRAMEWORK_FORMATS, type Framework, type FrameworkFormat, type FrameworkProblem } from './interchange/index.js';
// Diagrams are in 'argmap/graphviz' (src/graphviz.ts), so that this entry does not load ts-graphviz.
