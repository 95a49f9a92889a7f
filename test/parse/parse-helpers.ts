import { parseMap } from '../../src/index.js';

/** code:line:column of each diagnostic parseMap gives for a text. */
export const positions = (text: string): string[] => parseMap(text, 'm.yaml').diagnostics.map((d) => `${d.code}:${d.line}:${d.column}`);

/** Each diagnostic's code, position, message and hint. */
export const details = (text: string) =>
  parseMap(text, 'm.yaml').diagnostics.map(({ code, line, column, message, hint }) => ({ code, line, column, message, hint }));
