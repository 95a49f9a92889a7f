/**
 * `argmap lsp`: a language server for argmap maps, over stdio, for any
 * editor. It is a thin shell: every answer comes from the same core as the
 * CLI (parse and check for diagnostics, the rename engine, the formatter,
 * the evaluation for hover), on the text the editor holds.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Position,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMapText } from '../authoring/format.js';
import { allOccurrences, renameId, type IdOccurrence } from '../authoring/rename.js';
import { checkMap, RULE_METADATA } from '../check/run.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import { SCHEMES } from '../check/schemes.js';
import { evaluate } from '../evaluate/index.js';
import type { ArgMap } from '../model/types.js';
import { parseMap } from '../parse/parse-map.js';

interface QuickFix {
  title: string;
  replaceWith?: string;
  insertAtStart?: string;
}

function quickFix(code: string, message: string, hint: string | undefined): QuickFix | undefined {
  const suggestion = /^Did you mean "([^"]+)"\?/.exec(hint ?? '')?.[1];
  if (suggestion !== undefined && (code === 'unknown-ref' || code === 'unknown-key')) return { title: `Change to "${suggestion}"`, replaceWith: suggestion };
  if (code === 'missing-field' && message.includes('"argmap"')) return { title: 'Add "argmap: 1"', insertAtStart: 'argmap: 1\n' };
  return undefined;
}

/** The top-level key whose section a line is in ("statements", "checks"…), if any. */
function sectionAt(doc: TextDocument, line: number): string | undefined {
  for (let n = line; n >= 0; n--) {
    const key = /^([A-Za-z][\w-]*)\s*:/.exec(doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }));
    if (key) return key[1];
  }
  return undefined;
}

interface Parsed {
  map: ArgMap;
  hasErrors: boolean;
  occurrences: IdOccurrence[];
  diagnostics: Diagnostic[];
}

/** Serves one editor over the given streams (standard input and output) until it sends "exit". */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): void {
  const connection: Connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; parsed: Parsed }>();
  const parsed = (doc: TextDocument): Parsed => {
    const hit = cache.get(doc.uri);
    if (hit?.version === doc.version) return hit.parsed;
    const text = doc.getText();
    const result = parseMap(text, doc.uri);
    const hasErrors = result.diagnostics.some((d) => d.severity === 'error');
    // As checkText does, on the one parse every request of this version shares.
    const diagnostics = hasErrors ? result.diagnostics : [...result.diagnostics, ...checkMap(result.map, text)].sort(compareDiagnostics);
    const value = { map: result.map, hasErrors, occurrences: allOccurrences(result.map), diagnostics };
    cache.set(doc.uri, { version: doc.version, parsed: value });
    return value;
  };
  const at = (doc: TextDocument, position: Position) => {
    const offset = doc.offsetAt(position);
    return parsed(doc).occurrences.find((o) => o.span.start <= offset && offset <= o.span.end);
  };
  const range = (doc: TextDocument, span: { start: number; end: number }) => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });
  const sameId = (a: IdOccurrence, b: IdOccurrence) => a.id === b.id && (a.kind === 'speaker') === (b.kind === 'speaker');

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['[', ' ', ','] },
      definitionProvider: true,
      referencesProvider: true,
      hoverProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'argmap' },
  }));

  documents.onDidChangeContent(({ document }) => {
    const diagnostics = parsed(document).diagnostics.map((d) => ({
      range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
      severity: d.severity === 'error' ? DiagnosticSeverity.Error : d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      code: d.code,
      source: 'argmap',
      message: d.hint === undefined ? d.message : `${d.message}\n${d.hint}`,
      data: quickFix(d.code, d.message, d.hint),
    }));
    void connection.sendDiagnostics({ uri: document.uri, diagnostics });
  });
  documents.onDidClose(({ document }) => {
    cache.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDefinition(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const here = doc && at(doc, position);
    if (!doc || !here) return null;
    const definition = parsed(doc).occurrences.find((o) => o.definition && sameId(o, here));
    return definition ? { uri: doc.uri, range: range(doc, definition.span) } : null;
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const doc = documents.get(textDocument.uri);
    const here = doc && at(doc, position);
    if (!doc || !here) return [];
    return parsed(doc)
      .occurrences.filter((o) => sameId(o, here) && (context.includeDeclaration || !o.definition))
      .map((o) => ({ uri: doc.uri, range: range(doc, o.span) }));
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const here = doc && at(doc, position);
    if (!doc || !here) return null;
    const { map, hasErrors } = parsed(doc);
    const label = hasErrors || here.kind === 'speaker' ? undefined : evaluate(map).labels.get(here.id);
    const verdict = label === undefined ? '' : `\n\nargmap eval: **${label}**`;
    let text: string;
    if (here.kind === 'statement') {
      const statement = map.statements.find((s) => s.id === here.id)!;
      text = `${statement.text}${statement.speaker === undefined ? '' : `\n\n— ${map.speakers.find((s) => s.id === statement.speaker)?.name ?? statement.speaker}`}`;
    } else if (here.kind === 'argument') {
      const argument = map.arguments.find((a) => a.id === here.id)!;
      const verb = argument.kind === 'support' ? 'supports' : argument.kind === 'attack' ? 'attacks' : 'undercuts';
      text = `${argument.title ?? `Argument ${argument.id}`}: ${verb} ${argument.target.id}, from ${argument.premises.map((p) => p.id).join(', ')}`;
    } else {
      text = `Speaker: ${map.speakers.find((s) => s.id === here.id)?.name ?? here.id}`;
    }
    return { contents: { kind: 'markdown', value: `${text}${verdict}` }, range: range(doc, here.span) };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const line = doc.getText({ start: { line: position.line, character: 0 }, end: position });
    const { map } = parsed(doc);
    if (/\bscheme\s*:\s*\S*$/.test(line)) return SCHEMES.map((scheme) => ({ label: scheme.id, kind: CompletionItemKind.EnumMember }));
    // Under "checks:", rule ids, and after one, the levels.
    if (sectionAt(doc, position.line) === 'checks') {
      if (/^\s+[a-z-]+\s*:\s*\S*$/.test(line)) return ['off', 'info', 'warning', 'error'].map((level) => ({ label: level, kind: CompletionItemKind.EnumMember }));
      if (/^\s+[a-z-]*$/.test(line)) return RULE_METADATA.map((rule) => ({ label: rule.id, detail: `${rule.level}: ${rule.description}`, kind: CompletionItemKind.Property }));
    }
    if (/\b(speaker|said-by|endorsed-by)\s*:\s*(\[[^\]]*|\S*)$/.test(line)) return map.speakers.map((s) => ({ label: s.id, detail: s.name, kind: CompletionItemKind.Constant }));
    const wantsArguments = /\bundercuts\s*:\s*\S*$/.test(line);
    const wantsIds = wantsArguments || /\b(premises|supports|attacks|theses|in|out|undecided)\s*:\s*(\[[^\]]*)?$/.test(line) || /^\s*-\s*\[[^\]]*$/.test(line) || /^\s*-\s+\S*$/.test(line);
    if (!wantsIds) return [];
    const statements = map.statements.map((s) => ({ label: s.id, detail: s.text, kind: CompletionItemKind.Value }));
    const args = map.arguments.map((a) => ({ label: a.id, detail: a.title ?? `${a.kind} ${a.target.id}`, kind: CompletionItemKind.Function }));
    // "supports:" names a statement, or an argument it backs.
    return wantsArguments ? args : /\b(in|out|undecided|supports)\s*:/.test(line) ? [...statements, ...args] : statements;
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const here = doc && at(doc, position);
    return doc && here ? { range: range(doc, here.span), placeholder: here.id } : null;
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const doc = documents.get(textDocument.uri);
    const here = doc && at(doc, position);
    if (!doc || !here) return null;
    const result = renameId(doc.getText(), here.id, newName, doc.uri);
    if (!result.ok) throw new Error('message' in result ? result.message : 'The map has errors: fix them before renaming.');
    return { changes: { [doc.uri]: [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: result.text }] } };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const { map } = parsed(doc);
    const theses = new Set(map.theses.map((t) => t.id));
    const symbol = (name: string, detail: string, kind: SymbolKind, span: { start: number; end: number }) => ({ name, detail, kind, range: range(doc, span), selectionRange: range(doc, span) });
    return [
      ...map.speakers.map((s) => symbol(s.id, s.name, SymbolKind.Constant, s.span)),
      ...map.statements.map((s) => symbol(s.id, theses.has(s.id) ? `thesis: ${s.text}` : s.text, theses.has(s.id) ? SymbolKind.Class : SymbolKind.String, s.span)),
      ...map.arguments.map((a) => symbol(a.id, a.title ?? `${a.kind} ${a.target.id}`, SymbolKind.Function, a.span)),
    ];
  });

  // The fixes that have one obvious edit: a "did you mean" id or key, and a missing "argmap: 1".
  connection.onCodeAction(({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    return context.diagnostics.flatMap((diagnostic) => {
      const fix = diagnostic.data as QuickFix | undefined;
      if (fix === undefined) return [];
      const edit = fix.insertAtStart !== undefined ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: fix.insertAtStart } : { range: diagnostic.range, newText: fix.replaceWith! };
      return [{ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [doc.uri]: [edit] } } }];
    });
  });

  connection.onDocumentFormatting(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const result = formatMapText(doc.getText(), {}, doc.uri);
    if (!('text' in result) || result.text === doc.getText()) return [];
    return [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: result.text }];
  });

  documents.listen(connection);
  connection.listen();
}
