import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { startServer } from '../../src/lsp/server.js';

/** An editor that reads slowly: each chunk of the server's output is taken 5 ms after it is written, through a small buffer. */
function slowEditor() {
  let buffer = '';
  const messages: { id?: number; method?: string; params?: unknown; result?: unknown }[] = [];
  const output = new Writable({
    highWaterMark: 1024,
    write(chunk, _encoding, done) {
      buffer += String(chunk);
      for (let head = buffer.indexOf('\r\n\r\n'); head >= 0; head = buffer.indexOf('\r\n\r\n')) {
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, head))![1]);
        if (Buffer.byteLength(buffer.slice(head + 4)) < length) break;
        const body = Buffer.from(buffer.slice(head + 4)).subarray(0, length).toString();
        messages.push(JSON.parse(body));
        buffer = Buffer.from(buffer.slice(head + 4)).subarray(length).toString();
      }
      setTimeout(done, 5);
    },
  });
  const input = new PassThrough();
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    input.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const until = async (found: () => boolean) => {
    while (!found()) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { input, output, send, messages, until };
}

describe('argmap lsp with an editor that reads its output slowly', () => {
  it('answers a completion asked for right after an edit before that edit\'s diagnostics, which still come while the editor reads slowly', async () => {
    const editor = slowEditor();
    startServer(editor.input, editor.output);
    const uri = 'file:///work/big.yaml';
    const text = generateMap({ statements: 1500, seed: 2 }).yaml;
    const line = text.split('\n').findIndex((l) => l.startsWith('  a0: {'));
    editor.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    editor.send({ method: 'initialized', params: {} });
    editor.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
    await editor.until(() => editor.messages.some((m) => m.method === 'textDocument/publishDiagnostics'));
    editor.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  # a comment\n' }] } });
    editor.send({ id: 2, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: line + 1, character: text.split('\n')[line]!.indexOf('[') + 1 } } });
    await editor.until(() => editor.messages.some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === 2));
    const order = editor.messages.filter((m) => m.id === 2 || (m.params as { version?: number } | undefined)?.version === 2).map((m) => (m.id === 2 ? 'completion' : 'diagnostics'));
    expect(order).toEqual(['completion', 'diagnostics']);
    expect((editor.messages.find((m) => m.id === 2)!.result as unknown[]).length).toBe(1500);
    // The input stays open: a server whose input ends exits the process, which here is the test runner's.
  }, 30_000);
});
