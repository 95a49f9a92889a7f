/** The fixes the language server offers for the diagnostics that have one obvious fix: a "did you mean" id or key, a missing "argmap: 1". */

export interface QuickFix {
  title: string;
  replaceWith?: string;
  insertAtStart?: string;
}

export function quickFix(code: string, message: string, hint: string | undefined): QuickFix | undefined {
  const suggestion = /^Did you mean "([^"]+)"\?/.exec(hint ?? '')?.[1];
  if (suggestion !== undefined && (code === 'unknown-ref' || code === 'unknown-key')) return { title: `Change to "${suggestion}"`, replaceWith: suggestion };
  if (code === 'missing-field' && message.includes('"argmap"')) return { title: 'Add "argmap: 1"', insertAtStart: 'argmap: 1\n' };
  return undefined;
}
