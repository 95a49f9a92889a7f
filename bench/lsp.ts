/**
 * The language server's speed as an editor sees it (issue 15): `argmap lsp
 * --stdio` driven over its stdio with a map open, timing from the moment an
 * edit is sent until the diagnostics for it arrive, and from an edit until
 * the answer to a completion request sent right after it (as an editor asks
 * when `[` or `,` is typed). Wall times in milliseconds, measured by the
 * editor side.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.js';

export interface LspTimings {
  /** Open to first diagnostics (a cold server: the modules load and compile). */
  firstDiagnostics: number;
  /** One per edit: until the diagnostics of the edited text. */
  diagnostics: number[];
  /** One per edit: until the completion list asked for right after the edit. */
  completion: number[];
  /** How many items each completion had (every statement id). */
  completionItems: number;
}

/** Times `rounds` edits of the map at `mapPath` (a generated map: its first statement's text is edited, ids are completed in its first argument). */
export async function measureLsp(bin: string, cwd: string, mapPath: string, rounds: number): Promise<LspTimings> {
  const text = readFileSync(mapPath, 'utf8');
  const lines = text.split('\n');
  const textLine = lines.findIndex((line) => line.startsWith('    text: '));
  const completionLine = lines.findIndex((line) => /^ {2}a\d+: \{.*premises: \[/.test(line));
  if (textLine < 0 || completionLine < 0) throw new Error(`${mapPath} is not a generated map: no statement text or argument to edit`);
  const uri = pathToFileURL(mapPath).href;
  const client = new LspClient(bin, cwd);
  try {
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    let start = performance.now();
    let diagnostics = client.next('textDocument/publishDiagnostics');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await diagnostics;
    const firstDiagnostics = performance.now() - start;

    let version = 1;
    // Types a letter at the end of the first statement's text, or takes it away again: the map stays valid.
    const edit = () => {
      const at = lines[textLine]!.length;
      const change = version % 2 === 1 ? { range: { start: { line: textLine, character: at }, end: { line: textLine, character: at } }, text: 'x' } : { range: { start: { line: textLine, character: at }, end: { line: textLine, character: at + 1 } }, text: '' };
      client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    };
    const timings: LspTimings = { firstDiagnostics, diagnostics: [], completion: [], completionItems: 0 };
    const character = lines[completionLine]!.indexOf('premises: [') + 'premises: ['.length;
    for (let round = 0; round < rounds; round++) {
      start = performance.now();
      diagnostics = client.next('textDocument/publishDiagnostics');
      edit();
      await diagnostics;
      timings.diagnostics.push(performance.now() - start);

      start = performance.now();
      diagnostics = client.next('textDocument/publishDiagnostics');
      edit();
      const completion = await client.request<unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: completionLine, character } });
      timings.completion.push(performance.now() - start);
      timings.completionItems = completion.result?.length ?? 0;
      await diagnostics;
    }
    await client.request('shutdown', null);
    client.notify('exit', null);
    await client.exited;
    return timings;
  } finally {
    client.kill();
  }
}
