import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { LspClient } from './client.js';

const URI = 'file:///work/example.yaml';
const EXAMPLE = readFileSync('maps/example.yaml', 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle));

interface Diagnostics {
  uri: string;
  diagnostics: { code: string; severity: number; range: { start: { line: number; character: number } }; message: string; data?: unknown }[];
}

describe('argmap lsp, driven as an editor drives it', () => {
  const client = new LspClient();
  afterAll(() => client.kill());

  beforeAll(async () => {
    const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(Object.keys(init.result!.capabilities).sort()).toEqual([
      'codeActionProvider', 'completionProvider', 'definitionProvider', 'documentFormattingProvider', 'documentSymbolProvider', 'hoverProvider', 'referencesProvider', 'renameProvider', 'textDocumentSync',
    ]);
    client.notify('initialized', {});
  }, 30_000);

  it('publishes diagnostics on open, and again as an edit breaks and repairs the map', async () => {
    const opened = client.next<Diagnostics>('textDocument/publishDiagnostics');
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: EXAMPLE } });
    expect((await opened).diagnostics).toEqual([]);

    const line = lineOf(EXAMPLE, '    premises: crash-record');
    const broken = client.next<Diagnostics>('textDocument/publishDiagnostics');
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line, character: 14 }, end: { line, character: 26 } }, text: 'crash-recrod' }],
    });
    const { diagnostics } = await broken;
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['unknown-ref', line, 14]]);
    expect(diagnostics[0]!.message).toBe('Unknown statement "crash-recrod" in the premises of argument "crash-count".\nDid you mean "crash-record"?');

    const actions = await client.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    expect(actions.result!.map((a) => [a.title, a.edit.changes[URI]![0]!.newText])).toEqual([['Change to "crash-record"', 'crash-record']]);

    const repaired = client.next<Diagnostics>('textDocument/publishDiagnostics');
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line, character: 14 }, end: { line, character: 26 } }, text: 'crash-record' }],
    });
    expect((await repaired).diagnostics).toEqual([]);
  });

  it('completes ids after "premises: [", with their text, and goes to a definition', async () => {
    const line = lineOf(EXAMPLE, '    premises: [separation]');
    const completion = await client.request<{ label: string; detail: string }[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 15 } });
    expect(completion.result!.find((item) => item.label === 'crash-record')).toMatchObject({ detail: 'The county recorded 14 bicycle crashes on Elm Street last year.' });
    // Every statement of the example: premises are statements.
    expect(completion.result!).toHaveLength(19);

    const definition = await client.request<{ range: { start: { line: number; character: number } } }>('textDocument/definition', { textDocument: { uri: URI }, position: { line, character: 18 } });
    expect(definition.result!.range.start).toEqual({ line: lineOf(EXAMPLE, '  separation:'), character: 2 });

    // Under "checks:": rule ids, then levels.
    const checks = lineOf(EXAMPLE, '  single-premise: off');
    const rules = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line: checks, character: 4 } });
    expect(rules.result!.map((item) => item.label)).toContain('unanswered-attack');
    const levels = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line: checks, character: 18 } });
    expect(levels.result!.map((item) => item.label)).toEqual(['off', 'info', 'warning', 'error']);

    const references = await client.request<unknown[]>('textDocument/references', { textDocument: { uri: URI }, position: { line, character: 18 }, context: { includeDeclaration: true } });
    expect(references.result).toHaveLength(2);
  });

  it('hovers with the text and the label, renames with the rename engine, and lists symbols', async () => {
    const line = lineOf(EXAMPLE, '  build-lane:');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 4 } });
    expect(hover.result!.contents.value).toBe('The council should build a protected bike lane on Elm Street this year.\n\n— A. Reader\n\nargmap eval: **undecided**');

    const rename = await client.request<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { textDocument: { uri: URI }, position: { line, character: 4 }, newName: 'lane' });
    const renamed = rename.result!.changes[URI]![0]!.newText;
    expect(renamed).toBe(EXAMPLE.replace(/(?<![\w-])build-lane(?![\w-])/g, 'lane'));
    const taken = await client.request('textDocument/rename', { textDocument: { uri: URI }, position: { line, character: 4 }, newName: 'survey' });
    expect(taken.error?.message).toContain('"survey" is already the id of a statement');

    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    expect(symbols.result!.map((s) => s.name)).toContain('build-lane');
    const formatting = await client.request<unknown[]>('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } });
    expect(formatting.result).toEqual([]);
  });

  it('answers an unknown method and a malformed message with JSON-RPC errors, and shuts down cleanly', async () => {
    expect((await client.request('argmap/nothing', {})).error).toMatchObject({ code: -32601 });
    client.raw('Content-Length: 9\r\n\r\n{"broken"');
    expect((await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } })).error).toBeUndefined();
    await client.request('shutdown', null);
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
  });
});

describe('argmap lsp on a big map, as typing goes on', () => {
  const client = new LspClient();
  afterAll(() => client.kill());
  const uri = 'file:///work/big.yaml';
  const text = generateMap({ statements: 1500, seed: 2 }).yaml;
  const completionLine = lineOf(text, '  a0: {');

  beforeAll(async () => {
    await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    const opened = client.next<Diagnostics>('textDocument/publishDiagnostics');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await opened;
  }, 30_000);

  it('completes ids from the last map without errors while the line being typed is not yet YAML, details on request', async () => {
    // Typing a new premise list: "premises: [" alone on its line makes the YAML invalid.
    const typed = client.next<Diagnostics>('textDocument/publishDiagnostics');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: completionLine, character: 0 }, end: { line: completionLine, character: 0 } }, text: '  new: { supports: s0, premises: [\n' }] });
    const completion = await client.request<{ label: string; detail?: string; kind: number }[]>('textDocument/completion', { textDocument: { uri }, position: { line: completionLine, character: 33 } });
    expect(completion.result).toHaveLength(1500);
    expect(completion.result![0]).toEqual({ label: 's0', kind: 12 });
    const resolved = await client.request<{ label: string; detail: string }>('completionItem/resolve', completion.result![7]);
    expect(resolved.result).toEqual({ label: 's7', kind: 12, detail: expect.stringMatching(/^Claim 7 holds that /) });
    // The diagnostics of the half-typed text come after the completion, with its version.
    const diagnostics = (await typed) as Diagnostics & { version: number };
    expect(diagnostics.version).toBe(2);
    expect(diagnostics.diagnostics.some((d) => d.severity === 1)).toBe(true);
  });
});
