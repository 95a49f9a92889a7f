/** Display width of a string in terminal columns (CJK and emoji take two). */
export type DisplayWidth = (text: string) => number;

/** Counts code points: exact for most Western text, and free to load. */
export const approximateWidth: DisplayWidth = (text) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

/**
 * The exact measure, from string-width. Loaded on demand: it costs about as
 * much to import as the rest of the CLI, and most runs never need it.
 */
export async function loadDisplayWidth(): Promise<DisplayWidth> {
  const { default: stringWidth } = await import('string-width');
  return (text) => stringWidth(text, { countAnsiEscapeCodes: true });
}
