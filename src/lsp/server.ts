/**
 * `argmap lsp`: a language server for argmap maps, over stdio, for any
 * editor. It is a thin shell: every answer comes from the same core as the
 * CLI (parse and check for diagnostics, the rename engine, the formatter,
 * the evaluation for hover), on the text the editor holds.
 */
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Position,
} from 'vscode-languageserver/node.js';
import type { Writable } from 'node:stream';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMapText } from '../authoring/format.js';
import { allOccurrences, renameId, type IdOccurrence } from '../authoring/rename.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import { evaluate } from '../evaluate/index.js';
import type { ArgMap } from '../model/types.js';
import { checkParsed, parseText, type ParsedText } from '../pipeline.js';
import { completionItems, sectionAt, withDetail } from './completion.js';
import { quickFix, type QuickFix } from './quick-fix.js';

/** How long diagnostics wait for the typing to pause: a completion asked for right after an edit is answered first. */
export const DIAGNOSTICS_DELAY_MS = 50;

interface Parsed {
  /** The text as parsed, with its locator (the rules' diagnostics are placed by it). */
  parsed: ParsedText;
  map: ArgMap;
  hasErrors: boolean;
  occurrences: IdOccurrence[];
  parseDiagnostics: Diagnostic[];
}

/** Serves one editor over the given streams (standard input and output) until it sends "exit". */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): void {
  const connection: Connection = createConnection(ProposedFeatures.all, input, output);
  const documents = new TextDocuments(TextDocument);
  // One parse per version of a document, shared by every request; and the last parse without errors, for completion.
  const cache = new Map<string, { version: number; parsed: Parsed }>();
  const lastGood = new Map<string, Parsed>();
  const pendingDiagnostics = new Map<string, NodeJS.Timeout>();
  const waitingForDrain = new Set<string>();
  const parsed = (doc: TextDocument): Parsed => {
    const hit = cache.get(doc.uri);
    if (hit?.version === doc.version) return hit.parsed;
    const text = doc.getText();
    // One parse (and one locator) that every request of this version shares.
    const result = parseText(text, doc.uri);
    const hasErrors = result.failed;
    const value = { parsed: result, map: result.map, hasErrors, occurrences: allOccurrences(result.map), parseDiagnostics: result.diagnostics };
    cache.set(doc.uri, { version: doc.version, parsed: value });
    if (!hasErrors) lastGood.set(doc.uri, value);
    return value;
  };
  /**
   * The map to complete ids from: this version's if it is parsed and has no
   * errors, else the last one without errors (half-typed text such as
   * `premises: [` is not valid YAML, and the ids rarely change while typing).
   */
  const forCompletion = (doc: TextDocument): Parsed => {
    const hit = cache.get(doc.uri);
    if (hit?.version === doc.version && !hit.parsed.hasErrors) return hit.parsed;
    return lastGood.get(doc.uri) ?? parsed(doc);
  };
  const at = (doc: TextDocument, position: Position) => {
    const offset = doc.offsetAt(position);
    return parsed(doc).occurrences.find((o) => o.span.start <= offset && offset <= o.span.end);
  };
  const range = (doc: TextDocument, span: { start: number; end: number }) => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });
  // The document of the last completion list sent without details, for completionItem/resolve.
  let completed: string | undefined;
  const sameId = (a: IdOccurrence, b: IdOccurrence) => a.id === b.id && (a.kind === 'speaker') === (b.kind === 'speaker');

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['[', ' ', ','], resolveProvider: true },
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

  const scheduleDiagnostics = (uri: string, delay: number) => {
    clearTimeout(pendingDiagnostics.get(uri));
    pendingDiagnostics.set(uri, setTimeout(publishDiagnostics, delay, uri));
  };
  const publishDiagnostics = (uri: string) => {
    pendingDiagnostics.delete(uri);
    // An answer still being written (a completion list of every id is hundreds of kilobytes at 10,000 statements) goes out first: checking blocks the event loop.
    // writableNeedDrain, not writableLength: 'drain' comes only after a write the stream could not take at once.
    const out = output as Partial<Writable>;
    if (out.writableNeedDrain === true && out.once) {
      if (waitingForDrain.size === 0) {
        out.once('drain', () => {
          for (const waiting of waitingForDrain) scheduleDiagnostics(waiting, 0);
          waitingForDrain.clear();
        });
      }
      waitingForDrain.add(uri);
      return;
    }
    const document = documents.get(uri);
    if (!document) return;
    const { parsed: parsedText, hasErrors, parseDiagnostics } = parsed(document);
    // As checkText does, on the parse every request of this version shares.
    const found = hasErrors ? parseDiagnostics : [...parseDiagnostics, ...checkParsed(parsedText)].sort(compareDiagnostics);
    const diagnostics = found.map((d) => ({
      range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
      severity: d.severity === 'error' ? DiagnosticSeverity.Error : d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      code: d.code,
      source: 'argmap',
      message: d.hint === undefined ? d.message : `${d.message}\n${d.hint}`,
      data: quickFix(d.code, d.message, d.hint),
    }));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };
  documents.onDidChangeContent(({ document }) => scheduleDiagnostics(document.uri, DIAGNOSTICS_DELAY_MS));
  documents.onDidClose(({ document }) => {
    clearTimeout(pendingDiagnostics.get(document.uri));
    pendingDiagnostics.delete(document.uri);
    waitingForDrain.delete(document.uri);
    cache.delete(document.uri);
    lastGood.delete(document.uri);
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
    const { items, detailsLeft } = completionItems(line, forCompletion(doc).map, () => sectionAt(doc.getText(), doc.offsetAt(position)));
    if (detailsLeft) completed = textDocument.uri;
    return items;
  });

  connection.onCompletionResolve((item) => {
    const doc = completed === undefined ? undefined : documents.get(completed);
    return doc && item.detail === undefined ? withDetail(item, forCompletion(doc).map) : item;
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
